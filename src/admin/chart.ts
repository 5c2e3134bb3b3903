/**
 * One chart of the dashboard, drawn by Chartist, with its text alternative and its data table.
 *
 * Why Chartist (1.x, maintained, MIT): it draws SVG, not canvas, so its axis labels are real
 * text that zooms with the page, its colours come from this element's CSS (contrast is ours to
 * keep, forced-colours mode can repaint it) and it adds 10.5 KB gzip to the admin bundle for
 * bars and lines together. Measured the same way (esbuild, minified, gzip -9): uPlot 1.6 23.7 KB
 * (canvas), Chart.js 4 tree-shaken to bar + line 57.4 KB (canvas), Observable Plot 0.6 89.4 KB.
 * No library makes a chart accessible on its own: the figure's caption and summary say what
 * it shows, the drawing is one `role="img"` labelled by that summary, and the numbers are in a
 * table under "Xem dạng bảng".
 */
import { ContextConsumer } from '@lit/context';
import { AutoScaleAxis, BarChart, FixedScaleAxis, LineChart, type BarChartOptions, type LineChartOptions } from 'chartist';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { tokens } from '../styles/shared.ts';
import { routeChartistStylesThroughCssom } from './chartist-csp.ts';
import { adminContext } from './context.ts';
import { adminStyles } from './styles.ts';

export interface ChartSeries {
  name: string;
  values: number[];
}

let nextId = 0;
/** A value axis's label box ends at its grid line; half a line lower centres the text on it. */
const LABEL_ON_LINE = { x: 0, y: 7 };

/**
 * @summary A chart (line, bars or horizontal bars) with a text alternative and a table view.
 */
export class AdminChart extends LitElement {
  static override styles = [
    tokens,
    adminStyles,
    css`
      figure {
        margin: 0;
      }
      h3 {
        margin-bottom: 0.25em;
      }
      .summary {
        color: var(--_muted);
        font-size: 0.9375em;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1.25em;
        list-style: none;
        margin: 0 0 0.25em;
        padding: 0;
        font-size: 0.875em;
      }
      .legend li::before {
        content: '';
        display: inline-block;
        width: 1.75em;
        height: 0;
        margin-inline-end: 0.4em;
        vertical-align: middle;
        border-top: 4px solid var(--_series-a);
      }
      .legend li.b::before {
        border-top: 4px dashed var(--_series-b);
      }
      .plot {
        position: relative;
        width: 100%;
      }
      .plot svg {
        display: block;
        width: 100%;
      }
      /* Chartist's own inline styles go through the CSSOM (chartist-csp.ts); this one is set here as well. */
      foreignObject {
        overflow: visible;
      }
      .ct-label {
        color: var(--_muted);
        fill: var(--_muted);
        font-size: 0.75rem;
        line-height: 1.15;
        display: flex;
      }
      .ct-label.ct-horizontal.ct-end {
        align-items: flex-start;
        justify-content: center;
        text-align: center;
        white-space: nowrap;
      }
      /* Labels of a line's points and of a value axis are centred on their tick, not after it. */
      .line .ct-label.ct-horizontal,
      .hbar .ct-label.ct-horizontal {
        transform: translateX(-50%);
      }
      .ct-label.ct-vertical.ct-start {
        align-items: flex-end;
        justify-content: flex-end;
        text-align: end;
        padding-inline-end: 6px;
      }
      .hbar .ct-label.ct-vertical.ct-start {
        align-items: center;
        white-space: normal;
        overflow: hidden;
      }
      /* Long unit names: at most three lines in the chart, in full in the table. */
      .hbar .ct-label.ct-vertical span,
      .hbar .ct-label.ct-vertical {
        overflow-wrap: anywhere;
      }
      .ct-grid {
        stroke: #d5dbe3;
        stroke-width: 1px;
        stroke-dasharray: 2px;
      }
      .ct-line {
        fill: none;
        stroke-width: 3px;
      }
      .ct-point {
        stroke-width: 8px;
        stroke-linecap: round;
      }
      .ct-bar {
        fill: none;
        stroke-width: var(--bar-width, 12px);
      }
      .ct-series-a .ct-line,
      .ct-series-a .ct-point,
      .ct-series-a .ct-bar {
        stroke: var(--_series-a);
      }
      .ct-series-b .ct-line,
      .ct-series-b .ct-point,
      .ct-series-b .ct-bar {
        stroke: var(--_series-b);
      }
      /* A second series differs by its pattern too, not by colour alone: dashes, segments. */
      .ct-series-b .ct-line {
        stroke-dasharray: 8 5;
      }
      .ct-series-b .ct-bar {
        stroke-dasharray: 10 2;
      }
      details {
        margin-top: 0.5em;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
        color: var(--_primary);
        min-height: 24px;
        padding: 0.25em 0;
      }
      details .table-wrap {
        margin-top: 0.5em;
        max-height: 24em;
        overflow-y: auto;
      }
      @media (forced-colors: active) {
        .ct-series-a .ct-line,
        .ct-series-a .ct-point,
        .ct-series-a .ct-bar {
          stroke: CanvasText;
        }
        .ct-series-b .ct-line,
        .ct-series-b .ct-point,
        .ct-series-b .ct-bar {
          stroke: Highlight;
        }
        .ct-grid {
          stroke: GrayText;
        }
        .ct-label {
          color: CanvasText;
        }
      }
    `,
  ];

  static override properties = {
    kind: {},
    heading: {},
    summary: {},
    categoryHeader: { attribute: 'category-header' },
    labels: { attribute: false },
    series: { attribute: false },
    format: { attribute: false },
    max: { type: Number },
  };

  #context = new ContextConsumer(this, { context: adminContext, subscribe: true });

  /** `line`, `bar` or `hbar` (horizontal bars, for long category names such as units). */
  kind: 'line' | 'bar' | 'hbar' = 'bar';
  /** The chart's title. */
  heading = '';
  /** The text alternative: what the chart shows, in one or two sentences. */
  summary = '';
  /** Heading of the table's first column (the categories). */
  categoryHeader = '';
  /** One label per category (day, round, score, unit). */
  labels: string[] = [];
  /** One or two series of values, one value per label. */
  series: ChartSeries[] = [];
  /** How a value is written (axis and table). */
  format: (n: number) => string = String;
  /** Upper end of the value axis, when the values have a natural one (a rate: 1). */
  max?: number;

  #chart?: BarChart | LineChart;
  #resize?: ResizeObserver;
  #width = 0;
  readonly #id = `ccqa-chart-${++nextId}`;

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.#chart?.detach();
    this.#chart = undefined;
  }

  protected override firstUpdated() {
    // Chartist follows only the window's resize; the panel can change width on its own.
    this.#resize = new ResizeObserver(() => {
      const width = this.#plot()?.clientWidth ?? 0;
      if (width && Math.abs(width - this.#width) > 8) this.#draw();
    });
    this.#resize.observe(this.#plot()!);
  }

  protected override updated(changed: PropertyValues<this>) {
    if (['kind', 'labels', 'series', 'format', 'max'].some((k) => changed.has(k as keyof AdminChart))) this.#draw();
  }

  #plot() {
    return this.renderRoot.querySelector<HTMLElement>('.plot');
  }

  #draw() {
    routeChartistStylesThroughCssom();
    const plot = this.#plot();
    if (!plot || !this.labels.length) return;
    const width = (this.#width = plot.clientWidth || 600);
    const n = this.labels.length;
    const perCategory = (width - 70) / n;
    // Bars fill about 60 % of their slot (split between the series), between 4 and 40 px.
    const bar = Math.max(4, Math.min(40, (perCategory * 0.6) / this.series.length));
    plot.style.setProperty('--bar-width', `${Math.round(this.kind === 'hbar' ? 18 : bar)}px`);
    const step = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(width / 70))));
    const everyNth = (label: unknown, i: number) => (i % step === 0 ? String(label) : null);
    const value = (v: unknown) => this.format(Number(v));
    // Room for the longest value label ("1.000.000"), about 7 px a character at 0.75 rem.
    const top = Math.max(0, ...this.series.flatMap((s) => s.values));
    const valueRoom = Math.max(40, value(top * 1.25).length * 7 + 14);
    const data = { labels: this.labels, series: this.series.map((s) => s.values) };
    this.#chart?.detach();
    if (this.kind === 'line') {
      const options: LineChartOptions = {
        height: 260,
        fullWidth: true,
        low: 0,
        chartPadding: { top: 16, right: 24, bottom: 4, left: 8 },
        lineSmooth: false,
        // Points only where they do not run into each other.
        showPoint: perCategory >= 16,
        axisX: { showGrid: false, labelInterpolationFnc: everyNth },
        axisY: { onlyInteger: true, offset: valueRoom, labelOffset: LABEL_ON_LINE, labelInterpolationFnc: value },
      };
      this.#chart = new LineChart(plot, data, options);
    } else {
      const horizontal = this.kind === 'hbar';
      // Unit names need room: on a phone almost half the width and three lines a bar.
      const narrow = width < 600;
      const labelRoom = Math.round(narrow ? width * 0.44 : Math.min(260, width * 0.3));
      // A rate's axis (a given maximum) has fixed steps: 0 %, 25 %… 100 % (halves past 200 %).
      const rateTop = this.max === undefined ? 0 : Math.ceil(this.max * 4) / 4;
      const stepSize = rateTop > 2 ? 0.5 : 0.25;
      const ticks = Array.from({ length: Math.ceil(rateTop / stepSize) + 1 }, (_, i) => i * stepSize);
      const options: BarChartOptions = horizontal
        ? {
            height: n * (narrow ? 46 : 30) + 40,
            horizontalBars: true,
            reverseData: true,
            chartPadding: { top: 8, right: 28, bottom: 4, left: 4 },
            axisY: { offset: labelRoom, showGrid: false },
            axisX: rateTop
              ? { type: FixedScaleAxis, low: 0, high: ticks[ticks.length - 1], ticks, labelInterpolationFnc: value }
              : { type: AutoScaleAxis, low: 0, onlyInteger: true, scaleMinSpace: 80, labelInterpolationFnc: value },
          }
        : {
            height: 260,
            low: 0,
            high: this.max,
            seriesBarDistance: Math.min(24, bar + 2),
            chartPadding: { top: 16, right: 16, bottom: 4, left: 8 },
            axisX: { showGrid: false, labelInterpolationFnc: everyNth },
            axisY: { onlyInteger: true, offset: valueRoom, labelOffset: LABEL_ON_LINE, labelInterpolationFnc: value },
          };
      this.#chart = new BarChart(plot, data, options);
    }
  }

  override render() {
    const t = this.#context.value?.t;
    const id = this.#id;
    return html`<figure>
      <figcaption>
        <h3>${this.heading}</h3>
        <p class="summary" id="${id}-summary">${this.summary}</p>
      </figcaption>
      ${
        this.series.length > 1
          ? html`<ul class="legend" aria-hidden="true">
            ${this.series.map((s, i) => html`<li class=${i ? 'b' : 'a'}>${s.name}</li>`)}
          </ul>`
          : nothing
      }
      <div class="plot ${this.kind}" role="img" aria-labelledby="${id}-summary"></div>
      <details>
        <summary>${t?.showTable}<span class="visually-hidden">: ${this.heading}</span></summary>
        <div class="table-wrap" tabindex="0" role="region" aria-label=${this.heading}>
          <table>
            <caption class="visually-hidden">${this.heading}</caption>
            <thead>
              <tr>
                <th scope="col">${this.categoryHeader}</th>
                ${this.series.map((s) => html`<th scope="col" class="num">${s.name}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${this.labels.map(
                (label, i) => html`<tr>
                  <th scope="row">${label}</th>
                  ${this.series.map((s) => html`<td class="num">${this.format(s.values[i] ?? 0)}</td>`)}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccqa-chart': AdminChart;
  }
}
