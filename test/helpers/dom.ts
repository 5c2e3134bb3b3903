/** Finding things through shadow roots, and acting like a participant. */
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import '../../src/index.ts';
import './errors.ts';
import type { Phase } from '../../src/store/store.ts';

/** All elements matching `selector` in `root` and every shadow root below it. */
export function deepAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  const own = (root as Element).shadowRoot;
  if (own) found.push(...deepAll<T>(own, selector));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll<T>(el.shadowRoot, selector));
  return found;
}

export function deep<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = deepAll<T>(root, selector)[0];
  if (!el) throw new Error(`No ${selector}`);
  return el;
}

/** Visible text of the element, shadow roots included. */
export function text(root: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    // Element boundaries separate words; text nodes inside one element (Lit's parts) do not.
    if (n.nodeType === Node.ELEMENT_NODE) parts.push(' ');
    const el = n as Element;
    if (el.shadowRoot) walk(el.shadowRoot);
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ');
}

export async function until(check: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function untilPhase(el: CaiCachQuiz, phase: Phase, timeoutMs = 8000): Promise<void> {
  await until(() => el.phase === phase, `phase ${phase} (now ${el.phase})`, timeoutMs);
  // Late views show a loading line until their chunk has arrived.
  await until(() => !el.shadowRoot?.querySelector('.view > .loading'), `the ${phase} view to load`, timeoutMs);
  await settle(el);
}

/** Wait until the element and all its nested views have rendered. */
export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await Promise.all(deepAll<Element & { updateComplete?: Promise<unknown> }>(el.parentNode ?? el, '*').map((e) => e.updateComplete));
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
  const b = all.find((x) => (typeof label === 'string' ? x.textContent!.trim() === label : label.test(x.textContent!.trim())));
  if (!b) throw new Error(`No button "${label}" among: ${all.map((x) => x.textContent!.trim()).join(' | ')}`);
  return b;
}

export async function mount(endpoint: string, attrs: Record<string, string> = {}): Promise<CaiCachQuiz> {
  const el = document.createElement('cai-cach-quiz');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('endpoint', endpoint);
  document.body.append(el);
  return el;
}

/** "Reload": the element goes away and a new one comes, as after a page reload. */
export async function remount(el: CaiCachQuiz): Promise<CaiCachQuiz> {
  const endpoint = el.endpoint;
  el.remove();
  return mount(endpoint);
}
