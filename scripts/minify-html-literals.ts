import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * Lit's html`` templates ship as written, indentation and all. This collapses, at build
 * time, the white space in their static text that the browser collapses anyway:
 *
 * - only runs of HTML white space (space, tab, LF, CR, FF: never U+00A0 or other Unicode
 *   spaces, which are text) that contain a line break are rewritten; runs without one are
 *   kept, they may be meaningful spacing in text;
 * - such a run becomes one space, which is what the browser renders it as; nothing is ever
 *   dropped, not even between `>` and `<` or at the ends of a template: a white-space text
 *   node between inline elements, or at the edge of a template rendered into inline
 *   content, is a visible space, and dropping it would also remove a DOM node (`:empty`,
 *   `childNodes`). The DOM keeps the same nodes; only the white space in them changes;
 * - a template whose text contains <pre, <textarea, <script, <style (or the obsolete
 *   <listing, <xmp, <plaintext) is left as written, and so is every html`` nested in its
 *   `${…}`, since it may render inside that element;
 * - a run right after a backslash is kept (a `\` + line break is a line continuation).
 *
 * What this cannot see: an element styled `white-space: pre | pre-wrap | pre-line |
 * break-spaces` that a template renders into. test/node/minify-html-literals.test.ts
 * fails if src/ starts using such a style.
 *
 * The templates are found with the TypeScript parser (tag exactly `html`, nested ones
 * included); only the literal parts of a template are rewritten, never its `${…}`
 * expressions, comments, strings or other template literals.
 *
 * The plugin returns `map: null` (the code before it is taken as its own map), so the
 * source maps of the lines after a collapsed run are off by the lines it removed. With
 * `keepLines`, a run becomes as many line breaks as it had instead of one space: renders
 * the same, keeps every line where it was (only columns move), costs about 50 B gzip.
 */
export function minifyHtmlLiterals(options: MinifyHtmlOptions = {}): Plugin {
  return {
    name: 'minify-html-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.ts$/.test(id) || !code.includes('html`')) return null;
      const out = minifyHtmlTemplates(code, id, options);
      return out === code ? null : { code: out, map: null };
    },
  };
}

export interface MinifyHtmlOptions {
  /** Collapse a run to its line breaks rather than to one space, so that line numbers stay. */
  keepLines?: boolean;
}

/** HTML white space (not JS `\s`: U+00A0 and friends are text) containing a line break. */
const RUN_WITH_BREAK = /[ \t\n\r\f]*[\n\r][ \t\n\r\f]*/g;
/** Elements whose white space is not collapsed, or whose content is not HTML text. */
const VERBATIM = /<(pre|textarea|script|style|listing|xmp|plaintext)[\s/>]/i;

/** Collapse the line-break white space in the literal text of every html`` template in `source`. */
export function minifyHtmlTemplates(source: string, fileName = 'module.ts', options: MinifyHtmlOptions = {}): string {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];

  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) === 'html') {
      const parts = literalParts(node.template, sf);
      if (parts.some((p) => VERBATIM.test(source.slice(p.start, p.end)))) return; // nor anything nested
      for (const p of parts) {
        const text = source.slice(p.start, p.end);
        const min = collapse(text, options.keepLines ?? false);
        if (min !== text) edits.push({ ...p, text: min });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);

  // Parts never overlap (a nested template sits inside an expression, between two parts).
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The source ranges of a template's literal text, without the `, ${ and } around them. */
function literalParts(template: ts.TemplateLiteral, sf: ts.SourceFile): { start: number; end: number }[] {
  const range = (n: ts.Node, close: number) => ({ start: n.getStart(sf) + 1, end: n.end - close });
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [range(template, 1)];
  return [range(template.head, 2), ...template.templateSpans.map((s) => range(s.literal, ts.isTemplateTail(s.literal) ? 1 : 2))];
}

function collapse(text: string, keepLines: boolean): string {
  return text.replace(RUN_WITH_BREAK, (run: string, at: number) => {
    let slashes = 0;
    for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) slashes++;
    if (slashes % 2 === 1) return run; // `\` + line break: a line continuation, or an escaped space
    return keepLines ? '\n'.repeat(run.replace(/\r\n/g, '\n').replace(/[^\n\r]/g, '').length) : ' ';
  });
}
