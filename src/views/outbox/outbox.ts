import { html, nothing } from 'lit';
import { TickController } from '../../controllers/tick.ts';
import { formatTime } from '../../i18n/index.ts';
import { QuizView } from '../base.ts';
import { sealForOrganisers } from '../../core/encrypt.ts';
import { answersCopy } from '../../store/answers-copy.ts';
import { ErrorNotice, failureText } from '../error-notice.ts';

/**
 * Submitting: the truth about the submission. "Sending", "waiting to send" (offline, or
 * the server asked us to wait) with when it will try again, or "could not be submitted"
 * with a way to save a copy of the answers. Never says submitted before the server does.
 */
export class OutboxView extends QuizView {
  protected tick = new TickController(this);

  async #saveCopy() {
    const { store, state } = this.ctx;
    const text = answersCopy(store);
    const key = state.contest?.submissionKey;
    // With the organisers' public key, only they can read the file; without one, it is plain JSON.
    const body = key ? JSON.stringify(await sealForOrganisers(text, key), null, 2) : text;
    const blob = new Blob([body], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `bai-lam-${state.attempt?.id ?? 'cuoc-thi'}${key ? '.ma-hoa' : ''}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
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
            <p>${t.saveCopyHint}</p>
            <div class="actions"><button type="button" class="primary" @click=${() => this.#saveCopy()}>${t.saveCopy}</button></div>`
        : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-outbox': OutboxView;
  }
}
