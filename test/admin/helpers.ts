/**
 * The dashboard against the mocked organisers' API (demo/admin/mock-admin.ts) behind msw, and
 * small helpers that look through shadow roots. Each test gets a fresh mock through `useAdminApi()`;
 * faults are added with `worker.use`.
 */
import { setupWorker } from 'msw/browser';
import { createMockAdmin, DEMO_ACCOUNTS, type MockAdmin, type MockAdminOptions } from '../../demo/admin/mock-admin.ts';
import type { CaiCachQuizAdmin } from '../../src/admin/admin.ts';
import '../../src/admin/index.ts';

export { DEMO_ACCOUNTS };
export const worker = setupWorker();
let started: Promise<unknown> | undefined;

export async function useAdminApi(options: MockAdminOptions = {}): Promise<MockAdmin> {
  started ??= worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  await started;
  const mock = createMockAdmin(options);
  worker.resetHandlers(...mock.handlers);
  return mock;
}

export async function mountAdmin(attributes: Record<string, string> = {}): Promise<CaiCachQuizAdmin> {
  const el = document.createElement('cai-cach-quiz-admin');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

export { deep, deepAll, text, until } from '../helpers/shadow.ts';
import { deep, deepAll, until } from '../helpers/shadow.ts';

/** The element that has focus, looking into shadow roots. */
export function focused(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** A button found by its text, anywhere under `root`. */
export function button(root: Element, label: string | RegExp): HTMLButtonElement {
  const found = deepAll<HTMLButtonElement>(root, 'button').find((b) =>
    typeof label === 'string' ? b.textContent.trim() === label : label.test(b.textContent),
  );
  if (!found) throw new Error(`No button ${label}`);
  return found;
}

export async function signIn(el: CaiCachQuizAdmin, account: { username: string; password: string }) {
  await until(() => deepAll(el, '#username').length > 0, 'the sign-in form');
  const username = deep<HTMLInputElement>(el, '#username');
  const password = deep<HTMLInputElement>(el, '#password');
  username.value = account.username;
  password.value = account.password;
  deep<HTMLButtonElement>(deep(el, 'ccqa-sign-in'), 'button[type=submit]').click();
}

export async function signInAs(el: CaiCachQuizAdmin, role: 'admin' | 'viewer') {
  await signIn(el, DEMO_ACCOUNTS[role]);
  await until(() => deepAll(el, '[role=tab]').length > 0, 'the dashboard');
}

/** Chooses a file in an `<input type=file>` as a person would. */
export function chooseFile(input: HTMLInputElement, file: File) {
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Opens a tab of the dashboard and waits for its panel to be drawn. */
export async function openTab(el: CaiCachQuizAdmin, name: string): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  button(el, name).click();
  await el.updateComplete;
  const panel = deep<HTMLElement & { updateComplete: Promise<boolean> }>(el, '[role=tabpanel] > *');
  await panel.updateComplete;
  return panel;
}
