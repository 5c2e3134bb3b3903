import { css, html, nothing } from 'lit';
import { identityKeys } from '../../core/identity.ts';
import { QuizView } from '../base.ts';
import { registerStyles } from '../register/register.styles.ts';

/**
 * What this device holds for someone who proves who they are (#13 F11, F12), on the rules page:
 * "Tiếp tục bài thi của tôi" for an unfinished attempt left by another visit, and "Xem lại kết
 * quả của tôi" for the last result. Each asks for the participant's identifying details again
 * (core/identity.ts: the citizen id and birth date, when the contest asks for them) and never
 * says whose it is; the next person simply registers, and what is held stays for its owner.
 * In the late chunk: only a device that holds something needs it.
 */
export class IdentityView extends QuizView {
  // The registration form's field styles (labels, 44 px inputs, hints): the same fields look the same, and the
  // rules are already in the first download, so they cost this late view nothing.
  // The card is followed by the rules' text: a gap so the two do not touch.
  static override styles = [
    ...QuizView.styles,
    registerStyles,
    css`
      .card {
        margin-bottom: 1.25em;
      }
    `,
  ];
  static override properties = { asking: { state: true }, failed: { state: true } };

  /** Which of the two the participant asked for; undefined: the two buttons. */
  private asking?: 'attempt' | 'result';
  private failed = false;

  async #submit(e: Event) {
    e.preventDefault();
    const details = Object.fromEntries(new FormData(e.target as HTMLFormElement)) as Record<string, string>;
    const ok = await this.ctx.store.reclaim(details, this.asking!);
    this.failed = !ok;
    if (ok) this.asking = undefined;
  }

  #ask(what: 'attempt' | 'result' | undefined) {
    this.asking = what;
    this.failed = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector('input')?.focus());
  }

  #form() {
    const { state, t } = this.ctx;
    const keys = identityKeys(state.contest!.registration.fields);
    return html`<form @submit=${this.#submit}>
      <p>${t.heldAsk}</p>
      ${this.failed ? html`<p class="notice error" role="alert">${t.heldNoMatch}</p>` : nothing}
      ${keys.map(
        (k) => html`<div class="field">
          <label for="held-${k}">${t.fields[k]}</label>
          ${k === 'birthDate' ? html`<p class="hint" id="held-${k}-hint">${t.hints.birthDate}</p>` : nothing}
          <input id="held-${k}" name=${k} required autocomplete="off" inputmode=${k === 'citizenId' || k === 'birthDate' ? 'numeric' : nothing} aria-describedby=${k === 'birthDate' ? `held-${k}-hint` : nothing} />
        </div>`,
      )}
      <div class="actions">
        <button type="button" @click=${() => this.#ask(undefined)}>${t.back}</button>
        <button type="submit" class="primary">${this.asking === 'result' ? t.reviewMine : t.resumeMine}</button>
      </div>
    </form>`;
  }

  override render() {
    const { state, t } = this.ctx;
    const held = state.held;
    if (state.phase !== 'landing' || !held || (!held.attempts && !held.result)) return nothing;
    return html`<section class="card" part="held" aria-labelledby="held-heading">
      <h2 id="held-heading">${t.heldHeading}</h2>
      ${held.attempts ? html`<p>${t.heldAttempt}</p>` : nothing}
      ${
        this.asking
          ? this.#form()
          : html`<div class="actions">
            ${held.attempts ? html`<button type="button" @click=${() => this.#ask('attempt')}>${t.resumeMine}</button>` : nothing}
            ${held.result ? html`<button type="button" @click=${() => this.#ask('result')}>${t.reviewMine}</button>` : nothing}
          </div>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-identity': IdentityView;
  }
}
