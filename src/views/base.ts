import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { quizContext, type QuizContext } from '../context.ts';
import { tokens } from '../styles/shared.ts';

/** Every internal view: reads the quiz context, owns no business state. */
export class QuizView extends LitElement {
  static override styles = [tokens];

  @consume({ context: quizContext, subscribe: true })
  @state()
  protected ctx!: QuizContext;

  /** Language of the organiser's content, for `lang` on server text (WCAG 3.1.2) when the UI is in another. */
  protected get contentLang(): string {
    return this.ctx.state.contest?.language ?? 'vi';
  }

  /** Move focus to this view's heading, so screen readers and keyboards start at the top of it. */
  focusHeading() {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }
}
