/**
 * Guarded registration. A portal may load the script twice (a CMS block and a template,
 * say): a tag that is already defined is skipped, with a warning for the public one,
 * instead of throwing and breaking the host page. Imports nothing, so any module may
 * use it without creating an import cycle.
 */
export function define(list: [string, CustomElementConstructor][]) {
  for (const [tag, cls] of list) {
    if (!customElements.get(tag)) customElements.define(tag, cls);
    else if (tag === 'cai-cach-quiz' && customElements.get(tag) !== cls) {
      console.warn(`<${tag}> is already defined on this page; this copy of the script is not used.`);
    }
  }
}
