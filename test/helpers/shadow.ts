/** Finding things and waiting through shadow roots: shared by the element's tests and the dashboard's (which must not load the element). */

/**
 * All elements matching `selector` in `root` and every shadow root below it. A selector does
 * not cross a shadow boundary; `host >>> inner` finds `inner` anywhere under the `host`s.
 */
export function deepAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const [first = selector, ...rest] = selector.split(' >>> ');
  if (rest.length) return deepAll(root, first).flatMap((host) => deepAll<T>(host, rest.join(' >>> ')));
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

/** Text of the element, shadow roots included, white space collapsed. */
export function text(root: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n.nodeType === Node.ELEMENT_NODE) parts.push(' ');
    const el = n as Element;
    if (el.shadowRoot) walk(el.shadowRoot);
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ');
}

/** Wait until `check()` holds; `what` names it in the error (a function: read when the time is up, so it can tell how things stand then). */
export async function until(check: () => boolean, what: string | (() => string), timeoutMs = 8000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
