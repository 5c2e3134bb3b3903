import { css, html, nothing } from 'lit';
import { maskCitizenId, type Receipt } from '../../contract/receipt.ts';
import { VerificationResponse, type Verification } from '../../contract/verification.ts';
import type { AttemptResult } from '../../contract/schemas.ts';
import { enProof } from '../../i18n/en-proof.ts';
import { viProof, type ProofMessages } from '../../i18n/vi-proof.ts';
import { QuizView } from '../base.ts';
import { mountCertificate } from './certificate.ts';
import { displayCode, factRows, factStyles } from './facts.ts';

/** The proof's strings in the element's language (they ship with this chunk, both languages). */
export const proofStrings = (locale: string): ProofMessages => (locale.startsWith('en') ? enProof : viProof);

/**
 * The confirmation panel (as GOV.UK's confirmation page): the verification code the server
 * issued, and what the certificate says. The facts are the server's, read back with the code
 * (`GET /verifications/{code}`): what prints is what a verifier will see. Until they arrive,
 * or if they cannot, the panel shows what this device knows (the form and the result).
 *
 * Printing (the button, or the browser's own Print while the panel is on screen) prints the
 * certificate alone, on one A4 page (certificate.ts).
 */
export class ConfirmationView extends QuizView {
  static override properties = { verified: { state: true } };
  static override styles = [
    ...QuizView.styles,
    factStyles,
    css`
      .panel {
        background: var(--_success);
        color: #fff;
        border-radius: var(--_radius);
        padding: 1.25em 1em;
        text-align: center;
        margin-bottom: 1em;
      }
      .panel h3 {
        font-size: 1.25em;
        margin: 0 0 0.5em;
      }
      .panel p {
        margin: 0;
      }
      .code {
        display: block;
        font: 700 1.6em/1.3 ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace;
        letter-spacing: 0.06em;
        margin-top: 0.2em;
        overflow-wrap: anywhere;
      }
      dl {
        margin: 0 0 1em;
      }
      dl div {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1em;
        padding: 0.4em 0;
        border-bottom: 1px solid var(--_border);
      }
      .actions {
        margin-top: 0.5em;
      }
    `,
  ];

  declare verified?: Verification;
  #asked?: string;
  #unmount?: () => void;
  #before = () => this.#mount();
  #after = () => {
    this.#unmount?.();
    this.#unmount = undefined;
  };

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('beforeprint', this.#before);
    addEventListener('afterprint', this.#after);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.#before);
    removeEventListener('afterprint', this.#after);
    this.#after();
  }

  get #receipt(): Receipt | undefined {
    return this.ctx?.state.result?.receipt;
  }

  get #strings() {
    return proofStrings(this.ctx.t.locale);
  }

  override willUpdate() {
    const code = this.#receipt?.code;
    if (!code || code === this.#asked) return;
    this.#asked = code;
    this.ctx.api.get(`/verifications/${encodeURIComponent(code)}`, VerificationResponse).then(
      (r) => {
        if (r.verification.code === code) this.verified = r.verification;
      },
      // Offline, or a backend that issues receipts but does not verify them yet: the device's facts stay.
      () => undefined,
    );
  }

  /** What this device knows, until (or unless) the server's verification arrives. */
  #local(code: string, result: AttemptResult): Verification {
    const { form, contest, attempt } = this.ctx.state;
    const round = contest?.rounds.find((r) => r.id === attempt?.roundId);
    return {
      code,
      fullName: form.fullName || undefined,
      unit: contest?.registration.units.find((u) => u.id === form.unitId)?.name,
      citizenId: /^\d{9}(\d{3})?$/.test(form.citizenId) ? maskCitizenId(form.citizenId) : undefined,
      roundId: round?.id,
      round: round?.name,
      number: result.number,
      submittedAt: result.submittedAt,
      ...(result.status === 'graded'
        ? { status: 'graded', correctCount: result.correctCount, questionCount: result.questionCount, score: result.score, maxScore: result.maxScore }
        : { status: 'announced-later' }),
    };
  }

  #facts() {
    const result = this.ctx.state.result;
    const receipt = this.#receipt;
    if (!result || !receipt) return undefined;
    const verified = this.verified?.code === receipt.code ? this.verified : undefined;
    return { receipt, rows: factRows(this.ctx.t, this.#strings, verified ?? this.#local(receipt.code, result), !!verified) };
  }

  #mount() {
    const facts = this.#facts();
    const contest = this.ctx.state.contest;
    if (!facts || !contest || this.#unmount) return;
    this.#unmount = mountCertificate({
      lang: this.ctx.t.locale.slice(0, 2),
      organiser: contest.organiser,
      contestTitle: contest.title,
      code: displayCode(facts.receipt.code),
      url: facts.receipt.url,
      rows: facts.rows,
      strings: this.#strings,
    });
  }

  #print() {
    this.#mount();
    // Chrome's print() returns when the dialog closes; afterprint takes the certificate away in every browser.
    print();
  }

  override render() {
    const facts = this.#facts();
    if (!facts) return nothing;
    const s = this.#strings;
    return html`<section part="confirmation" aria-labelledby="ccq-confirmation-title">
      <div class="panel">
        <h3 id="ccq-confirmation-title">${s.panelTitle}</h3>
        <p>${s.codeLabel}<strong class="code">${displayCode(facts.receipt.code)}</strong></p>
      </div>
      <p>${s.keep}</p>
      <dl>
        ${facts.rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
      </dl>
      <p class="muted">${s.printHint}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${() => this.#print()}>${s.print}</button>
      </div>
      <ccq-lookup></ccq-lookup>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-confirmation': ConfirmationView;
  }
}
