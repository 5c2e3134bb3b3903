import { encode } from 'uqr';

/**
 * The QR code of `text` as one SVG path (a run of dark modules per row is one rectangle), with
 * the standard 4-module quiet zone in the view box. Drawn with Lit's `svg` template by the
 * caller, not through innerHTML, so it works under Trusted Types and a strict CSP.
 */
export function qrPath(text: string): { size: number; d: string } {
  const { size, data } = encode(text, { ecc: 'M', border: 0 });
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      d += `M${start + 4} ${y + 4}h${x - start + 1}v1h${start - x - 1}z`;
    }
  });
  return { size: size + 8, d };
}
