import { css, html, nothing, type PropertyValues } from 'lit';
import type { BankQuestion, BankResponse } from '../../contract/bank.ts';
import { buildSearchIndex, type SearchIndex } from '../../core/search.ts';
import { formatNumber } from '../../i18n/index.ts';
import { QuizView } from '../base.ts';
import { extraStyles } from '../extras.styles.ts';
import { emit } from '../internal-events.ts';
import { bankPending, bankTask, correctAnswers, letter } from './data.ts';

const PAGE_SIZE = 20;

/**
 * Bộ đề thi: the published question bank, searchable without diacritics, filterable by
 * topic, a page at a time (rendering 20 questions costs the same at 200 or 20,000), with
 * the answers and explanations only when the organiser published them.
 */
export class BankView extends QuizView {
  static override styles = [
    ...QuizView.styles,
    ...extraStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em 1em;
        margin-bottom: 0.5em;
      }
      .filters .search {
        flex: 3 1 14em;
      }
      .filters .topic {
        flex: 1 1 10em;
      }
      .questions {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .questions > li {
        border-top: 1px solid var(--_border);
        padding: 1em 0;
        /* Off-screen questions skip layout and paint: a keystroke re-lays out only what is visible. */
        content-visibility: auto;
        contain-intrinsic-size: auto 16em;
      }
      .meta {
        color: var(--_muted);
        font-size: 0.9em;
        margin: 0 0 0.25em;
      }
      .meta strong {
        color: var(--_primary);
      }
      .text {
        font-weight: 600;
      }
      .options {
        list-style: none;
        padding: 0;
        margin: 0 0 0.5em;
      }
      .options li {
        margin: 0 0 0.25em;
      }
      details {
        margin: 0.5em 0;
      }
      summary {
        cursor: pointer;
        color: var(--_primary);
        font-weight: 600;
        min-height: 24px;
      }
      details p {
        margin: 0.5em 0 0;
      }
      .pages {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.75em;
        margin-top: 1em;
      }
    `,
  ];

  static override properties = { query: { state: true }, topic: { state: true }, page: { state: true } };

  #bank = bankTask(this, () => this.ctx?.api);
  private query = '';
  private topic = '';
  private page = 0;

  #index?: SearchIndex;
  #indexed?: BankResponse;
  #topics = new Map<string, string>();
  /** The last search, kept so a redraw for another reason does not search again. */
  #last?: { query: string; topic: string; hits: number[] };

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const b = this.#bank;
    if (b.value && b.value !== this.#indexed) {
      const bank = (this.#indexed = b.value);
      this.#index = undefined;
      this.#topics = new Map(bank.topics.map((t) => [t.id, t.name]));
      this.#last = undefined;
      // The first page needs no index (an empty search matches everything). The index is built
      // in short slices while the participant reads it, so typing is never blocked meanwhile.
      // One searchable text per question: the question, its options and its topic.
      this.searchReady = buildSearchIndex(
        bank.questions.map((q) => [q.text, ...q.options.map((o) => o.text), this.#topics.get(q.topicId) ?? ''].join('\n')),
      ).then((index) => {
        if (bank !== this.#indexed) return;
        this.#index = index;
        this.#last = undefined;
        this.requestUpdate();
      });
    }
  }

  /** Resolves when the search index of the current bank is built (the benchmark waits for it). */
  searchReady: Promise<void> = new Promise(() => {});

  /** The matching questions; undefined while the index is still being built for a non-empty search. */
  #hits(bank: BankResponse): number[] | undefined {
    const { query, topic } = this;
    if (this.#last?.query === query && this.#last.topic === topic) return this.#last.hits;
    if (query.trim() && !this.#index) return undefined;
    let hits = query.trim() ? this.#index!.search(query) : bank.questions.map((_, i) => i);
    // Hits are positions in bank.questions: the index was built over them (willUpdate), or they are all of them.
    if (topic) hits = hits.filter((i) => bank.questions[i]?.topicId === topic);
    this.#last = { query, topic, hits };
    return hits;
  }

  #onSearch(e: Event) {
    this.query = (e.target as HTMLInputElement).value;
    this.page = 0;
  }

  #onTopic(e: Event) {
    this.topic = (e.target as HTMLSelectElement).value;
    this.page = 0;
  }

  #goPage(page: number) {
    this.page = page;
    void this.updateComplete.then(() => {
      const count = this.renderRoot.querySelector<HTMLElement>('.count');
      count?.focus();
      count?.scrollIntoView({ block: 'start' });
    });
  }

  #question(q: BankQuestion, n: number, published: boolean) {
    const t = this.ctx.t;
    const key = q.correctOptionIds ?? [];
    return html`<li>
      <p class="meta"><strong>${t.questionNumber(n)}</strong> · <span lang=${this.contentLang}>${this.#topics.get(q.topicId) ?? ''}</span></p>
      <p class="text" lang=${this.contentLang}>${q.text}</p>
      ${q.kind === 'multiple' ? html`<p class="muted">${t.severalCorrect}</p>` : nothing}
      <ul class="options" lang=${this.contentLang}>
        ${q.options.map((o, i) => html`<li>${letter(i)}. ${o.text}</li>`)}
      </ul>
      ${
        published && key.length
          ? html`<details>
            <summary>${t.showAnswer}</summary>
            <p><strong>${t.correctAnswer}</strong> <span lang=${this.contentLang}>${correctAnswers(q)}</span></p>
            ${q.explanation ? html`<p><strong>${t.explanation}</strong> <span lang=${this.contentLang}>${q.explanation}</span></p>` : nothing}
            ${q.source ? html`<p class="source"><strong>${t.source}</strong> <span lang=${this.contentLang}>${q.source}</span></p>` : nothing}
          </details>`
          : nothing
      }
      ${
        this.ctx.state.contest?.features.practice
          ? html`<button type="button" class="link" @click=${() => this.#practise(q.id)}>${t.practiseThis}</button>`
          : nothing
      }
    </li>`;
  }

  #practise(id: string) {
    emit(this, 'ccq-practise', [id]);
  }

  override render() {
    const { t } = this.ctx;
    const b = this.#bank;
    // The heading stays the same element whatever comes below it, so focus on it survives the data arriving.
    return html`<section part="bank">
      <h2 tabindex="-1">${t.bankHeading}</h2>
      ${b.value ? this.#list(b.value) : bankPending(t, b)}
    </section>`;
  }

  #list(bank: BankResponse) {
    const { t } = this.ctx;
    const found = this.#hits(bank);
    const hits = found ?? [];
    const pages = Math.max(1, Math.ceil(hits.length / PAGE_SIZE));
    const page = Math.min(this.page, pages - 1);
    const shown = hits.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    const total = formatNumber(t, bank.questions.length);
    return html`<p>${t.bankIntro(total)}</p>
      ${bank.answersPublished ? nothing : html`<p class="notice">${t.answersNotPublished}</p>`}
      <div class="filters" role="search">
        <div class="field search">
          <label for="q">${t.bankSearch}</label>
          <input id="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="q-hint" .value=${this.query} @input=${this.#onSearch} />
          <p class="hint" id="q-hint">${t.bankSearchHint}</p>
        </div>
        <div class="field topic">
          <label for="topic">${t.topic}</label>
          <select id="topic" .value=${this.topic} @change=${this.#onTopic}>
            <option value="">${t.allTopics}</option>
            ${bank.topics.map((x) => html`<option value=${x.id} ?selected=${x.id === this.topic}>${x.name}</option>`)}
          </select>
        </div>
      </div>
      <p class="count" role="status" tabindex="-1">${found ? t.bankCount(formatNumber(t, hits.length), total) : t.searching}</p>
      ${hits.length || !found ? nothing : html`<p>${t.bankNone}</p>`}
      <ol class="questions">
        ${shown.map((i) => {
          const q = bank.questions[i];
          return q && this.#question(q, i + 1, bank.answersPublished);
        })}
      </ol>
      ${
        pages > 1
          ? html`<nav class="pages" aria-label=${t.pagination}>
            <button type="button" ?disabled=${page === 0} @click=${() => this.#goPage(page - 1)}>${t.previousPage}</button>
            <span>${t.pageOf(page + 1, pages)}</span>
            <button type="button" ?disabled=${page >= pages - 1} @click=${() => this.#goPage(page + 1)}>${t.nextPage}</button>
          </nav>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-bank': BankView;
  }
}
