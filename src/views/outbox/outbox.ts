import { css, html, nothing } from 'lit';
import { TickController } from '../../controllers/tick.ts';
import { formatTime } from '../../i18n/index.ts';
import { QuizView } from '../base.ts';
import { downloadCopy } from './save-copy.ts';
import { answersCopy } from '../../store/answers-copy.ts';
import { Contact, ErrorNotice, failureText } from '../error-notice.ts';

/**
 * Submitting: the truth about the submission. "Sending", "waiting to send" (offline, or
 * the server asked us to wait) with when it will try again, or "could not be submitted"
 * with a way to save a copy of the answers. Never says submitted before the server does.
 */
export class OutboxView extends QuizView {
  // Space under each row of buttons: the text after it (the next step, or whom to contact) reads as its own
  // paragraph, not as a caption of the last button. In the late chunk: nothing before the first question.
  static override styles = [...QuizView.styles, css`
    .actions {
      margin-bottom: 1.25em;
    }
  `];
  protected tick = new TickController(this);

  #saveCopy() {
    const { store, state } = this.ctx;
    return downloadCopy(answersCopy(store), state.attempt?.id, state.contest?.submissionKey);
  }

  override render() {
    const { store, state, t } = this.ctx;
    const outbox = state.outbox;
    if (!outbox) return nothing;
    const timeUp = outbox.reason === 'time-up';
    const heading =
      outbox.status === 'failed' ? t.failedHeading : outbox.status === 'waiting' ? t.waitingHeading : timeUp ? t.timeUpHeading : t.submittingHeading;
    return html`<section part="submission" aria-live="polite">
      <h2 tabindex="-1">${heading}</h2>
      ${timeUp && outbox.status !== 'failed' ? html`<p>${t.timeUpText}</p>` : nothing}
      ${outbox.status === 'sending' ? html`<p role="status">${t.submittingHeading}</p>` : nothing}
      ${outbox.status === 'waiting'
        ? html`<p>${t.waitingText}</p>
            ${outbox.error && state.online ? html`<p><strong>${failureText(t, outbox.error)[0]}</strong></p>` : nothing}
            <p class="notice">
              ${!state.online
                ? t.waitingOffline
                : outbox.nextTryAt
                  ? t.waitingRetryAt(formatTime(outbox.nextTryAt))
                  : nothing}
            </p>
            <div class="actions">
              ${state.online ? html`<button type="button" @click=${() => store.flush()}>${t.sendNow}</button>` : nothing}
              <button type="button" @click=${() => this.#saveCopy()}>${t.saveCopy}</button>
            </div>`
        : nothing}
      ${outbox.status === 'failed' && outbox.error
        ? html`${ErrorNotice(t, outbox.error, store, false)}
            ${store.refusedForGood() ? nothing : html`<p>${t.resendHint}</p>`}
            <p>${t.saveCopyHint}</p>
            <div class="actions">
              ${store.refusedForGood() ? nothing : html`<button type="button" class="primary" @click=${() => store.resend()}>${t.resend}</button>`}
              <button type="button" class=${store.refusedForGood() ? 'primary' : ''} @click=${() => this.#saveCopy()}>${t.saveCopy}</button>
            </div>`
        : nothing}
      ${outbox.status === 'failed' || (outbox.status === 'waiting' && outbox.error && state.online)
        ? html`${outbox.status === 'waiting' ? Contact(t, state.contest?.contact) : nothing}
            <p>${t.parkHint}</p>
            <div class="actions"><button type="button" @click=${() => store.park()}>${t.park}</button></div>`
        : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-outbox': OutboxView;
  }
}
