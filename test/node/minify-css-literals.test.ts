// The build's css`` minifier (scripts/minify-css-literals.ts): smaller CSS, the same CSS.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInNewContext } from 'node:vm';
import type { Plugin } from 'vite';
import { minifyCssLiterals } from '../../scripts/minify-css-literals.ts';

async function run(code: string, id = '/repo/src/views/x.ts'): Promise<string | null> {
  const plugin = minifyCssLiterals() as Plugin & { transform: (this: unknown, code: string, id: string) => Promise<{ code: string } | null> };
  const warnings: string[] = [];
  const out = await plugin.transform.call({ warn: (m: string) => warnings.push(m) }, code, id);
  assert.deepEqual(warnings, []);
  return out?.code ?? null;
}

test('white space and comments go; strings inside the CSS stay as written', async () => {
  const out = await run(
    "const s = css`\n  :host {\n    /* a comment */\n    display: block;\n  }\n  .sep::before { content: ' ; ' ; }\n  a > b , c { color : red ; }\n`;",
  );
  assert.equal(out, 'const s = css`:host{display:block}.sep:before{content:" ; "}a>b,c{color:red}`;');
});

test('every literal of a file is minified in place, the code around them untouched', async () => {
  const out = await run('const a = css`p { margin: 0 }`;\nconst t = html`<p>  x  </p>`;\nconst b = css`q { padding: 0 }`;');
  assert.equal(out, 'const a = css`p{margin:0}`;\nconst t = html`<p>  x  </p>`;\nconst b = css`q{padding:0}`;');
});

test('a literal with an interpolation, and files outside src/, are left as written', async () => {
  const withHole = 'const a = css`p { color: ${red} }`;';
  assert.equal(await run(withHole), withHole);
  assert.equal(await run('const a = css`p { margin: 0 }`;', '/repo/demo/x.ts'), null);
});

// The registration form shipped unstyled (session 7): esbuild wrote the "✓ " of `content: '✓ ' / ''` as
// "\2713 ", and inside a template literal \2 is an invalid escape, so the literal's text was undefined and
// the form's whole stylesheet was empty in the build (the dev server, which does not minify, was fine).
test('characters outside ASCII stay as written, and the literal still reads back as its CSS', async () => {
  const out = (await run("const s = css`\n  [aria-selected='true']::before { content: '✓ ' / ''; }\n  .q::after { content: '“Câu”'; }\n`;"))!;
  assert.equal(out, 'const s = css`[aria-selected=true]:before{content:"✓ " / ""}.q:after{content:"“Câu”"}`;');
  const literal = out.slice(out.indexOf('css`') + 3, out.lastIndexOf('`') + 1);
  // The literal as JavaScript reads it: its cooked text (undefined when it holds an invalid escape).
  const cooked = runInNewContext(`((s) => s[0])${literal}`) as string | undefined;
  assert.equal(cooked, '[aria-selected=true]:before{content:"✓ " / ""}.q:after{content:"“Câu”"}');
});
