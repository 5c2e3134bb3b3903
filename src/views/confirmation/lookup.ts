import { css, html, nothing } from 'lit';
import { ApiError } from '../../api/errors.ts';
import { LookupResponse, type Verification } from '../../contract/verification.ts';
import { QuizView } from '../base.ts';
import { proofStrings } from './confirmation.ts';
import { displayCode, factRows, factStyles } from './facts.ts';

type Outcome = { found: Verification[] } | { message: string };

/**
 * "Tra cứu kết quả": a participant lists their own attempts by citizen id and birth date
 * (`POST /verifications/lookup`). The server answers every mismatch with an empty list and
 * limits lookups, so the form says only "nothing matches" or "try again later".
 */
export class LookupView extends QuizView {
  static override properties = { outcome: { state: true }, busy: { state: true } };
  static override styles = [
    ...QuizView.styles,
    factStyles,
    css`
      details {
        margin-top: 1.5em;
        border-top: 1px solid var(--_border);
        padding-top: 1em;
      }
      summary {
        cursor: pointer;
        font-weight: 700;
        color: var(--_primary);
        min-height: 44px;
        display: flex;
        align-items: center;
      }
      label {
        display: block;
        font-weight: 600;
        margin: 0.75em 0 0.25em;
      }
      input {
        font: inherit;
        padding: 0.6em;
        min-height: 44px;
        width: 100%;
        max-width: 18em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        color: var(--_text);
      }
      ol {
        padding-inline-start: 1.25em;
      }
      li dl {
        margin: 0.25em 0 1em;
      }
      li dl div {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1em;
      }
    `,
  ];

  declare outcome?: Outcome;
  declare busy?: boolean;

  async #submit(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const s = proofStrings(this.ctx.t.locale);
    const citizenId = (form.elements.namedItem('citizenId') as HTMLInputElement).value.replace(/\s/g, '');
    const birthDate = (form.elements.namedItem('birthDate') as HTMLInputElement).value;
    if (!/^(\d{9}|\d{12})$/.test(citizenId) || !birthDate) {
      this.outcome = { message: s.lookupInvalid };
      return;
    }
    this.busy = true;
    try {
      const r = await this.ctx.api.call({ method: 'POST', path: '/verifications/lookup', schema: LookupResponse, body: { citizenId, birthDate } });
      this.outcome = { found: r.attempts };
    } catch (error) {
      const e = error as ApiError;
      this.outcome = {
        message: e.code === 'rate_limited' ? s.lookupLimited(Math.max(1, Math.ceil((e.retryAfterMs ?? 60_000) / 60_000))) : s.lookupFailed,
      };
    } finally {
      this.busy = false;
    }
  }

  #outcome() {
    const o = this.outcome;
    if (!o) return nothing;
    const s = proofStrings(this.ctx.t.locale);
    if ('message' in o) return html`<p class="notice error">${o.message}</p>`;
    if (!o.found.length) return html`<p class="notice">${s.lookupNone}</p>`;
    return html`<p>${s.lookupFound(o.found.length)}</p>
      <ol>
        ${o.found.map(
          (v) => html`<li>
            <dl>
              <div><dt>${s.codeLabel}</dt><dd>${displayCode(v.code)}</dd></div>
              ${factRows(this.ctx.t, s, v).map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
            </dl>
          </li>`,
        )}
      </ol>`;
  }

  override render() {
    const s = proofStrings(this.ctx.t.locale);
    return html`<details>
      <summary>${s.lookupOpen}</summary>
      <form @submit=${(e: SubmitEvent) => this.#submit(e)} novalidate>
        <p>${s.lookupIntro}</p>
        <label for="lookup-id">${s.citizenId}</label>
        <input id="lookup-id" name="citizenId" inputmode="numeric" autocomplete="off" maxlength="12" />
        <label for="lookup-birth">${s.birthDate}</label>
        <input id="lookup-birth" name="birthDate" type="date" autocomplete="bday" />
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? s.lookupBusyNow : s.lookupSubmit}</button>
        </div>
      </form>
      <div role="status">${this.#outcome()}</div>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-lookup': LookupView;
  }
}
