import { html, nothing, type TemplateResult } from 'lit';
import type { RegistrationFieldName } from '../../contract/schemas.ts';
import { fold } from '../../core/fold.ts';
import { countsPerRound, roundsAt } from '../../core/rounds.ts';
import { draftKey, type FieldError, type ParticipantDraft } from '../../core/validate.ts';
import { formatDateTime } from '../../i18n/index.ts';
import { QuizView } from '../base.ts';
import { ErrorNotice, LoginNeeded } from '../error-notice.ts';
import { Combo, type Item } from './combobox.ts';
import { registerStyles } from './register.styles.ts';

type Key = keyof ParticipantDraft;

/**
 * A required field's mark, held to the label's last word by a no-break space: at 360 px the "*" of
 * "Số CMND/CCCD *" wrapped onto a line of its own (#14). An entity, so that the literal's
 * minifier, which collapses white space, leaves it alone.
 */
const mark = (required: boolean) => (required ? html`&nbsp;<span aria-hidden="true">*</span>` : nothing);

/**
 * Registration: what the contest allows said first, then the fields it asks for, validated beside
 * each field, the organiser's units (and today's communes) in an autocomplete, and consent to
 * process personal data.
 *
 * Eligibility up front (#14). The attempts allowed are said from the contest document, and the
 * attempts left when this page already knows them (from a start or a result). Whether someone may
 * still start, or must log in, is the server's answer to `POST /attempts` (attempts_exhausted, 401
 * unauthorized): the contract has no call that tells it before, so that answer, once given, shows
 * above the fields. A login is said up front when the contest document's `auth.required` says so
 * (LoginNeeded, with its link): whether this participant is logged in is not checked before the
 * form, because no call can tell it without side effects: `GET /contest`, `/bank` and
 * `/leaderboard` are public and cached for everyone (a CDN or the browser may answer them without
 * asking the portal), and the calls that carry a login either start an attempt (`POST /attempts`,
 * which spends one) or need an attempt's id. The 401 of a start or a submission offers the same link. The lookup call (`POST /verifications/lookup`) is not used to check beforehand,
 * on purpose: it needs the citizen id and birth date (half the form), lists submitted attempts only
 * (not unfinished ones, nor a round's allowance), is rate limited against enumeration (a call per
 * registration would spend people's lookups and load the server in the rush), and its client lives
 * in the chunk loaded after a submission; the start call's refusal keeps the form filled in.
 */
export class RegisterView extends QuizView {
  static override styles = [...QuizView.styles, registerStyles];

  #unit = new Combo(this);
  #commune = new Combo(this);

  #onInput(key: Key) {
    return (e: Event) => {
      const el = e.target as HTMLInputElement;
      this.ctx.store.updateForm({ [key]: el.type === 'checkbox' ? el.checked : el.value });
    };
  }

  async #onSubmit(e: Event) {
    e.preventDefault();
    const ok = await this.ctx.store.register();
    if (!ok) this.focusFirstInvalid();
  }

  /** After a failed submit, focus goes to the first field that needs fixing. */
  focusFirstInvalid() {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  #error(key: Key) {
    const code = this.ctx.state.formErrors[key];
    // Text typed in an autocomplete without a choice is not an empty field: say what is missing.
    const combo = key === 'unitId' ? this.#unit : key === 'communeId' ? this.#commune : undefined;
    const said: FieldError | 'unitNotChosen' | 'communeNotChosen' | undefined =
      code === 'required' && combo?.query?.trim() ? (key === 'unitId' ? 'unitNotChosen' : 'communeNotChosen') : code;
    return said ? html`<p class="error" id="${key}-error">${this.ctx.t.errors[said]}</p>` : nothing;
  }

  #describedBy(key: Key, hint?: string) {
    return [hint ? `${key}-hint` : '', this.ctx.state.formErrors[key] ? `${key}-error` : ''].filter(Boolean).join(' ') || nothing;
  }

  #label(name: RegistrationFieldName, required: boolean, text = this.ctx.t.fields[name]) {
    return html`${text}${mark(required)}`;
  }

  #input(
    name: RegistrationFieldName,
    required: boolean,
    type: string,
    extra: Partial<{ autocomplete: string; inputmode: string; hint: string; label: string }> = {},
  ) {
    const key = draftKey[name];
    const { state } = this.ctx;
    return html`<div class="field">
      <label for=${key}>${this.#label(name, required, extra.label)}</label>
      ${extra.hint ? html`<p class="hint" id="${key}-hint">${extra.hint}</p>` : nothing}
      <input
        id=${key}
        name=${key}
        type=${type}
        .value=${String(state.form[key])}
        ?required=${required}
        aria-required=${required ? 'true' : 'false'}
        aria-invalid=${state.formErrors[key] ? 'true' : 'false'}
        aria-describedby=${this.#describedBy(key, extra.hint)}
        autocomplete=${extra.autocomplete ?? 'off'}
        inputmode=${extra.inputmode ?? nothing}
        @input=${this.#onInput(key)}
      />
      ${this.#error(key)}
    </div>`;
  }

  #select(name: RegistrationFieldName, required: boolean, options: TemplateResult | TemplateResult[], extra: { size?: number; hint?: string } = {}) {
    const key = draftKey[name];
    const { state, t } = this.ctx;
    return html`<select
        id=${key}
        lang=${this.contentLang}
        name=${key}
        size=${extra.size ?? nothing}
        ?required=${required}
        aria-invalid=${state.formErrors[key] ? 'true' : 'false'}
        aria-describedby=${this.#describedBy(key, extra.hint)}
        @change=${this.#onInput(key)}
      >
        ${extra.size ? nothing : html`<option value="" ?selected=${!state.form[key]}>${t.choose}</option>`} ${options}
      </select>
      ${this.#error(key)}`;
  }

  #combo(combo: Combo, name: 'unit' | 'commune', required: boolean, items: readonly Item[], label: string, other?: { label: string; item: Item }) {
    const { store, state, t } = this.ctx;
    const key = draftKey[name];
    return combo.render({
      id: key,
      label: html`${label}${mark(required)}`,
      items,
      value: state.form[key],
      required,
      invalid: !!state.formErrors[key],
      describedBy: `${name === 'unit' ? 'unitId-hint ' : ''}${state.formErrors[key] ? `${key}-error` : ''}`,
      lang: this.contentLang,
      choose: (id) => store.updateForm({ [key]: id }),
      other,
      strings: { chosen: t.chosen, count: t.unitCount, none: t.noUnit },
      hint: name === 'unit' ? html`<p class="hint" id="unitId-hint">${t.hints.unit}</p>` : nothing,
      error: this.#error(key),
    });
  }

  #unitField(required: boolean) {
    const { state, t } = this.ctx;
    const units = state.contest!.registration.units;
    // The unit marked `other` (#14); for a document without the flag (written before it), the one
    // named "Khác…", as Vietnamese contest lists name it. A list without either has no way out to
    // offer: its organiser wants a unit from the list.
    const other = units.find((u) => u.other) ?? units.find((u) => fold(u.name).startsWith('khac'));
    return this.#combo(this.#unit, 'unit', required, units, t.fields.unit, other && { label: t.unitOther, item: other });
  }

  #placeFields(required: Partial<Record<RegistrationFieldName, boolean>>) {
    const { state, t } = this.ctx;
    const reg = state.contest!.registration;
    const place = (name: 'district' | 'commune', label: string, items: readonly Item[]) =>
      html`<div class="field">
        <label for=${draftKey[name]}>${label}${mark(!!required[name])}</label>
        ${this.#select(
          name,
          !!required[name],
          items.map((d) => html`<option value=${d.id} ?selected=${d.id === state.form[draftKey[name]]}>${d.name}</option>`),
        )}
      </div>`;
    // 2025's two levels (tỉnh → xã/phường): no district, the communes one flat list (about a hundred in a
    // province), chosen in the same autocomplete as the unit; one way to choose, whatever the list's length.
    if (reg.localGovernment === 'commune') {
      return 'commune' in required ? this.#combo(this.#commune, 'commune', !!required.commune, reg.communes ?? [], t.communeNow) : nothing;
    }
    const district = reg.districts.find((d) => d.id === state.form.districtId);
    return html`<div class="row">
      ${'district' in required ? place('district', t.fields.district, reg.districts) : nothing}
      ${'commune' in required ? place('commune', t.fields.commune, district?.communes ?? []) : nothing}
    </div>`;
  }

  /** The attempts allowed, and those left when this page knows them: one or two sentences, before the fields. */
  #eligibility() {
    const { store, state, t } = this.ctx;
    const c = state.contest!;
    const perRound = countsPerRound(c);
    const left = state.attemptsLeft;
    const known = left && left.left !== null && (!perRound || left.roundId === roundsAt(c.rounds, store.clock?.now() ?? 0).current?.id) ? left.left : undefined;
    return html`<p class="eligibility">
      ${t.attemptsSummary(c.exam.attempts.max, perRound)}${known !== undefined ? html` <strong>${t.attemptsLeft(known, perRound)}</strong>` : nothing}
    </p>`;
  }

  override render() {
    const { store, state, t } = this.ctx;
    const reg = state.contest!.registration;
    const required = Object.fromEntries(reg.fields.map((f) => [f.name, f.required])) as Partial<Record<RegistrationFieldName, boolean>>;
    const has = (n: RegistrationFieldName) => n in required;
    const errorCount = Object.keys(state.formErrors).length;
    const busy = state.phase === 'starting';
    const canCuoc = reg.identityDocument === 'can-cuoc';
    // Failures that concern everyone (login needed, attempts used up, the server busy) stay above
    // the fields; the count of fields to fix goes with them.
    return html`<form novalidate @submit=${this.#onSubmit} aria-busy=${busy ? 'true' : 'false'}>
      <h2 tabindex="-1">${t.registerHeading}</h2>
      ${LoginNeeded(t, state.contest!.auth)} ${this.#eligibility()}
      ${state.error ? ErrorNotice(t, state.error, store) : nothing}
      ${errorCount ? html`<p class="notice error" role="alert">${t.formInvalid(errorCount)}</p>` : nothing}
      <p class="muted">${t.registerIntro}</p>
      ${has('fullName') ? this.#input('fullName', !!required.fullName, 'text', { autocomplete: 'name' }) : nothing}
      <div class="row">
      ${has('birthDate') ? this.#input('birthDate', !!required.birthDate, 'text', { autocomplete: 'bday', inputmode: 'numeric', hint: t.hints.birthDate }) : nothing}
      ${
        has('gender')
          ? html`<fieldset class="field" aria-describedby=${this.#describedBy('gender')}>
            <legend>${this.#label('gender', !!required.gender)}</legend>
            <div class="choices">
              ${(['male', 'female', 'other'] as const).map(
                (g) => html`<label class="choice"
                  ><input type="radio" name="gender" value=${g} .checked=${state.form.gender === g} aria-invalid=${state.formErrors.gender ? 'true' : 'false'} @change=${this.#onInput('gender')} />
                  ${t.genders[g]}</label
                >`,
              )}
            </div>
            ${this.#error('gender')}
          </fieldset>`
          : nothing
      }
      </div>
      <div class="row pair">
        ${
          has('citizenId')
            ? this.#input('citizenId', !!required.citizenId, 'text', {
                inputmode: 'numeric',
                hint: canCuoc ? t.hints.canCuoc : t.hints.citizenId,
                label: canCuoc ? t.canCuoc : undefined,
              })
            : nothing
        }
        ${has('phone') ? this.#input('phone', !!required.phone, 'tel', { autocomplete: 'tel', inputmode: 'tel', hint: t.hints.phone }) : nothing}
      </div>
      ${has('email') ? this.#input('email', !!required.email, 'email', { autocomplete: 'email' }) : nothing}
      ${has('unit') ? this.#unitField(!!required.unit) : nothing} ${this.#placeFields(required)}
      <div class="field">
        <label class="choice consent">
          <input type="checkbox" id="consent" .checked=${state.form.consent} aria-invalid=${state.formErrors.consent ? 'true' : 'false'} aria-describedby=${this.#describedBy('consent')} @change=${this.#onInput('consent')} />
          <span lang=${this.contentLang}>${reg.consentText}</span>
        </label>
        ${this.#error('consent')}
      </div>
      <div class="row">
        <label class="choice">
          <input type="checkbox" .checked=${state.sharedDevice} @change=${(e: Event) => store.setSharedDevice((e.target as HTMLInputElement).checked)} />
          <span>${t.sharedDevice}</span>
        </label>
        <label class="choice">
          <input type="checkbox" .checked=${state.rememberDetails} ?disabled=${state.sharedDevice} @change=${(e: Event) => store.setRememberDetails((e.target as HTMLInputElement).checked)} />
          <span>${t.remember}</span>
        </label>
      </div>
      ${
        state.rememberedUntil
          ? // The button after the line, not in it: on a phone it wrapped mid-line in the hint's smaller type.
            html`<p class="hint">${t.remembered(formatDateTime(t, state.rememberedUntil))}</p>
            <button type="button" @click=${() => store.forgetDetails()}>${t.forgetDetails}</button>`
          : nothing
      }
      <ccq-busy></ccq-busy>
      <div class="actions">
        <button type="button" @click=${() => store.backToRules()} ?disabled=${busy}>${t.back}</button>
        <button type="submit" class="primary" part="start-button" ?disabled=${busy}>${busy ? t.starting : t.startExam}</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-register': RegisterView;
  }
}
