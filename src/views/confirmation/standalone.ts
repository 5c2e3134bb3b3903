/**
 * The entry of dist/cai-cach-quiz.confirmation.js (`vite build --mode confirmation`): the proof of
 * participation (this folder: the panel, the certificate, its QR code, "Tra cứu kết quả", their
 * strings and schemas) for the single-file scripts, which load it from beside themselves after a
 * submission (src/confirmation-beside.ts). An ES module of its own, so neither single file grows
 * with it.
 *
 * It is not wholly self-contained: its views are drawn by the single file's Lit and read the single
 * file's quiz context, both through the QuizView class the single file hands to `load` (the build
 * puts standalone-shared.ts where `lit` and `../base.ts` would be; see vite.config.ts). A copy of
 * its own would fail twice: a second copy of lit-html asks Trusted Types for a second policy named
 * 'lit-html', which a page that allows `trusted-types lit-html cai-cach-quiz` (README.md)
 * refuses, so the file would not even evaluate; and a second copy of src/context.ts would make a
 * second context key, so the panel would never receive the result it shows.
 */
import type { QuizView } from '../base.ts';
import { share } from './standalone-shared.ts';

/**
 * Hands over the single file's QuizView, then evaluates the views. The views are reached by a
 * dynamic import, which the build inlines as a lazily run part of this file: their classes are
 * declared only now, once `share` has set what they extend.
 */
export async function load(base: typeof QuizView): Promise<{ defineConfirmation(): void }> {
  share(base);
  return import('./index.ts');
}
