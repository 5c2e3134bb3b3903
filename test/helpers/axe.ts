/** axe-core with the WCAG 2.0/2.1/2.2 A and AA rules, walking open shadow roots. */
import 'axe-core/axe.min.js';

declare global {
  interface Window {
    axe: {
      run(context: Element, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
    };
  }
}

export async function axeViolations(el: Element): Promise<string[]> {
  const { violations } = await window.axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
