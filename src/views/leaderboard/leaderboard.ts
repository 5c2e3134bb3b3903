import { css, html, nothing, type PropertyValues } from 'lit';
import { initialState } from '@lit/task';
import { getLeaderboard } from '../../api/extras.ts';
import type { LeaderboardResponse } from '../../contract/bank.ts';
import { ViewTask } from '../../controllers/view-task.ts';
import { pad2 } from '../../core/clock.ts';
import { roundsAt } from '../../core/rounds.ts';
import { formatDateTime, formatNumber } from '../../i18n/index.ts';
import { QuizView } from '../base.ts';
import { ErrorWithRetry } from '../error-notice.ts';
import { extraStyles } from '../extras.styles.ts';

/** "12:05" for 725 seconds. */
const minutes = (s: number) => `${Math.floor(s / 60)}:${pad2(s % 60)}`;

/**
 * Bảng xếp hạng: per round (or the whole contest), the top individuals as the server
 * ranked them by the contest's order, with masked names and their unit; the units by
 * participation; the totals. A name is isolated in <bdi>: one with a right-to-left override
 * (U+202E) cannot reorder the score beside it. The contest server strips such characters;
 * another backend may not.
 */
export class LeaderboardView extends QuizView {
  static override styles = [
    ...QuizView.styles,
    ...extraStyles,
    // Figures take the width they need and the names the rest: at 360 px a unit's name fits in
    // two lines, not three beside a wide "Số người dự thi" column.
    css`
      .num {
        width: 1%;
      }
      th,
      td {
        padding-inline: 0.25em;
      }
    `,
  ];
  static override properties = { round: { state: true } };

  /** The round's board, asked for again when the round changes (a newer request wins) and on "Làm mới". */
  #board = new ViewTask(this, {
    task: ([api, round], { signal }) => (api && round !== undefined ? getLeaderboard(api, round, signal) : initialState),
    args: () => [this.ctx?.api, this.round] as const,
  });
  /** The round shown; '' = the whole contest. Undefined until the contest is known. */
  private round?: string;

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const contest = this.ctx?.state.contest;
    if (contest && this.round === undefined) {
      // The round running now, else the last one that has opened, else the whole contest.
      const now = this.ctx.store.clock?.now() ?? 0;
      const opened = contest.rounds.filter((r) => Date.parse(r.opensAt) <= now);
      this.round = roundsAt(contest.rounds, now).current?.id ?? opened[opened.length - 1]?.id ?? '';
    }
  }

  #load() {
    void this.#board.run();
  }

  #onRound(e: Event) {
    this.round = (e.target as HTMLSelectElement).value;
  }

  #tables(board: LeaderboardResponse) {
    const { t } = this.ctx;
    const n = (x: number) => formatNumber(t, x);
    const rated = board.units.some((u) => u.rate !== undefined);
    if (!board.individuals.length && !board.units.length) return html`<p>${t.noEntries}</p>`;
    // Results announced after the contest: the server lists no individuals until then.
    const later = !board.individuals.length && this.ctx.state.contest?.exam.result === 'after-close';
    return html`${
      later
        ? html`<p class="notice">${t.individualsLater}</p>`
        : html`<table>
        <caption>${t.individuals}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">${t.rank}</th>
            <th scope="col">${t.person}</th>
            <th scope="col" class="num">${t.score}</th>
          </tr>
        </thead>
        <tbody>
          ${board.individuals.map(
            (p) => html`<tr>
              <td class="num">${p.rank}</td>
              <td><bdi>${p.name}</bdi>${p.unit ? html`<span class="sub" lang=${this.contentLang}>${p.unit}</span>` : nothing}</td>
              <td class="num">
                <strong>${n(p.score)}/${n(p.maxScore)}</strong>
                <span class="sub">${t.time(minutes(p.durationSeconds))}</span>
                ${p.predictionDistance !== undefined ? html`<span class="sub">${t.predictionOff(n(p.predictionDistance))}</span>` : nothing}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>`
    }
      <table>
        <caption>${rated ? t.unitsByRate : t.units}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">${t.rank}</th>
            <th scope="col">${t.unit}</th>
            <th scope="col" class="num">${t.participants}</th>
            ${rated ? html`<th scope="col" class="num">${t.rate}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${board.units.map(
            (u) => html`<tr>
              <td class="num">${u.rank}</td>
              <td lang=${this.contentLang}>${u.name}</td>
              <td class="num">${n(u.participants)}</td>
              ${rated ? html`<td class="num">${u.rate === undefined ? '' : `${formatNumber(t, Math.round(u.rate * 1000) / 10)}%`}</td>` : nothing}
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  override render() {
    const { state, t } = this.ctx;
    const contest = state.contest!;
    const b = this.#board;
    const board = b.value;
    return html`<section part="leaderboard">
      <h2 tabindex="-1">${t.leaderboardHeading}</h2>
      ${
        contest.rounds.length
          ? html`<div class="field">
            <label for="round">${t.round}</label>
            <select id="round" @change=${this.#onRound}>
              ${contest.rounds.map((r) => html`<option value=${r.id} ?selected=${r.id === this.round}>${r.name}</option>`)}
              <option value="" ?selected=${this.round === ''}>${t.wholeContest}</option>
            </select>
          </div>`
          : nothing
      }
      <p class="muted">${t.order}</p>
      ${b.failure ? ErrorWithRetry(t, b.failure, () => this.#load()) : nothing}
      ${b.loading ? html`<p role="status">${t.loadingPart}</p>` : nothing}
      ${
        board && !b.loading && !b.failure
          ? html`<p role="status">
              <strong>${t.totals(formatNumber(t, board.totalParticipants), formatNumber(t, board.totalAttempts))}</strong>
              <span class="muted">${t.updatedAt(formatDateTime(t, Date.parse(board.asOf ?? board.serverTime)))}</span>
            </p>
            ${this.#tables(board)}
            <div class="actions"><button type="button" @click=${() => this.#load()}>${t.refresh}</button></div>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-leaderboard': LeaderboardView;
  }
}
