import { html, nothing } from 'lit';
import { QuizView } from '../base.ts';
import { emit } from '../internal-events.ts';
import { examStyles } from './exam.styles.ts';

/**
 * The numbered question list: which are answered, flagged, and current. Each number is
 * a button whose accessible name says its state. Fires `ccq-navigate` with the index.
 *
 * @fires ccq-navigate - CustomEvent<number>: the page index chosen.
 */
export class NavigatorView extends QuizView {
  static override styles = [...QuizView.styles, examStyles];

  override render() {
    const { state, t } = this.ctx;
    const questions = state.attempt!.questions;
    const pick = (i: number) => emit(this, 'ccq-navigate', i);
    // The prediction's tile, with its late strings (they arrive just after the first question).
    const n = questions.length;
    const onPrediction = state.index === n && state.phase === 'exam';
    const predict = state.contest!.exam.prediction && t.navPrediction;
    return html`<nav aria-label=${t.navigator} part="navigator">
      <h3>${t.navigator}</h3>
      <ol class="grid">
        ${questions.map((q, i) => {
          const answered = !!state.answers[q.id]?.length;
          const flagged = state.flagged.includes(q.id);
          const current = i === state.index && state.phase === 'exam';
          return html`<li>
            <button
              type="button"
              class="${answered ? 'answered' : ''} ${flagged ? 'flagged' : ''}"
              aria-current=${current ? 'step' : 'false'}
              aria-label=${t.navItem(i + 1, answered, flagged, current)}
              @click=${() => pick(i)}
            >
              ${i + 1}
            </button>
          </li>`;
        })}
        ${
          predict
            ? html`<li class="wide">
              <button
                type="button"
                class=${state.prediction !== null ? 'answered' : ''}
                aria-current=${onPrediction ? 'step' : 'false'}
                aria-label=${predict(state.prediction !== null, onPrediction)}
                @click=${() => pick(n)}
              >
                ${t.predictionTile}
              </button>
            </li>`
            : nothing
        }
      </ol>
      <p class="legend" aria-hidden="true">
        <span>■ ${t.legendAnswered}</span><span>◥ ${t.legendFlagged}</span>${predict ? html`<span>${t.predictionOptional}</span>` : nothing}
      </p>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-navigator': NavigatorView;
  }
}
