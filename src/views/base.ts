import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import { quizContext, type QuizContext } from '../context.ts';
import { tokens } from '../styles/shared.ts';

/**
 * The documented CSS parts (the root's `@csspart`) drawn inside the internal views. Each view
 * forwards them all to the root's shadow tree (`exportparts`), so `cai-cach-quiz::part(timer)`
 * reaches the countdown two shadow roots down. One list for every view rather than one per view:
 * a name a view does not draw forwards nothing, and this costs the fewest bytes before the first
 * question (measured with 17 names: 81 B gzip, against 123 B for an attribute on each view in the
 * templates; with these 23, about 100 B).
 * A new part drawn in a view goes here and in the root's `@csspart` list (test/embed/parts.test.ts
 * checks both).
 */
const PARTS =
  'round,status,rules,start-button,login,error,contact,exam-bar,timer,time-warning,question,option,navigator,offline,review,submit-button,submission,parked,held,result,confirmation,bank,practice,leaderboard';

/** Every internal view: reads the quiz context, owns no business state. */
export class QuizView extends LitElement {
  static override styles = [tokens];

  override connectedCallback() {
    super.connectedCallback();
    // Set by the view on itself, so no template that draws a view has to repeat the list.
    this.setAttribute('exportparts', PARTS);
  }

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
