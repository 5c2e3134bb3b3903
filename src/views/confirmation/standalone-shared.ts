/**
 * What `lit` and `../base.ts` are in dist/cai-cach-quiz.confirmation.js (standalone.ts says why):
 * the single file's QuizView and LitElement, set by `share` before any view class is declared.
 * `html`, `svg` and `nothing` are rebuilt here rather than handed over: a template is plain data
 * that any copy of Lit renders (lit-html's `html` is exactly this function, and `nothing` a
 * registered symbol, so that copies of Lit interoperate), and rebuilding them costs the single
 * files nothing. `css` is Lit's own, from the one module of it that has no side effect.
 */
import type { LitElement as LitElementType, html as htmlType, nothing as nothingType, svg as svgType } from 'lit';
import type { QuizView as QuizViewType } from '../base.ts';

// Lit's own module (lit re-exports it); importing `lit` here would bring lit-html back.
export { css } from '@lit/reactive-element/css-tag.js';

export let QuizView: typeof QuizViewType;
export let LitElement: typeof LitElementType;

export function share(base: typeof QuizViewType) {
  QuizView = base;
  // QuizView extends LitElement directly (base.ts); the certificate, which reads no context, extends LitElement.
  LitElement = Object.getPrototypeOf(base) as typeof LitElementType;
}

const template =
  (type: 1 | 2) =>
  (strings: TemplateStringsArray, ...values: unknown[]) => ({ ['_$litType$']: type, strings, values });
export const html = template(1) as unknown as typeof htmlType;
export const svg = template(2) as unknown as typeof svgType;
export const nothing = Symbol.for('lit-nothing') as typeof nothingType;
