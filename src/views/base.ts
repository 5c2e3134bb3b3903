import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import { quizContext, type QuizContext } from '../context.ts';
import { tokens } from '../styles/shared.ts';

/** Every internal view: reads the quiz context, owns no business state. */
export class QuizView extends LitElement {
  static override styles = [tokens];

  // Controllers, not decorators: the decorators' runtime and TypeScript's helper for them
  // cost about 0.8 KB gzip before the first question (see scripts/size.js).
  #context = new ContextConsumer(this, { context: quizContext, subscribe: true });

  /** The quiz context; a new value re-renders the view (the consumer requests the update). */
  protected get ctx(): QuizContext {
    return this.#context.value!;
  }

  /** Language of the organiser's content, for `lang` on server text (WCAG 3.1.2) when the UI is in another. */
  protected get contentLang(): string {
    return this.ctx.state.contest?.language ?? 'vi';
  }

  /** Move focus to this view's heading, so screen readers and keyboards start at the top of it. */
  focusHeading() {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }
}
