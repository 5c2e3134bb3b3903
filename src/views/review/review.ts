import { html, nothing } from 'lit';
import { formatNumber } from '../../i18n/index.ts';
import { QuizView } from '../base.ts';
import { emit } from '../internal-events.ts';
import { examStyles, reviewStyles } from '../exam/exam.styles.ts';

/**
 * The last stop before submitting: what is unanswered or flagged (each a link back to the
 * question), the prediction, and the final confirmation.
 */
export class ReviewView extends QuizView {
  static override styles = [...QuizView.styles, examStyles, reviewStyles];

  #jump(index: number) {
    emit(this, 'ccq-navigate', index);
  }

  #list(label: string, indexes: number[]) {
    const { t } = this.ctx;
    if (!indexes.length) return nothing;
    return html`<p>${label}</p>
      <ul class="jump">
        ${indexes.map((i) => html`<li><button type="button" @click=${() => this.#jump(i)}>${t.questionLabel(i + 1)}</button></li>`)}
      </ul>`;
  }

  override render() {
    const { store, state, t } = this.ctx;
    const attempt = state.attempt!;
    const qs = attempt.questions;
    const unanswered = qs.flatMap((q, i) => (state.answers[q.id]?.length ? [] : [i]));
    const flagged = qs.flatMap((q, i) => (state.flagged.includes(q.id) ? [i] : []));
    const p = state.contest!.exam.prediction;
    return html`<section part="review">
      <div class="bar">
        <span>${t.answeredCount(qs.length - unanswered.length, qs.length)}</span>
        <ccq-timer exportparts="timer,time-warning" .msLeft=${() => store.msLeft()} .t=${t} extraSeconds=${attempt.extraTimeSeconds ?? 0}></ccq-timer>
      </div>
      <h2 tabindex="-1">${t.reviewHeading}</h2>
      <p>${t.reviewAnswered(qs.length - unanswered.length, qs.length)}</p>
      ${unanswered.length ? this.#list(t.reviewUnanswered, unanswered) : html`<p>${t.reviewAllAnswered}</p>`}
      ${this.#list(t.reviewFlagged, flagged)}
      ${
        p
          ? html`<p>
            ${state.prediction === null ? t.reviewNoPrediction : t.reviewPrediction(`${formatNumber(t, state.prediction)} ${p.unit ?? ''}`.trim())}
            ${state.prediction === null ? html`<button type="button" @click=${() => this.#jump(qs.length)}>${t.predictionHeading}</button>` : nothing}
          </p>`
          : nothing
      }
      <p class="notice">${t.reviewWarning}</p>
      <div class="actions">
        <button type="button" @click=${() => this.#jump(state.index)}>${t.backToExam}</button>
        <button type="button" class="primary" part="submit-button" ?disabled=${state.openElsewhere} @click=${() => store.confirmSubmit()}>${t.submit}</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-review': ReviewView;
  }
}
