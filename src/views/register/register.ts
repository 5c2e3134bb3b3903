import { html, nothing, type TemplateResult } from 'lit';
import type { RegistrationFieldName, Unit } from '../../contract/schemas.ts';
import { fold, matches } from '../../core/fold.ts';
import { draftKey, type ParticipantDraft } from '../../core/validate.ts';
import { formatDateTime } from '../../i18n/index.ts';
import { QuizView } from '../base.ts';
import { ErrorNotice } from '../error-notice.ts';
import { registerStyles } from './register.styles.ts';

type Key = keyof ParticipantDraft;

/**
 * Registration: the fields the contest asks for, validated beside each field, the
 * organiser's units in a searchable list, and consent to process personal data.
 */
export class RegisterView extends QuizView {
  static override styles = [...QuizView.styles, registerStyles];
  static override properties = { unitQuery: { state: true } };

  /** The unit filter text; view-local, not business state. */
  private unitQuery = '';
  #foldedUnits?: { units: readonly Unit[]; folded: string[] };

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
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  }

  #error(key: Key) {
    const code = this.ctx.state.formErrors[key];
    return code ? html`<p class="error" id="${key}-error">${this.ctx.t.errors[code]}</p>` : nothing;
  }

  #describedBy(key: Key, hint?: string) {
    return [hint ? `${key}-hint` : '', this.ctx.state.formErrors[key] ? `${key}-error` : ''].filter(Boolean).join(' ') || nothing;
  }

  #label(name: RegistrationFieldName, required: boolean) {
    return html`${this.ctx.t.fields[name]}${required ? html` <span aria-hidden="true">*</span>` : nothing}`;
  }

  #input(name: RegistrationFieldName, required: boolean, type: string, extra: Partial<{ autocomplete: string; inputmode: string; hint: string }> = {}) {
    const key = draftKey[name];
    const { state } = this.ctx;
    return html`<div class="field">
      <label for=${key}>${this.#label(name, required)}</label>
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

  #unitField(required: boolean) {
    const { state, t } = this.ctx;
    const units = state.contest!.registration.units;
    if (this.#foldedUnits?.units !== units) this.#foldedUnits = { units, folded: units.map((u) => fold(`${u.name} ${u.group ?? ''}`)) };
    const folded = this.#foldedUnits.folded;
    const shown = units.filter((u, i) => u.id === state.form.unitId || matches(folded[i], this.unitQuery));
    const groups = [...new Set(shown.map((u) => u.group ?? ''))];
    const option = (u: Unit) => html`<option value=${u.id} ?selected=${u.id === state.form.unitId}>${u.name}</option>`;
    return html`<div class="field">
      <label for="unitId">${this.#label('unit', required)}</label>
      <p class="hint" id="unitId-hint">${t.hints.unit}</p>
      <input
        type="search"
        class="unit-search"
        aria-label=${t.unitSearch}
        aria-controls="unitId"
        .value=${this.unitQuery}
        @input=${(e: Event) => (this.unitQuery = (e.target as HTMLInputElement).value)}
      />
      <p class="hint" aria-live="polite">${shown.length ? t.unitCount(shown.length) : t.noUnit}</p>
      ${this.#select(
        'unit',
        required,
        groups.map((g) =>
          g
            ? html`<optgroup label=${g}>${shown.filter((u) => (u.group ?? '') === g).map(option)}</optgroup>`
            : html`${shown.filter((u) => !u.group).map(option)}`,
        ),
        { size: 6, hint: t.hints.unit },
      )}
    </div>`;
  }

  #placeFields(required: Record<string, boolean | undefined>) {
    const { state } = this.ctx;
    const districts = state.contest!.registration.districts;
    const district = districts.find((d) => d.id === state.form.districtId);
    return html`${'district' in required
      ? html`<div class="field">
          <label for="districtId">${this.#label('district', !!required.district)}</label>
          ${this.#select('district', !!required.district, districts.map((d) => html`<option value=${d.id} ?selected=${d.id === state.form.districtId}>${d.name}</option>`))}
        </div>`
      : nothing}
    ${'commune' in required
      ? html`<div class="field">
          <label for="communeId">${this.#label('commune', !!required.commune)}</label>
          ${this.#select('commune', !!required.commune, (district?.communes ?? []).map((c) => html`<option value=${c.id} ?selected=${c.id === state.form.communeId}>${c.name}</option>`))}
        </div>`
      : nothing}`;
  }

  override render() {
    const { store, state, t } = this.ctx;
    const fields = state.contest!.registration.fields;
    const required = Object.fromEntries(fields.map((f) => [f.name, f.required])) as Partial<Record<RegistrationFieldName, boolean>>;
    const has = (n: RegistrationFieldName) => n in required;
    const errorCount = Object.keys(state.formErrors).length;
    const busy = state.phase === 'starting';
    return html`<form novalidate @submit=${this.#onSubmit} aria-busy=${busy ? 'true' : 'false'}>
      <h2 tabindex="-1">${t.registerHeading}</h2>
      <p class="muted">${t.registerIntro}</p>
      ${state.error ? ErrorNotice(t, state.error, store) : nothing}
      ${errorCount ? html`<p class="notice error" role="alert">${t.formInvalid(errorCount)}</p>` : nothing}
      ${has('fullName') ? this.#input('fullName', !!required.fullName, 'text', { autocomplete: 'name' }) : nothing}
      ${has('birthDate') ? this.#input('birthDate', !!required.birthDate, 'text', { autocomplete: 'bday', inputmode: 'numeric', hint: t.hints.birthDate }) : nothing}
      ${has('gender')
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
        : nothing}
      ${has('citizenId') ? this.#input('citizenId', !!required.citizenId, 'text', { inputmode: 'numeric', hint: t.hints.citizenId }) : nothing}
      ${has('phone') ? this.#input('phone', !!required.phone, 'tel', { autocomplete: 'tel', inputmode: 'tel', hint: t.hints.phone }) : nothing}
      ${has('email') ? this.#input('email', !!required.email, 'email', { autocomplete: 'email' }) : nothing}
      ${has('unit') ? this.#unitField(!!required.unit) : nothing} ${this.#placeFields(required)}
      <div class="field">
        <label class="choice consent">
          <input type="checkbox" id="consent" .checked=${state.form.consent} aria-invalid=${state.formErrors.consent ? 'true' : 'false'} aria-describedby=${this.#describedBy('consent')} @change=${this.#onInput('consent')} />
          <span lang=${this.contentLang}>${state.contest!.registration.consentText}</span>
        </label>
        ${this.#error('consent')}
      </div>
      <label class="choice">
        <input type="checkbox" .checked=${state.sharedDevice} @change=${(e: Event) => store.setSharedDevice((e.target as HTMLInputElement).checked)} />
        <span>${t.sharedDevice}</span>
      </label>
      <label class="choice">
        <input type="checkbox" .checked=${state.rememberDetails} ?disabled=${state.sharedDevice} @change=${(e: Event) => store.setRememberDetails((e.target as HTMLInputElement).checked)} />
        <span>${t.remember}</span>
      </label>
      ${state.rememberedUntil
        ? // The button after the line, not in it: on a phone it wrapped mid-line in the hint's smaller type.
          html`<p class="hint">${t.remembered(formatDateTime(t, state.rememberedUntil))}</p>
            <button type="button" @click=${() => store.forgetDetails()}>${t.forgetDetails}</button>`
        : nothing}
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
