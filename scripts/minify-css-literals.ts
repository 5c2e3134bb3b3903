import type { Plugin } from 'vite';

/**
 * Lit's css`` templates ship as written, indentation and all. This collapses the white
 * space inside them at build time (CSS only: html`` templates are left alone, since white
 * space in text can matter there).
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.ts$/.test(id) || !code.includes('css`')) return null;
      return {
        code: code.replace(/css`([^`]*)`/g, (_m, body: string) => {
          const min = body
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}')
            .trim();
          return `css\`${min}\``;
        }),
        map: null,
      };
    },
  };
}
