import { css, html, nothing, type PropertyValues } from 'lit';
import { TickController } from '../../controllers/tick.ts';
import { QuizView } from '../base.ts';

/**
 * "Hệ thống đang đông, đang thử lại — vui lòng không tải lại trang", with a countdown to the next
 * try, while starting or submitting is tried again after a 429, a 503 or a network failure (#14).
 * Drawn next to what the participant pressed (above the start button; under the submission's
 * heading), and scrolled into view: on a phone the registration form is almost three screens tall.
 *
 * What a screen reader hears: the message once when the retries begin, then "Đang thử lại…" at
 * each new try (the live line keeps its node and only gains text: `aria-atomic="false"`, so
 * additions alone are read). The countdown sits outside the live line: seen, and read when reached,
 * but never announced each second.
 *
 * The time comes from the store (`retry.at` on its server-anchored clock, `store.retryIn()`); the
 * tick only redraws, once a second while a retry is pending.
 */
export class BusyView extends QuizView {
  // The live line is in the page from the start, empty (no height): a live region inserted
  // together with its text is not announced by every screen reader.
  static override styles = [...QuizView.styles, css`:host{display:block}p:empty{margin:0}`];

  protected tick = new TickController(this, () => !!this.ctx?.state.retry);

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const { phase, retry } = this.ctx.state;
    // Once a retry is pending, the panel comes into view (centred while starting, so the button
    // under it shows too; a submission's panel sits under its heading: just in view). Not before:
    // a start answered at once must leave the page where it was for the exam.
    const key = retry ? (phase === 'starting' ? 2 : 3) : 0;
    if (key > this.#shown) requestAnimationFrame(() => this.scrollIntoView({ block: key < 3 ? 'center' : 'nearest' }));
    this.#shown = key;
  }

  #shown = 0;

  override render() {
    const { store, state, t } = this.ctx;
    const ms = state.retry ? store.retryIn()! : 0;
    return html`<div class=${state.retry ? 'notice' : ''}>
      <p role="status" aria-atomic="false">${state.retry ? html`<strong>${t.busy}</strong>${ms ? nothing : ` ${t.retrying}`}` : nothing}</p>
      ${ms ? html`<p>${t.retryAfter(Math.ceil(ms / 1000))}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-busy': BusyView;
  }
}
