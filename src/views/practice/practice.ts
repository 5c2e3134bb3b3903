import { css, html, nothing, type PropertyValues } from 'lit';
import type { BankQuestion, BankResponse } from '../../contract/bank.ts';
import { byId } from '../../core/by-id.ts';
import { drawPractice, isRight } from '../../core/practice.ts';
import { QuizView } from '../base.ts';
import { examStyles } from '../exam/exam.styles.ts';
import { extraStyles } from '../extras.styles.ts';
import { bankPending, bankTask, correctAnswers, letter } from '../bank/data.ts';

interface Run {
  questions: BankQuestion[];
  index: number;
  chosen: Record<string, string[]>;
  /** Questions whose answer was checked (only when the answers are published). */
  checked: Record<string, boolean>;
  done: boolean;
}

const COUNTS = [5, 10, 20, 30];

/**
 * Thi thử: questions drawn from the published bank, answered one at a time and checked in
 * the browser when the organiser published the answers; a practice score at the end. It
 * is marked as practice on every screen, never sent to the server, never counted.
 */
export class PracticeView extends QuizView {
  static override styles = [
    ...QuizView.styles,
    examStyles,
    ...extraStyles,
    css`
      .badge {
        border: 2px dashed #b54708;
        background: var(--_warning-bg);
        border-radius: var(--_radius);
        padding: 0.5em 0.75em;
        font-weight: 700;
      }
      .setup {
        display: flex;
        flex-wrap: wrap;
        gap: 1em;
        align-items: flex-end;
      }
      .setup .field {
        flex: 1 1 10em;
      }
      .option.right:has(input) {
        border: 2px solid var(--_success);
        padding: calc(0.75em - 1px);
      }
      .option.wrong:has(input) {
        border: 2px solid var(--_danger);
        padding: calc(0.75em - 1px);
      }
      .mark {
        display: block;
        font-weight: 700;
      }
      .right .mark {
        color: var(--_success);
      }
      .wrong .mark {
        color: var(--_danger);
      }
      .feedback:empty {
        display: none;
      }
      /* The verdict in colour; the explanation below it in the text's own colour. */
      .feedback.ok p:first-child {
        color: var(--_success);
        font-weight: 700;
      }
      .feedback.ko p:first-child {
        color: var(--_danger);
        font-weight: 700;
      }
    `,
  ];
  static override properties = {
    questionIds: { attribute: false },
    run: { state: true },
    count: { state: true },
    topic: { state: true },
  };

  /** Questions to practise right away (from the bank's "Thi thử câu này"). */
  questionIds?: string[];

  #bank = bankTask(this, () => this.ctx?.api);
  private run?: Run;
  private count = 10;
  private topic = '';
  /** The ids last started from, so the same request is not started twice. */
  #startedIds?: string[];

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const b = this.#bank;
    if (b.value && this.questionIds && this.questionIds !== this.#startedIds) {
      this.#startedIds = this.questionIds;
      const ids = this.questionIds;
      this.#begin(b.value.questions.filter((q) => ids.includes(q.id)));
    }
  }

  #begin(questions: BankQuestion[]) {
    this.run = { questions, index: 0, chosen: byId(), checked: byId(), done: false };
    this.#focus('legend');
  }

  /** Opening the section lands on the question when a practice run is on screen, else on the heading. */
  override focusHeading() {
    this.#focus(this.run && !this.run.done ? 'legend' : 'h2');
  }

  #focus(selector: string) {
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      // Laid out first: Firefox focuses a <legend> only once it has a layout box (see exam.ts).
      target?.getBoundingClientRect();
      target?.focus();
    });
  }

  #start(e: Event) {
    e.preventDefault();
    this.#begin(drawPractice(this.#bank.value!.questions, this.count, this.topic));
  }

  #update(patch: Partial<Run>) {
    this.run = { ...this.run!, ...patch };
  }

  #onChoose(q: BankQuestion, e: Event) {
    const form = e.currentTarget as HTMLElement;
    const chosen = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    this.#update({ chosen: byId(this.run!.chosen, { [q.id]: chosen }) });
  }

  /** Check the answer; focus moves on to the button that continues, below the verdict it just announced. */
  #check(run: Run, q: BankQuestion) {
    this.#update({ checked: byId(run.checked, { [q.id]: true }) });
    this.#focus('.nav button.primary');
  }

  #next() {
    const run = this.run!;
    if (run.index + 1 >= run.questions.length) {
      this.#update({ done: true });
      this.#focus('h3');
    } else {
      this.#update({ index: run.index + 1 });
      this.#focus('legend');
    }
  }

  #question(run: Run, published: boolean) {
    const t = this.ctx.t;
    const q = run.questions[run.index];
    // #next marks the run done instead of moving past its last question; a run that did is over.
    if (!q) return this.#result(run, published);
    const chosen = run.chosen[q.id] ?? [];
    const checked = run.checked[q.id];
    const key = q.correctOptionIds ?? [];
    const right = checked ? isRight(q, chosen) : undefined;
    const last = run.index + 1 >= run.questions.length;
    return html`<fieldset ?disabled=${checked} @change=${(e: Event) => this.#onChoose(q, e)}>
        <legend tabindex="-1"><span class="qnum">${t.practiceOf(run.index + 1, run.questions.length)}</span><span lang=${this.contentLang}>${q.text}</span></legend>
        <p class="how">${q.kind === 'single' ? t.chooseOne : t.chooseMany}</p>
        ${q.options.map((o, i) => {
          const isKey = checked && key.includes(o.id);
          const mistaken = checked && !key.includes(o.id) && chosen.includes(o.id);
          return html`<label class="option ${isKey ? 'right' : mistaken ? 'wrong' : ''}">
            <input type=${q.kind === 'single' ? 'radio' : 'checkbox'} name="p-${q.id}" value=${o.id} .checked=${chosen.includes(o.id)} />
            <span
              ><span lang=${this.contentLang}>${letter(i)}. ${o.text}</span>
              ${isKey ? html`<span class="mark">✓ ${t.rightOption}</span>` : nothing}
              ${mistaken ? html`<span class="mark">✗ ${t.chosenMark}</span>` : nothing}</span
            >
          </label>`;
        })}
      </fieldset>
      <div role="status" class="feedback ${right === true ? 'ok' : right === false ? 'ko' : ''}">${
        checked
          ? html`<p>${right ? t.right : t.wrong} ${right ? nothing : html`${t.correctAnswer} <span lang=${this.contentLang}>${correctAnswers(q)}</span>`}</p>
              ${q.explanation ? html`<p><strong>${t.explanation}</strong> <span lang=${this.contentLang}>${q.explanation}</span></p>` : nothing}
            ${q.source ? html`<p class="source"><strong>${t.source}</strong> <span lang=${this.contentLang}>${q.source}</span></p>` : nothing}`
          : nothing
      }</div>
      <div class="nav">
        <button type="button" @click=${() => this.#update({ done: true })}>${t.practiceStop}</button>
        ${
          published && !checked
            ? html`<button type="button" class="primary" ?disabled=${!chosen.length} @click=${() => this.#check(run, q)}>
              ${t.check}
            </button>`
            : html`<button type="button" class="primary" @click=${() => this.#next()}>${last ? t.practiceFinish : t.practiceNext}</button>`
        }
      </div>`;
  }

  #result(run: Run, published: boolean) {
    const t = this.ctx.t;
    const answered = run.questions.filter((q) => run.chosen[q.id]?.length).length;
    const right = run.questions.filter((q) => isRight(q, run.chosen[q.id] ?? [])).length;
    return html`<div class="card" part="result">
      <h3 tabindex="-1">${published ? t.practiceScore(right, run.questions.length) : t.practiceUngraded(answered, run.questions.length)}</h3>
      <div class="actions">
        <button type="button" class="primary" @click=${() => (this.run = undefined)}>${t.practiceAgain}</button>
      </div>
    </div>`;
  }

  #setup(bank: BankResponse) {
    const t = this.ctx.t;
    return html`<p>${t.practiceIntro}</p>
      ${bank.answersPublished ? nothing : html`<p class="notice">${t.answersNotPublished}</p>`}
      <form class="setup" @submit=${this.#start}>
        <div class="field">
          <label for="count">${t.practiceCount}</label>
          <select id="count" @change=${(e: Event) => (this.count = Number((e.target as HTMLSelectElement).value))}>
            ${COUNTS.map((n) => html`<option value=${n} ?selected=${n === this.count}>${n}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="ptopic">${t.topic}</label>
          <select id="ptopic" @change=${(e: Event) => (this.topic = (e.target as HTMLSelectElement).value)}>
            <option value="">${t.allTopics}</option>
            ${bank.topics.map((x) => html`<option value=${x.id} ?selected=${x.id === this.topic}>${x.name}</option>`)}
          </select>
        </div>
        <button class="primary">${t.practiceStart}</button>
      </form>`;
  }

  override render() {
    const { t } = this.ctx;
    const b = this.#bank;
    const run = this.run;
    let body;
    if (!b.value) body = bankPending(t, b);
    else if (!run) body = this.#setup(b.value);
    else if (run.done) body = this.#result(run, b.value.answersPublished);
    else body = this.#question(run, b.value.answersPublished);
    return html`<section part="practice">
      <h2 tabindex="-1">${t.practiceHeading}</h2>
      <p class="badge">${t.practiceBadge}</p>
      ${body}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-practice': PracticeView;
  }
}
