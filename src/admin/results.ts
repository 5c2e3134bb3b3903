import { css, html, nothing } from 'lit';
import { formatBirthDate, formatDateTime, formatDuration, formatNumber } from './format.ts';
import { LoadController } from './load.ts';
import { AdminPanel, describeError, saveExport } from './panel.ts';
import { roundSelect } from './round-select.ts';
import type { ResultRow } from './schemas.ts';

/**
 * Kết quả: the ranking of a round (or the whole contest) in the rules' order, with the prizes,
 * and its exports. Admin only: the server refuses a viewer (403), and the dashboard does not
 * offer a viewer the tab; if the server refuses anyway, the refusal is said plainly.
 */
export class AdminResults extends AdminPanel {
  static override styles = [
    ...AdminPanel.styles,
    css`
      p[role='status']:empty {
        margin: 0;
      }
    `,
  ];

  static override properties = { round: { state: true }, status: { state: true } };

  private round = '*';
  private status?: { ok: boolean; message: string };

  #data = new LoadController(this, (signal) => this.ctx.api.results(this.round, signal));

  override connectedCallback() {
    super.connectedCallback();
    void this.#data.run();
  }

  #setRound = (round: string) => {
    this.round = round;
    void this.#data.run();
  };

  async #export(format: 'xlsx' | 'csv') {
    this.status = { ok: true, message: this.t.downloading };
    this.status = await saveExport(this.ctx, `/results.${format}?round=${encodeURIComponent(this.round)}`, `ket-qua.${format}`);
  }

  #contact(r: ResultRow) {
    const t = this.t;
    const parts = [
      r.citizenId ? `${t.citizenId}: ${r.citizenId}` : '',
      r.birthDate ? `${t.birthDate}: ${formatBirthDate(r.birthDate)}` : '',
      r.phone ? `${t.phone}: ${r.phone}` : '',
      r.email ?? '',
    ].filter(Boolean);
    return parts.length ? parts.map((p) => html`<span class="contact">${p}</span><br />`) : '';
  }

  #table(rows: ResultRow[]) {
    const t = this.t;
    const n = (v: number | null | undefined) => (v == null ? '—' : formatNumber(t, v));
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="results-title">
      <table>
        <thead>
          <tr>
            <th scope="col" class="num">${t.rank}</th>
            <th scope="col">${t.prize}</th>
            <th scope="col">${t.fullName}</th>
            <th scope="col">${t.unit}</th>
            <th scope="col" class="num">${t.score}</th>
            <th scope="col" class="num">${t.prediction}</th>
            <th scope="col" class="num">${t.distance}</th>
            <th scope="col" class="num">${t.duration}</th>
            <th scope="col">${t.submittedAt}</th>
            <th scope="col">${t.contact}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr>
              <td class="num">${n(r.rank)}</td>
              <td class="nowrap">${r.prize ?? ''}</td>
              <th scope="row" class="nowrap">${r.fullName}</th>
              <td class="wrap-text">${r.unit}</td>
              <td class="num">${n(r.score)}/${n(r.maxScore)}</td>
              <td class="num">${n(r.prediction)}</td>
              <td class="num">${n(r.predictionDistance)}</td>
              <td class="num">${formatDuration(t, r.durationSeconds)}</td>
              <td class="nowrap">${formatDateTime(r.submittedAt)}</td>
              <td class="nowrap">${this.#contact(r)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const t = this.t;
    const data = this.#data.value;
    const error = this.#data.error;
    return html`<div class="panel-head">
        <h2 tabindex="-1" id="results-title">${t.resultsTitle}</h2>
        ${roundSelect(t, this.ctx.overview, this.round, this.#setRound, 'results-round')}
      </div>
      <div class="buttons">
        <button type="button" @click=${() => this.#export('xlsx')}>${t.exportResultsXlsx}</button>
        <button type="button" @click=${() => this.#export('csv')}>${t.exportResultsCsv}</button>
      </div>
      <p class="muted">${t.personalDataNote}</p>
      <p role="status" class=${this.status && !this.status.ok ? 'notice error' : 'muted'}>${this.status?.message ?? ''}</p>
      ${error ? html`<p class="notice error" role="alert">${describeError(t, error)}</p>` : nothing}
      ${
        data
          ? html`<p>${t.actualPerfect(formatNumber(t, data.actualPerfect))}</p>
            ${
              data.ranked !== undefined && data.ranked > data.rows.length
                ? html`<p class="muted">${t.shownOf(formatNumber(t, data.rows.length), formatNumber(t, data.ranked))}</p>`
                : nothing
            }
            ${data.rows.length ? this.#table(data.rows) : html`<p>${t.noResults}</p>`}`
          : error
            ? nothing
            : html`<p role="status">${t.loading}</p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccqa-results': AdminResults;
  }
}
