/**
 * Helpers for the accessibility tests: the focused element through shadow roots, and
 * finding elements the way assistive technology does — by role and accessible name —
 * across shadow roots. The name computation is a small subset of accname 1.2: enough for
 * the element's native controls (aria-labelledby, aria-label, <label>, <legend>, contents).
 */
import { until } from '../helpers/dom.ts';
import { nth } from '../helpers/must.ts';

/** The element that really has focus: follows `shadowRoot.activeElement` down. */
export function deepActiveElement(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Rendered text of an element, with block-level boundaries as spaces (what `innerText` gives), trimmed. */
export function renderedText(el: Element): string {
  return norm((el as HTMLElement).innerText ?? el.textContent ?? '');
}

export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every element under `root`, shadow trees included, in flat-tree order. */
export function flatElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (n: ParentNode) => {
    for (const c of n.children) {
      out.push(c);
      if (c.shadowRoot) walk(c.shadowRoot);
      walk(c);
    }
  };
  if ((root as Element).shadowRoot) walk((root as Element).shadowRoot!);
  walk(root);
  return out;
}

/** The parent in the flat tree (crossing out of shadow roots to their host). */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Hidden from assistive technology: not rendered, invisible, or inside aria-hidden="true". */
export function isHiddenFromAT(el: Element): boolean {
  for (let e: Element | null = el; e; e = parentOf(e)) {
    if (e.getAttribute('aria-hidden') === 'true') return true;
    if ((e as HTMLElement).hidden) return true;
  }
  // Options have no box of their own: they are as visible as their select.
  const boxed = el.localName === 'option' || el.localName === 'optgroup' ? (el.closest('select') ?? el) : el;
  if (getComputedStyle(boxed).visibility === 'hidden') return true;
  return !boxed.checkVisibility();
}

const TEXT_INPUTS = new Set(['text', 'email', 'tel', 'url', '']);

/** The implicit (or explicit) ARIA role of an element. */
export function roleOf(el: Element): string | null {
  const explicit = el.getAttribute('role');
  if (explicit) return nth(explicit.split(/\s+/), 0);
  const tag = el.localName;
  switch (tag) {
    case 'button':
      return 'button';
    case 'input': {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (['button', 'submit', 'reset'].includes(type)) return 'button';
      if (type === 'radio') return 'radio';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'search') return 'searchbox';
      if (type === 'number') return 'spinbutton';
      if (TEXT_INPUTS.has(type)) return 'textbox';
      return null;
    }
    case 'textarea':
      return 'textbox';
    case 'select': {
      const s = el as HTMLSelectElement;
      return s.multiple || s.size > 1 ? 'listbox' : 'combobox';
    }
    case 'option':
      return 'option';
    case 'fieldset':
      return 'group';
    case 'nav':
      return 'navigation';
    case 'section':
      return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : null;
    case 'a':
      return el.hasAttribute('href') ? 'link' : null;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return 'heading';
    case 'ol':
    case 'ul':
      return 'list';
    case 'li':
      return 'listitem';
    default:
      return null;
  }
}

/** Text of a subtree as accname computes it from content: skips hidden parts and embedded controls. */
function textFromContent(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  if (el.getAttribute('aria-hidden') === 'true') return '';
  if (el instanceof HTMLElement && !el.checkVisibility() && el.localName !== 'option') return '';
  if (['input', 'select', 'textarea'].includes(el.localName)) return '';
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return ` ${label} `;
  const children = el.shadowRoot ? [...el.shadowRoot.childNodes] : [...el.childNodes];
  const inner = children.map(textFromContent).join('');
  const display = el instanceof HTMLElement ? getComputedStyle(el).display : 'inline';
  return display.startsWith('inline') || display === 'contents' ? inner : ` ${inner} `;
}

function byIds(el: Element, ids: string): Element[] {
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id))
    .filter((x): x is HTMLElement => !!x);
}

/** The accessible name of an element. */
export function accessibleName(el: Element): string {
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) {
    const refs = byIds(el, labelledby);
    if (refs.length) return norm(refs.map((r) => textFromContent(r)).join(' '));
  }
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return norm(label);
  const tag = el.localName;
  if (['input', 'select', 'textarea'].includes(tag)) {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (tag === 'input' && ['button', 'submit', 'reset'].includes(type)) return norm((el as HTMLInputElement).value);
    const labels = [...((el as HTMLInputElement).labels ?? [])];
    if (labels.length) return norm(labels.map((l) => textFromContent(l)).join(' '));
  }
  if (tag === 'fieldset') {
    const legend = [...el.children].find((c) => c.localName === 'legend');
    if (legend) return norm(textFromContent(legend));
  }
  if (tag === 'option') return norm(el.textContent ?? '');
  const fromContent = ['button', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'legend', 'label'].includes(tag) || el.getAttribute('role') === 'alert';
  if (fromContent) {
    const t = norm(textFromContent(el));
    if (t) return t;
  }
  return norm(el.getAttribute('title') ?? '');
}

/** The accessible description (aria-describedby) of an element. */
export function accessibleDescription(el: Element): string {
  const ids = el.getAttribute('aria-describedby');
  return ids
    ? norm(
        byIds(el, ids)
          .map((r) => textFromContent(r))
          .join(' '),
      )
    : '';
}

export interface RoleQuery {
  name?: string | RegExp;
  /** Heading level. */
  level?: number;
}

function matchesName(actual: string, wanted?: string | RegExp) {
  if (wanted === undefined) return true;
  return typeof wanted === 'string' ? actual === norm(wanted) : wanted.test(actual);
}

/** Every element exposed with `role` (and the name, heading level) under `root`, across shadow roots. */
export function queryAllByRole<T extends Element = HTMLElement>(root: ParentNode, role: string, q: RoleQuery = {}): T[] {
  return flatElements(root).filter(
    (e) =>
      roleOf(e) === role &&
      !isHiddenFromAT(e) &&
      (q.level === undefined || Number(e.getAttribute('aria-level') ?? e.localName.slice(1)) === q.level) &&
      matchesName(accessibleName(e), q.name),
  ) as T[];
}

/** Exactly one element with this role and name; the error lists what there is instead. */
export function getByRole<T extends Element = HTMLElement>(root: ParentNode, role: string, q: RoleQuery = {}): T {
  const found = queryAllByRole<T>(root, role, q);
  if (found.length === 1) return nth(found, 0);
  const all = queryAllByRole(root, role).map((e) => `"${accessibleName(e)}"`);
  throw new Error(
    `${found.length ? `${found.length} elements` : 'No element'} with role ${role}${q.level ? ` level ${q.level}` : ''} and name ${String(q.name)}; ` +
      `the ${role}s are: ${all.join(', ') || '(none)'}`,
  );
}

/** Waits until exactly one such element exists, and returns it. */
export async function findByRole<T extends Element = HTMLElement>(root: ParentNode, role: string, q: RoleQuery = {}, timeoutMs = 5000): Promise<T> {
  try {
    await until(() => queryAllByRole(root, role, q).length === 1, `${role} ${String(q.name)}`, timeoutMs);
  } catch {
    /* getByRole says what is there instead */
  }
  return getByRole<T>(root, role, q);
}

const CONTROL_ROLES = ['button', 'textbox', 'searchbox', 'radio', 'checkbox', 'listbox', 'combobox', 'link', 'spinbutton'];

/** Controls a screen reader would announce without a name: each as `role <tag#id.class>`. */
export function unnamedControls(root: ParentNode): string[] {
  return flatElements(root)
    .filter((e) => CONTROL_ROLES.includes(roleOf(e) ?? '') && !isHiddenFromAT(e) && !accessibleName(e))
    .map((e) => `${roleOf(e)} <${e.localName}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).trim().replace(/\s+/g, '.')}` : ''}>`);
}
