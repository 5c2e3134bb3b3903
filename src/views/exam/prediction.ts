import { css, html, nothing } from 'lit';
import { formatNumber } from '../../i18n/index.ts';
import { QuizView } from '../base.ts';
import { examStyles } from './exam.styles.ts';

/**
 * The prediction question, the exam's last page: a whole number within the contest's
 * bounds, saved as soon as it is valid. It loads with the late views (after the first
 * question is on screen), so it costs nothing before the first question.
 */
export class PredictionView extends QuizView {
  static override styles = [
    ...QuizView.styles,
    examStyles,
    css`
      /* Under its label, as the registration form's fields are. */
      input {
        display: block;
        margin-top: 0.25em;
        font: inherit;
        font-size: 1.25em;
        width: 100%;
        max-width: 16em;
        min-height: 44px;
        padding: 0.5em 0.75em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
    `,
  ];
  static override properties = { text: { state: true } };

  /** The field's text while it is not a valid number yet. */
  private text?: string;

  override focusHeading() {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h3')?.focus());
  }

  #onInput(e: Event) {
    const { store, state } = this.ctx;
    const { min, max } = state.contest!.exam.prediction!;
    const typed = (e.target as HTMLInputElement).value;
    const raw = typed.trim().replace(/[.,\s]/g, '');
    const value = Number(raw);
    if (raw === '') {
      this.text = undefined;
      void store.setPrediction(null);
    } else if (/^\d+$/.test(raw) && value >= min && value <= max) {
      this.text = undefined;
      void store.setPrediction(value);
    } else this.text = typed;
  }

  override render() {
    const { state, t } = this.ctx;
    const p = state.contest!.exam.prediction!;
    const invalid = this.text !== undefined;
    // "2.000.000", not "2000000": bounds are read by people, digits grouped as they write them.
    const [min, max] = [formatNumber(t, p.min), formatNumber(t, p.max)];
    return html`<section part="question" aria-labelledby="prediction-heading">
      <h3 id="prediction-heading" tabindex="-1">${t.predictionHeading}</h3>
      <p lang=${this.contentLang}>${p.prompt}</p>
      <label for="prediction">${t.predictionLabel(min, max, p.unit ?? '')}</label>
      <input
        id="prediction"
        inputmode="numeric"
        autocomplete="off"
        ?disabled=${state.openElsewhere}
        .value=${this.text ?? (state.prediction === null ? '' : String(state.prediction))}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? 'prediction-error' : nothing}
        @input=${this.#onInput}
      />
      ${invalid ? html`<p class="error" id="prediction-error" role="alert">${t.predictionInvalid(min, max)}</p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-prediction': PredictionView;
  }
}
