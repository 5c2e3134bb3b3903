/**
 * scripts/minify-html-literals.ts: the build step that collapses the line-break white space
 * in html`` templates. It must change nothing but that white space: not the JS around the
 * templates, not their expressions, not comments or other template literals, not <pre>.
 * Then the same checks on every file in src/.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { minifyHtmlLiterals, minifyHtmlTemplates } from '../../scripts/minify-html-literals.ts';
import { nth } from '../helpers/must.ts';

const min = (source: string, keepLines = false) => minifyHtmlTemplates(source, 'fixture.ts', { keepLines });

describe('minifyHtmlTemplates', () => {
  it('collapses each white-space run with a line break in a multi-line template to one space', () => {
    const source = ['const v = html`', '  <div class="a">', '    <span>${x}</span>', '\t\t<b>bold</b>   text', '', '  </div>', '`;'].join('\n');
    assert.equal(min(source), 'const v = html` <div class="a"> <span>${x}</span> <b>bold</b>   text </div> `;');
  });

  it('collapses nested templates, and keeps the JS of the expressions byte for byte', () => {
    const expr = [
      'items.map(',
      '      (item) =>',
      '        item.ok',
      '          ? html`<li>\n            ${item.name}\n          </li>`',
      "          : 'two  spaces,\\n   and more' + `keep\n   this  template` + css`a {\n  b: c }`,",
      '    )',
    ].join('\n');
    const source = `const v = html\`<ul>\n    \${${expr}}\n  </ul>\`;`;
    const out = min(source);
    const outExpr = expr.replace('html`<li>\n            ${item.name}\n          </li>`', 'html`<li> ${item.name} </li>`');
    assert.equal(out, `const v = html\`<ul> \${${outExpr}} </ul>\`;`);
    assert.ok(out.includes("'two  spaces,\\n   and more' + `keep\n   this  template` + css`a {\n  b: c }`"));
  });

  it('leaves a template with <pre> or <textarea> as written, and what is nested in it', () => {
    const pre = 'const v = html`<pre>\n  a\n    b\n</pre>\n  ${html`<i>\n  nested\n</i>`}`;';
    assert.equal(min(pre), pre);
    const textarea = 'const v = html`<label>\n  <TEXTAREA\n    rows="3">\n  text\n</textarea></label>`;';
    assert.equal(min(textarea), textarea);
    // Only that template: a sibling is still collapsed.
    assert.equal(min(`${pre}\nconst w = html\`<p>\n  x\n</p>\`;`), `${pre}\nconst w = html\`<p> x </p>\`;`);
  });

  it('leaves comments, strings and other template literals alone, even with backticks and html` in them', () => {
    const source = [
      '// an html`',
      '//    <p>',
      '// ` in a comment',
      '/* html`<div>',
      '     </div>` */',
      "const s = 'html`<p>\\n   </p>`';",
      'const t = `html`;',
      'const u = sql`select\n    1`;',
      'const w = other.html`<p>\n   x</p>`;',
      'const c = css`:host {\n  display: block;\n}`;',
    ].join('\n');
    assert.equal(min(source), source);
    assert.equal(min(`${source}\nconst v = html\`<p>\n  x\n</p>\`;`), `${source}\nconst v = html\`<p> x </p>\`;`);
  });

  it('keeps white space without a line break, U+00A0, and the space between two expressions', () => {
    const source = 'const v = html`${a} ${b}<b>a \t b</b>\u00a0\u00a0<i>${c}</i>  ${d}`;';
    assert.equal(min(source), source);
    // A run with a line break goes to one space, never to nothing, not even at the ends.
    assert.equal(min('const v = html`\n  ${a}\n  ${b}\n`;'), 'const v = html` ${a} ${b} `;');
    assert.equal(min('const v = html`<b>x</b>\n<i>y</i>`;'), 'const v = html`<b>x</b> <i>y</i>`;');
    // U+00A0 next to a line break stays, the HTML white space around it goes to one space.
    assert.equal(min('const v = html`a\n  \u00a0\n  b`;'), 'const v = html`a \u00a0 b`;');
  });

  it('keeps a line continuation (backslash, line break) as written', () => {
    const source = 'const v = html`a\\\n    b\\\\\n    c`;';
    assert.equal(min(source), 'const v = html`a\\\n    b\\\\ c`;');
  });

  it('treats CRLF as a line break', () => {
    assert.equal(min('const v = html`<p>\r\n  x\r\n</p>`;'), 'const v = html`<p> x </p>`;');
  });

  it('with keepLines, keeps every line where it was', () => {
    const source = 'const v = html`\n  <div>\n\n    ${x}\n  </div>\n`;\nconst after = 1;';
    const out = min(source, true);
    assert.equal(out, 'const v = html`\n<div>\n\n${x}\n</div>\n`;\nconst after = 1;');
    assert.equal(out.split('\n').length, source.split('\n').length);
  });
});

describe('minifyHtmlLiterals (the Vite plugin)', () => {
  const plugin = minifyHtmlLiterals();
  const transform = (code: string, id: string) => (plugin.transform as (code: string, id: string) => { code: string; map: null } | null).call({}, code, id);

  it('runs at build time, on src/**/*.ts that have html``', () => {
    assert.equal(plugin.apply, 'build');
    const code = 'const v = html`<p>\n  x\n</p>`;';
    assert.deepEqual(transform(code, '/work/main/src/views/x.ts'), { code: 'const v = html`<p> x </p>`;', map: null });
    assert.equal(transform(code, '/work/main/node_modules/lit/x.ts'), null);
    assert.equal(transform(code, '/work/main/src/views/x.js'), null);
    assert.equal(transform('const v = css`a {\n  b: c }`;', '/work/main/src/views/x.ts'), null);
  });
});

describe('on every file in src/', () => {
  const root = new URL('../../src/', import.meta.url).pathname;
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort();

  /**
   * The ranges of the literal text of every html`` template, found independently of the
   * plugin; `verbatim` when it or an html`` it is nested in has <pre> or <textarea>.
   */
  function htmlParts(source: string): { start: number; end: number; verbatim: boolean }[] {
    const sf = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
    const parts: { start: number; end: number; verbatim: boolean }[] = [];
    const visit = (node: ts.Node, inVerbatim: boolean) => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
        const t = node.template;
        const lits = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
        inVerbatim ||= lits.some((l) => /<(pre|textarea)[\s/>]/i.test(l.getText(sf)));
        for (const l of lits) parts.push({ start: l.getStart(sf), end: l.end, verbatim: inVerbatim });
      }
      ts.forEachChild(node, (child) => visit(child, inVerbatim));
    };
    visit(sf, false);
    return parts.sort((a, b) => a.start - b.start);
  }

  /** Everything outside html`` literal text, and that text, separately. */
  function split(source: string) {
    const parts = htmlParts(source);
    let outside = '';
    let at = 0;
    for (const { start, end } of parts) {
      outside += source.slice(at, start) + '<HTML>';
      at = end;
    }
    return { outside: outside + source.slice(at), inside: parts.map((p) => ({ ...p, text: source.slice(p.start, p.end) })) };
  }

  const otherTemplates = (source: string) => {
    const sf = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      const isTemplate = ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
      if (isTemplate && !(ts.isTaggedTemplateExpression(node.parent) && node.parent.tag.getText(sf) === 'html')) found.push(node.getText(sf));
      ts.forEachChild(node, visit);
    };
    visit(sf);
    return found;
  };

  let changed = 0;
  for (const file of files) {
    it(file, () => {
      const source = readFileSync(join(root, file), 'utf8');
      for (const keepLines of [false, true]) {
        const out = minifyHtmlTemplates(source, file, { keepLines });
        if (!keepLines && out !== source) changed++;

        const { diagnostics = [] } = ts.transpileModule(out, { fileName: file, reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
        assert.deepEqual(
          diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
          [],
        );

        const before = split(source);
        const after = split(out);
        assert.equal(after.outside, before.outside, 'only the text of html`` templates changes');
        assert.deepEqual(otherTemplates(out), otherTemplates(source), 'other template literals are byte-identical');
        assert.equal(after.inside.length, before.inside.length);
        before.inside.forEach(({ text, verbatim }, i) => {
          // Text, white space, text…: the same pieces; a run with a line break becomes one
          // space (its line breaks with keepLines), any other run stays as it was. Except
          // after a backslash (a line continuation), and in <pre>/<textarea>.
          const pieces = text.split(/([ \t\n\r\f]+)/);
          const expected = pieces.map((p, j) =>
            !verbatim && j % 2 === 1 && /[\n\r]/.test(p) && !/(^|[^\\])(\\\\)*\\$/.test(nth(pieces, j - 1))
              ? keepLines
                ? '\n'.repeat(p.replace(/\r\n/g, '\n').replace(/[^\n\r]/g, '').length)
                : ' '
              : p,
          );
          assert.equal(nth(after.inside, i).text, expected.join(''));
        });
        if (keepLines) assert.equal(out.split('\n').length, source.split('\n').length);
      }
    });
  }

  it('changes some of them (the plugin is not a no-op)', () => assert.ok(changed >= 10, `changed ${changed} files`));

  it('has no element styled to keep white space (the plugin cannot see where a template renders)', () => {
    for (const file of files) {
      const source = readFileSync(join(root, file), 'utf8');
      assert.doesNotMatch(source, /white-space\s*:\s*(pre|break-spaces)/, `${file}: white space matters there, see scripts/minify-html-literals.ts`);
      assert.doesNotMatch(source, /\.whiteSpace\s*=/, `${file}: white space matters there, see scripts/minify-html-literals.ts`);
    }
  });
});
