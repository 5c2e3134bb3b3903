import { transform } from 'esbuild';
import type { Plugin } from 'vite';

/**
 * Lit's css`` templates ship as written, indentation and all. At build time each one is
 * minified by esbuild's CSS minifier (a real CSS parser, so strings such as `content: ' ; '`
 * and comments inside them survive as written; a regex minifier here once rewrote them).
 * html`` templates are left alone, since white space in text can matter there. A css``
 * literal with a `${…}` interpolation is left as written: none has one today, and CSS with
 * holes in it is not CSS a parser can take.
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    async transform(code, id) {
      if (!id.includes('/src/') || !/\.ts$/.test(id) || !code.includes('css`')) return null;
      const literals = [...code.matchAll(/css`([^`]*)`/g)];
      const minified = await Promise.all(
        literals.map(async ([whole, body = '']) => {
          if (body.includes('${') || body.includes('\\')) return whole;
          // charset utf8: by default esbuild writes characters outside ASCII as CSS escapes ("✓" as
          // "\2713"), and inside a template literal "\2" is an invalid escape that leaves the literal's
          // text undefined: the registration form's whole stylesheet was empty in the build.
          const { code: css, warnings } = await transform(body, { loader: 'css', minify: true, charset: 'utf8', logLevel: 'silent' });
          if (warnings.length) this.warn(`${id}: css\`\`: ${warnings.map((w) => w.text).join('; ')}`);
          const out = css.trim();
          // Anything a template literal would read differently (a backslash, a backtick, "${") and the
          // literal stays as written rather than risk it.
          return /[\\`]|\$\{/.test(out) ? whole : `css\`${out}\``;
        }),
      );
      let i = 0;
      return { code: code.replace(/css`([^`]*)`/g, (whole) => minified[i++] ?? whole), map: null };
    },
  };
}
