import { css, html, nothing, type PropertyValues } from 'lit';
import { formatDateTime, formatDay, formatNumber } from './format.ts';
import { AdminPanel } from './panel.ts';
import type { Overview } from './schemas.ts';

/**
 * Tổng quan: the live totals (refreshed by the dashboard every 30 s), attempts per day and per
 * round, and the score distribution. New totals are announced in a polite live region.
 */
export class AdminOverview extends AdminPanel {
  static override styles = [
    ...AdminPanel.styles,
    css`
      .totals {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
        gap: 0.75em;
        margin: 0 0 0.5em;
      }
      .totals div {
        background: var(--_bg-soft);
        border-radius: var(--_radius);
        padding: 0.75em 1em;
        border-inline-start: 4px solid var(--_primary);
      }
      .totals dt {
        color: var(--_muted);
        font-size: 0.9375em;
      }
      .totals dd {
        margin: 0;
        font-size: 1.6em;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 30em), 1fr));
        gap: 1.25em;
        margin-top: 1.25em;
      }
      .charts .wide {
        grid-column: 1 / -1;
      }
    `,
  ];

  static override properties = { announcement: { state: true } };

  /** What the live region says: set only when the totals changed after a refresh. */
  private announcement = '';
  #shown?: Overview['totals'];

  protected override willUpdate(_changed: PropertyValues<this>) {
    const totals = this.ctx.overview?.totals;
    if (!totals) return;
    const before = this.#shown;
    this.#shown = totals;
    if (before && (before.participants !== totals.participants || before.attempts !== totals.attempts || before.perfect !== totals.perfect)) {
      const n = (v: number) => formatNumber(this.t, v);
      this.announcement = this.t.totalsChanged(n(totals.participants), n(totals.attempts), n(totals.perfect));
    }
  }

  #perDay(o: Overview) {
    const t = this.t;
    const n = (v: number) => formatNumber(t, v);
    if (!o.perDay.length) return nothing;
    const peak = o.perDay.reduce((a, b) => (b.attempts > a.attempts ? b : a));
    const total = o.perDay.reduce((s, d) => s + d.attempts, 0);
    return html`<div class="card wide">
      <ccqa-chart
        kind="line"
        .heading=${t.perDayTitle}
        .summary=${t.perDaySummary(o.perDay.length, n(total), n(peak.attempts), formatDay(peak.day))}
        .categoryHeader=${t.day}
        .labels=${o.perDay.map((d) => formatDay(d.day).slice(0, 5))}
        .series=${[
          { name: t.attempts, values: o.perDay.map((d) => d.attempts) },
          { name: t.participants, values: o.perDay.map((d) => d.participants) },
        ]}
        .format=${n}
      ></ccqa-chart>
    </div>`;
  }

  #perRound(o: Overview) {
    const t = this.t;
    const n = (v: number) => formatNumber(t, v);
    if (!o.perRound.length) return nothing;
    return html`<div class="card">
      <ccqa-chart
        kind="bar"
        .heading=${t.perRoundTitle}
        .summary=${t.perRoundSummary(o.perRound.length, o.perRound.map((r) => t.perRoundPart(r.title, n(r.attempts))).join(' '))}
        .categoryHeader=${t.round}
        .labels=${o.perRound.map((r) => r.title)}
        .series=${[
          { name: t.attempts, values: o.perRound.map((r) => r.attempts) },
          { name: t.participants, values: o.perRound.map((r) => r.participants) },
        ]}
        .format=${n}
      ></ccqa-chart>
    </div>`;
  }

  #scores(o: Overview) {
    const t = this.t;
    const n = (v: number) => formatNumber(t, v);
    const rows = [...o.scoreDistribution].sort((a, b) => a.score - b.score);
    if (!rows.length) return nothing;
    const common = rows.reduce((a, b) => (b.count > a.count ? b : a));
    const total = rows.reduce((s, r) => s + r.count, 0);
    return html`<div class="card">
      <ccqa-chart
        kind="bar"
        .heading=${t.scoreTitle}
        .summary=${t.scoreSummary(n(total), n(common.score), n(common.count))}
        .categoryHeader=${t.score}
        .labels=${rows.map((r) => n(r.score))}
        .series=${[{ name: t.papers, values: rows.map((r) => r.count) }]}
        .format=${n}
      ></ccqa-chart>
    </div>`;
  }

  override render() {
    const { t, overview: o, overviewError, paused, refreshSeconds } = this.ctx;
    const n = (v: number) => formatNumber(t, v);
    return html`<h2 tabindex="-1">${t.tabOverview}</h2>
      ${overviewError ? html`<p class="notice error" role="alert">${overviewError}</p>` : nothing}
      ${
        o
          ? html`<p>${t.contestPeriod(formatDateTime(o.contest.opensAt), formatDateTime(o.contest.closesAt))}</p>
            <section aria-labelledby="totals-title">
              <h3 id="totals-title" class="visually-hidden">${t.totalsTitle}</h3>
              <dl class="totals">
                <div><dt>${t.participants}</dt><dd>${n(o.totals.participants)}</dd></div>
                <div><dt>${t.attempts}</dt><dd>${n(o.totals.attempts)}</dd></div>
                <div><dt>${t.perfect}</dt><dd>${n(o.totals.perfect)}</dd></div>
              </dl>
              <p class="muted">${t.asOf(formatDateTime(o.asOf), refreshSeconds)} ${paused ? t.paused : nothing}</p>
            </section>
            ${
              o.totals.attempts
                ? html`<div class="charts">${this.#perDay(o)} ${this.#perRound(o)} ${this.#scores(o)}</div>`
                : html`<p class="notice">${t.noAttemptsYet}</p>`
            }`
          : overviewError
            ? nothing
            : html`<p role="status">${t.loading}</p>`
      }
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccqa-overview': AdminOverview;
  }
}
