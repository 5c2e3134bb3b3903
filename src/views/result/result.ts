import { css, html, nothing } from 'lit';
import type { QuizContext } from '../../context.ts';
import type { GradedResult } from '../../contract/schemas.ts';
import { countsPerRound } from '../../core/rounds.ts';
import { formatNumber } from '../../i18n/index.ts';
import { RESULT_SHOWN_MS } from '../../store/store.ts';
import { QuizView } from '../base.ts';

/** Proof of participation (issue #14): the panel's chunk loads only for a result that carries a receipt. */
const confirmation = ({ loadConfirmation }: QuizContext) => (
  void loadConfirmation().then((m) => m?.defineConfirmation()),
  html`<ccq-confirmation></ccq-confirmation>`
);

/** The confirmed result: correct answers, score, time, attempt number and attempts left. */
export class ResultView extends QuizView {
  static override styles = [
    ...QuizView.styles,
    css`
      dl {
        margin: 0 0 1em;
      }
      /* Label and value side by side; the value wraps under its label on a narrow screen. */
      dl div {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0 1em;
        margin-bottom: 0.5em;
      }
      dt {
        min-width: min(12em, 100%);
        color: var(--_muted);
      }
      dd {
        margin: 0;
        font-weight: 700;
      }
      .big {
        font-size: 1.5em;
        color: var(--_primary);
      }
      .review li {
        margin-bottom: 0.75em;
      }
      .ok {
        color: var(--_primary);
      }
      .ko {
        color: var(--_danger);
      }
    `,
  ];

  /** Leaves for the rules after RESULT_SHOWN_MS: a result left on a shared computer's screen does not wait there for the next person (#13 F11). */
  #leave?: ReturnType<typeof setTimeout>;

  override connectedCallback() {
    super.connectedCallback();
    this.#leave = setTimeout(() => {
      if (this.ctx.state.phase === 'result') void this.ctx.store.finish();
    }, RESULT_SHOWN_MS);
  }

  override disconnectedCallback() {
    clearTimeout(this.#leave);
    super.disconnectedCallback();
  }

  #review(r: GradedResult) {
    const { state, t } = this.ctx;
    const questions = new Map(state.attempt?.questions.map((q) => [q.id, q]));
    if (!r.review?.length || !questions.size) return nothing;
    const texts = (qid: string, ids: string[]) => ids.map((id) => questions.get(qid)?.options.find((o) => o.id === id)?.text ?? id).join('; ') || t.noAnswer;
    return html`<h3>${t.resultReview}</h3>
      <ol class="review">
        ${r.review.map((item) => {
          const ok = [...item.chosenOptionIds].sort().join() === [...item.correctOptionIds].sort().join();
          return html`<li>
            <p lang=${this.contentLang}>${questions.get(item.questionId)?.text}</p>
            <p class=${ok ? 'ok' : 'ko'}><strong>${ok ? `✓ ${t.reviewRight}` : `✗ ${t.reviewWrong}`}.</strong> ${t.yourAnswer}: ${texts(item.questionId, item.chosenOptionIds)}</p>
            ${ok ? nothing : html`<p>${t.correctAnswer}: ${texts(item.questionId, item.correctOptionIds)}</p>`}
            ${item.explanation ? html`<p class="muted">${item.explanation}</p>` : nothing}
          </li>`;
        })}
      </ol>`;
  }

  override render() {
    const { store, state, t } = this.ctx;
    const r = state.result;
    // The participant moved on (a new attempt): this view is leaving the page.
    if (!r) return nothing;
    const minutes = Math.floor(r.durationSeconds / 60);
    const open = state.contest && store.clock && store.clock.now() < Date.parse(state.contest.closesAt);
    const canRetry = open && (r.attemptsLeft === null || r.attemptsLeft > 0);
    // Attempts counted per round: say that the count is this round's.
    const perRound = !!state.contest && countsPerRound(state.contest);
    return html`<section part="result">
      <h2 tabindex="-1">${t.resultHeading}</h2>
      ${state.submittedBy === 'time-up' ? html`<p class="notice">${t.timeUp}</p>` : nothing}
      ${r.receipt ? confirmation(this.ctx) : nothing}
      <dl>
        ${
          r.status === 'graded'
            ? html`<div><dt>${t.resultCorrect}</dt><dd class="big">${r.correctCount}/${r.questionCount}</dd></div>
              <div><dt>${t.resultScore}</dt><dd>${formatNumber(t, r.score)}/${formatNumber(t, r.maxScore)}</dd></div>`
            : nothing
        }
        <div><dt>${t.resultTime}</dt><dd>${t.duration(minutes, r.durationSeconds % 60)}</dd></div>
        <div><dt>${t.resultAttempt}</dt><dd>${r.number}</dd></div>
      </dl>
      ${r.status === 'announced-later' ? html`<p class="notice">${t.resultLater}</p>` : nothing}
      <p>${r.attemptsLeft !== null && perRound ? t.attemptsLeft(r.attemptsLeft, true) : t.resultAttemptsLeft(r.attemptsLeft)}</p>
      ${r.status === 'graded' ? this.#review(r) : nothing}
      <div class="actions">
        <button type="button" class=${canRetry ? 'primary' : ''} @click=${() => store.finish()}>${canRetry ? t.again : t.toRules}</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-result': ResultView;
  }
}
