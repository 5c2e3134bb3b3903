import { html, nothing } from 'lit';
import type { AttemptQuestion } from '../../contract/schemas.ts';
import { QuizView } from '../base.ts';
import { emit, type InternalEvent } from '../internal-events.ts';
import { examStyles } from './exam.styles.ts';

/**
 * The exam: one question at a time as a real radio or checkbox group, previous/next,
 * flagging, progress, the server-anchored countdown, the numbered navigator, and the
 * prediction question as the last page.
 */
export class ExamView extends QuizView {
  static override styles = [...QuizView.styles, examStyles];

  /** Move focus to the current question's legend (or the prediction's heading). */
  focusQuestion() {
    void this.updateComplete.then(() => {
      const legend = this.renderRoot.querySelector<HTMLElement>('legend');
      // Firefox focuses a <legend> only once it has a layout box (its focus() looks for one
      // without laying out; a legend drawn in this same task has none, and focus went nowhere).
      // Asking for the box lays it out. docs/browsers.md
      if (legend) return (legend.getBoundingClientRect(), legend.focus());
      // The prediction's element may still be on its way (it comes with the late views); by
      // then the participant may have moved on and this one left the page, never upgraded.
      const prediction = this.renderRoot.querySelector('ccq-prediction');
      if (prediction) void customElements.whenDefined('ccq-prediction').then(() => prediction.isConnected && prediction.focusHeading?.());
    });
  }

  /** Turn to a page: the root element does it, and moves focus there once the page is drawn. */
  #go(index: number) {
    emit(this, 'ccq-navigate', index);
  }

  #onChoose(q: AttemptQuestion, e: Event) {
    const form = (e.target as HTMLInputElement).form ?? (e.currentTarget as HTMLElement);
    const chosen = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    void this.ctx.store.answer(q.id, chosen);
  }

  #question(q: AttemptQuestion, n: number, total: number) {
    const { state, t } = this.ctx;
    const chosen = state.answers[q.id] ?? [];
    const type = q.kind === 'single' ? 'radio' : 'checkbox';
    const flagged = state.flagged.includes(q.id);
    // The space between the legend's two spans keeps "Câu 3/5" and the question apart in its
    // accessible name and text: WebKit joined them ("Câu 3/5Câu hỏi…"; docs/browsers.md).
    // The number and the flag share a row; the flag is a toggle whose label never changes (its
    // state is aria-pressed and the filled mark), so nothing moves when it is pressed.
    return html`<div class="qhead">
        <span class="qnum" aria-hidden="true">${t.questionOf(n, total)}</span>
        <button type="button" class="flag" aria-pressed=${flagged} ?disabled=${state.openElsewhere} @click=${() => this.ctx.store.toggleFlag(q.id)}>
          ${t.flag}
        </button>
      </div>
      <fieldset part="question" ?disabled=${state.openElsewhere} @change=${(e: Event) => this.#onChoose(q, e)}>
        <legend tabindex="-1"><span class="sr-only">${t.questionOf(n, total)}</span> <span lang=${this.contentLang}>${q.text}</span></legend>
      <p class="how" id="how-${q.id}">${q.kind === 'single' ? t.chooseOne : t.chooseMany}</p>
      ${q.options.map(
        (o) => html`<label class="option" part="option">
          <input type=${type} name="q-${q.id}" value=${o.id} .checked=${chosen.includes(o.id)} aria-describedby="how-${q.id}" />
          <span lang=${this.contentLang}>${o.text}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  override render() {
    const { store, state, t } = this.ctx;
    const attempt = state.attempt!;
    const total = attempt.questions.length;
    const pages = store.pageCount();
    const answered = attempt.questions.filter((q) => state.answers[q.id]?.length).length;
    const q = attempt.questions[state.index];
    // The prediction (optional: the contract accepts a submission without it) is counted in
    // the progress once its late string is here; the navigator has a tile for it.
    const predict = pages > total && t.predictionProgress;
    return html`
      <div class="bar" part="exam-bar">
        <div class="progress">
          <span>${t.answeredCount(answered, total)}${predict ? predict(state.prediction !== null) : ''}</span>
          <progress aria-hidden="true" .value=${answered + (predict && state.prediction !== null ? 1 : 0)} max=${predict ? pages : total}></progress>
        </div>
        <ccq-timer exportparts="timer,time-warning" .msLeft=${() => store.msLeft()} .t=${t} extraSeconds=${attempt.extraTimeSeconds ?? 0}></ccq-timer>
        ${state.online ? nothing : html`<p class="notice" role="status" part="offline">${t.offline} ${t.clockRuns ?? ''}</p>`}
      </div>
      ${
        q
          ? this.#question(q, state.index + 1, total)
          : // Defined with the late views; until then (their chunk still on its way) it says so.
            html`<ccq-prediction><p class="how">${t.loadingPart}</p></ccq-prediction>`
      }
      <div class="nav">
        <button type="button" ?disabled=${state.index === 0} @click=${() => this.#go(state.index - 1)}>${t.previous}</button>
        ${
          state.index < pages - 1
            ? html`<button type="button" class="primary" @click=${() => this.#go(state.index + 1)}>${t.next}</button>`
            : html`<button type="button" class="primary" @click=${() => store.openReview()}>${t.toReview}</button>`
        }
      </div>
      <ccq-navigator @ccq-navigate=${(e: InternalEvent<'ccq-navigate'>) => this.#go(e.detail)}></ccq-navigator>
      ${state.index < pages - 1 ? html`<div class="actions"><button type="button" @click=${() => store.openReview()}>${t.toReview}</button></div>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-exam': ExamView;
  }
}
