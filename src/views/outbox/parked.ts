import { css, html, nothing } from 'lit';
import type { ParkedEntry } from '../../storage/drafts.ts';
import { answersCopy } from '../../store/answers-copy.ts';
import { QuizView } from '../base.ts';
import { Contact } from '../error-notice.ts';
import { downloadCopy } from './save-copy.ts';

/**
 * Submissions this device set aside so that someone else could take the contest (#13 F13): on
 * the rules page, each with "save a copy", "send again" and "remove", and whom to contact. Sent
 * again only when someone presses the button: on a shared computer the next person's login must
 * not carry a previous participant's answers by itself.
 */
export class ParkedView extends QuizView {
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
  static override properties = { sent: { state: true } };
  private sent = false;

  async #send(entry: ParkedEntry) {
    const { store, api } = this.ctx;
    try {
      await api.submit(entry.attemptId, entry.body, entry.idempotencyKey);
      this.sent = true;
      await store.unpark(entry.attemptId);
    } catch {
      // Still refused or unreachable: it stays here, with its copy and the contact.
    }
  }

  override render() {
    const { store, state, t } = this.ctx;
    const parked = state.parked ?? [];
    if (!parked.length) return this.sent ? html`<p class="notice" role="status">${t.parkedSent}</p>` : nothing;
    return html`<section class="notice" part="parked" aria-label=${t.parkedHeading}>
      <p><strong>${t.parkedHeading}</strong></p>
      ${parked.map(
        (entry) => html`<p>${t.parkedText(entry.attemptId)}</p>
          <div class="actions">
            <button type="button" class="primary" @click=${() => downloadCopy(answersCopy(store, entry), entry.attemptId, state.contest?.submissionKey)}>${t.saveCopy}</button>
            <button type="button" @click=${() => this.#send(entry)}>${t.resend}</button>
            <button type="button" @click=${() => store.unpark(entry.attemptId)}>${t.parkedForget}</button>
          </div>`,
      )}
      ${Contact(t, state.contest?.contact)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-parked': ParkedView;
  }
}
