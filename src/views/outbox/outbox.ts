import { css, html, nothing } from 'lit';
import { QuizView } from '../base.ts';
import { downloadCopy } from './save-copy.ts';
import { answersCopy } from '../../store/answers-copy.ts';
import { Contact, ErrorNotice, failureText } from '../error-notice.ts';

/**
 * Submitting: the truth about the submission. "Sending", "waiting to send" (offline, or
 * the server asked us to wait) with a countdown to the next try (views/status, #14), or "could
 * not be submitted" with a way to save a copy of the answers. Never says submitted before the
 * server does. The heading is the one live line for the state ("Đang nộp bài…" once, #14): the
 * section is not live as a whole, or the countdown inside it would be read out every second.
 */
export class OutboxView extends QuizView {
  // Space under each row of buttons: the text after it (the next step, or whom to contact) reads as its own
  // paragraph, not as a caption of the last button. In the late chunk: nothing before the first question.
  static override styles = [
    ...QuizView.styles,
    css`
    .actions {
      margin-bottom: 1.25em;
    }
  `,
  ];
  #saveCopy() {
    const { store, state } = this.ctx;
    return downloadCopy(answersCopy(store), state.attempt?.id, state.contest?.submissionKey);
  }

  // "Bài làm đã được lưu trên thiết bị này" is not said when storage is in memory: the notice at the
  // top says the truth then (kept in this page only), and the two read as a contradiction (session 9).
  override render() {
    const { store, state, t } = this.ctx;
    const outbox = state.outbox;
    if (!outbox) return nothing;
    const heading = outbox.status === 'failed' ? t.failedHeading : outbox.status === 'waiting' ? t.waitingHeading : t.submittingHeading;
    return html`<section part="submission">
      <h2 tabindex="-1" aria-live="polite">${heading}</h2>
      ${outbox.reason === 'time-up' && outbox.status !== 'failed' ? html`<p class="notice">${t.timeUp}</p>` : nothing}
      <ccq-busy></ccq-busy>
      ${
        outbox.status === 'waiting'
          ? html`${state.storage === 'memory' ? nothing : html`<p>${t.waitingText}</p>`}
            ${outbox.error && state.online ? html`<p><strong>${failureText(t, outbox.error)[0]}</strong></p>` : nothing}
            ${state.online ? nothing : html`<p class="notice">${t.waitingOffline}</p>`}
            <div class="actions">
              ${state.online ? html`<button type="button" @click=${() => store.flush()}>${t.sendNow}</button>` : nothing}
              <button type="button" @click=${() => this.#saveCopy()}>${t.saveCopy}</button>
            </div>`
          : nothing
      }
      ${
        outbox.status === 'failed' && outbox.error
          ? html`${ErrorNotice(t, outbox.error, store, false)}
            ${store.refusedForGood() ? nothing : html`<p>${t.resendHint}</p>`}
            <p>${t.saveCopyHint}</p>
            <div class="actions">
              ${store.refusedForGood() ? nothing : html`<button type="button" class="primary" @click=${() => store.resend()}>${t.resend}</button>`}
              <button type="button" class=${store.refusedForGood() ? 'primary' : ''} @click=${() => this.#saveCopy()}>${t.saveCopy}</button>
            </div>`
          : nothing
      }
      ${
        outbox.status === 'failed' || (outbox.status === 'waiting' && outbox.error && state.online)
          ? html`${outbox.status === 'waiting' ? Contact(t, state.contest?.contact) : nothing}
            <p>${t.parkHint}</p>
            <div class="actions"><button type="button" @click=${() => store.park()}>${t.park}</button></div>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-outbox': OutboxView;
  }
}
