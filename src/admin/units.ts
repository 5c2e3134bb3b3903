import { css, html, nothing } from 'lit';
import { formatDateTime, formatNumber, formatRate } from './format.ts';
import { LoadController } from './load.ts';
import { AdminPanel, describeError, saveExport } from './panel.ts';
import { roundSelect } from './round-select.ts';
import type { ParticipationRow } from './schemas.ts';

type SortKey = 'rank' | 'unit' | 'staff' | 'participants' | 'attempts' | 'perfect' | 'rate';

/** How many units the chart shows; the table below lists every unit. */
const CHART_UNITS = 15;

/**
 * Đơn vị: participation by unit for the whole contest or one round: a bar chart of the units
 * in front and a table of every unit, sortable by each column, ranked by participation rate
 * as the rules' collective prize says. Aggregates only: a viewer sees it too.
 */
export class AdminUnits extends AdminPanel {
  static override styles = [
    ...AdminPanel.styles,
    css`
      th button {
        all: unset;
        cursor: pointer;
        display: inline-flex;
        align-items: center;
        gap: 0.3em;
        min-height: 24px;
        font-weight: 700;
      }
      th button:focus-visible {
        outline: var(--_focus);
        outline-offset: 2px;
      }
      p[role='status']:empty {
        margin: 0;
      }
      th .arrow {
        display: inline-block;
        width: 1em;
        color: var(--_primary);
      }
    `,
  ];

  static override properties = {
    round: { state: true },
    sortKey: { state: true },
    ascending: { state: true },
    status: { state: true },
  };

  private round = '*';
  private sortKey: SortKey = 'rank';
  private ascending = true;
  private status?: { ok: boolean; message: string };

  #data = new LoadController(this, (signal) => this.ctx.api.participation(this.round, signal));

  override connectedCallback() {
    super.connectedCallback();
    void this.#data.run();
  }

  #setRound = (round: string) => {
    this.round = round;
    void this.#data.run();
  };

  #sort(key: SortKey) {
    // A new column starts in its natural order: names A→Z, ranks 1→n, numbers largest first.
    if (this.sortKey === key) this.ascending = !this.ascending;
    else {
      this.sortKey = key;
      this.ascending = key === 'unit' || key === 'rank';
    }
  }

  #sorted(rows: ParticipationRow[]): ParticipationRow[] {
    const key = this.sortKey;
    const dir = this.ascending ? 1 : -1;
    const collator = new Intl.Collator(this.t.locale);
    // Missing values (no staff count, so no rate) always go last.
    return [...rows].sort((a, b) => {
      if (key === 'unit') return dir * collator.compare(a.unit, b.unit);
      const x = a[key] ?? null;
      const y = b[key] ?? null;
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return dir * (x - y) || collator.compare(a.unit, b.unit);
    });
  }

  async #export() {
    this.status = { ok: true, message: this.t.downloading };
    this.status = await saveExport(this.ctx, `/participation.xlsx?round=${encodeURIComponent(this.round)}`, 'tham-gia-theo-don-vi.xlsx');
  }

  #chart(rows: ParticipationRow[]) {
    const t = this.t;
    const byRate = rows.some((r) => r.rate != null);
    const top = byRate
      ? rows.filter((r) => r.rate != null).sort((a, b) => b.rate! - a.rate! || b.participants - a.participants)
      : [...rows].sort((a, b) => b.participants - a.participants);
    const shown = top.slice(0, CHART_UNITS);
    const first = shown[0];
    if (!first) return nothing;
    const rate = (v: number) => formatRate(t, v);
    const n = (v: number) => formatNumber(t, v);
    return html`<div class="card">
      <ccqa-chart
        kind="hbar"
        .heading=${byRate ? t.unitsChartTitle(shown.length) : t.unitsChartByPeople(shown.length)}
        .summary=${byRate ? t.unitsChartSummary(shown.length, first.unit, rate(first.rate!)) : t.unitsChartByPeopleSummary(shown.length, first.unit, n(first.participants))}
        .categoryHeader=${t.unit}
        .labels=${shown.map((r) => r.unit)}
        .series=${[byRate ? { name: t.rate, values: shown.map((r) => r.rate!) } : { name: t.participants, values: shown.map((r) => r.participants) }]}
        .format=${byRate ? rate : n}
        .max=${byRate ? Math.max(1, ...shown.map((r) => r.rate!)) : undefined}
      ></ccqa-chart>
    </div>`;
  }

  #header(key: SortKey, label: string, numeric = true) {
    const active = this.sortKey === key;
    const sort = active ? (this.ascending ? 'ascending' : 'descending') : 'none';
    return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${sort}>
      <button type="button" @click=${() => this.#sort(key)} aria-label=${active ? nothing : this.t.sortBy(label)}>
        ${label}<span class="arrow" aria-hidden="true">${active ? (this.ascending ? '▲' : '▼') : ''}</span>
      </button>
    </th>`;
  }

  #table(rows: ParticipationRow[]) {
    const t = this.t;
    const n = (v: number | null | undefined) => (v == null ? '—' : formatNumber(t, v));
    return html`<section class="card" aria-labelledby="units-table-title">
      <h3 id="units-table-title">${t.unitsTableTitle}</h3>
      <p class="muted">${t.unitsTableHint}</p>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="units-table-title">
        <table>
          <thead>
            <tr>
              ${this.#header('rank', t.rank)} ${this.#header('unit', t.unit, false)} ${this.#header('staff', t.staff)}
              ${this.#header('participants', t.participants)} ${this.#header('attempts', t.attempts)} ${this.#header('perfect', t.perfect)}
              ${this.#header('rate', t.rate)}
            </tr>
          </thead>
          <tbody>
            ${this.#sorted(rows).map(
              (r) => html`<tr>
                <td class="num">${n(r.rank)}</td>
                <th scope="row" class="wrap-text">${r.unit}</th>
                <td class="num">${n(r.staff)}</td>
                <td class="num">${n(r.participants)}</td>
                <td class="num">${n(r.attempts)}</td>
                <td class="num">${n(r.perfect)}</td>
                <td class="num">${r.rate == null ? '—' : formatRate(t, r.rate)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  override render() {
    const t = this.t;
    const data = this.#data.value;
    return html`<div class="panel-head">
        <h2 tabindex="-1">${t.unitsTitle}</h2>
        ${roundSelect(t, this.ctx.overview, this.round, this.#setRound, 'units-round')}
      </div>
      <div class="buttons">
        <button type="button" @click=${this.#export}>${t.exportParticipation}</button>
      </div>
      <p role="status" class=${this.status && !this.status.ok ? 'notice error' : 'muted'}>${this.status?.message ?? ''}</p>
      ${this.#data.error ? html`<p class="notice error" role="alert">${describeError(t, this.#data.error)}</p>` : nothing}
      ${
        data
          ? html`<p class="muted">${t.figuresAt(formatDateTime(data.asOf))}</p>
            ${data.rows.length ? html`${this.#chart(data.rows)} ${this.#table(data.rows)}` : html`<p>${t.noData}</p>`}`
          : this.#data.error
            ? nothing
            : html`<p role="status">${t.loading}</p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccqa-units': AdminUnits;
  }
}
