import { Svg } from 'chartist';

type Attributes = Record<string, unknown>;
let done = false;

/**
 * Chartist writes a few `style` attributes (the SVG's size, each label's `overflow`). The
 * dashboard's page forbids inline styles (`style-src 'self'`), so each is refused and reported:
 * over a hundred violations a draw. The same declarations written through the CSSOM
 * (`element.style.cssText`), which a CSP does not govern, give the same drawing and no violation.
 * Chartist is bundled into the dashboard alone, so this touches no one else's copy.
 */
export function routeChartistStylesThroughCssom() {
  if (done) return;
  done = true;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the original method, kept to be called with .call(this) on an Svg
  const attr = Svg.prototype.attr as (this: Svg, attributes: string | Attributes, ns?: string) => unknown;
  Svg.prototype.attr = function (this: Svg, attributes: string | Attributes, ns?: string) {
    if (typeof attributes === 'object' && attributes && typeof attributes.style === 'string') {
      const { style, ...rest } = attributes;
      (this.getNode() as unknown as ElementCSSInlineStyle).style.cssText = style;
      return attr.call(this, rest, ns);
    }
    return attr.call(this, attributes, ns);
  } as typeof Svg.prototype.attr;
}
