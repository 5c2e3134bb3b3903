/** Finding things through shadow roots, and acting like a participant. */
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import '../../src/index.ts';
import './errors.ts';
import type { Phase } from '../../src/store/store.ts';

export { deep, deepAll, text, until } from './shadow.ts';
import { deepAll, until } from './shadow.ts';

export async function untilPhase(el: CaiCachQuiz, phase: Phase, timeoutMs = 8000): Promise<void> {
  // The phase when the time is up (read then: it was always 'loading' when read at the call, session 8's WebKit failure).
  await until(
    () => el.phase === phase,
    () => `phase ${phase} (now ${el.phase})`,
    timeoutMs,
  );
  // Late views show a loading line until their chunk has arrived.
  await until(() => !el.shadowRoot?.querySelector('.view > .loading'), `the ${phase} view to load`, timeoutMs);
  await settle(el);
}

/** Wait until the element and all its nested views have rendered. */
export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all(deepAll<Element & { updateComplete?: Promise<unknown> }>(el.parentNode ?? el, '*').flatMap((e) => e.updateComplete ?? []));
    await new Promise((r) => setTimeout(r));
  }
}

/** Type into a field as a person does: set the value and fire input/change. */
export function type(el: HTMLInputElement | HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

export function button(root: Element, label: string | RegExp): HTMLButtonElement {
  const all = deepAll<HTMLButtonElement>(root, 'button');
  const b = all.find((x) => (typeof label === 'string' ? x.textContent.trim() === label : label.test(x.textContent.trim())));
  if (!b) throw new Error(`No button "${label}" among: ${all.map((x) => x.textContent.trim()).join(' | ')}`);
  return b;
}

export function mount(endpoint: string, attrs: Record<string, string> = {}): Promise<CaiCachQuiz> {
  const el = document.createElement('cai-cach-quiz');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('endpoint', endpoint);
  document.body.append(el);
  return Promise.resolve(el);
}

/** "Reload": the element goes away and a new one comes, as after a page reload. */
export async function remount(el: CaiCachQuiz): Promise<CaiCachQuiz> {
  const endpoint = el.endpoint;
  el.remove();
  return mount(endpoint);
}
