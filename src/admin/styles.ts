import { css } from 'lit';

/**
 * The dashboard's shared rules, on top of the participant element's tokens (src/styles/shared.ts),
 * so a portal that themes `--ccq-*` themes both. Chart colours keep at least 3:1 against the
 * surface (WCAG 1.4.11): #0b5cad 6.7:1, #b54708 5.4:1 (5.0:1 on the soft surface), the axis
 * text #4a5565 7.6:1. The two series are told apart by their pattern too (dashed line,
 * segmented bar), not by colour alone (WCAG 1.4.1).
 */
export const adminStyles = css`
  :host {
    --_series-a: var(--ccq-chart-1, #0b5cad);
    --_series-b: var(--ccq-chart-2, #b54708);
    --_danger-bg: #fdecea;
    --_success-bg: #e7f4ea;
  }
  a {
    color: var(--_primary);
  }
  .panel-head {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-bottom: 1em;
  }
  .panel-head h2 {
    margin: 0;
  }
  label {
    font-weight: 600;
  }
  select,
  input:not([type='checkbox']) {
    font: inherit;
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid #6b7684;
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    max-width: 100%;
  }
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    margin: 0;
    flex: none;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
  }
  .inline-field {
    display: flex;
    align-items: center;
    gap: 0.5em;
    flex-wrap: wrap;
  }
  .check {
    display: flex;
    gap: 0.6em;
    align-items: center;
    font-weight: 600;
    margin: 0.75em 0;
  }
  .notice.success {
    background: var(--_success-bg);
    border-color: var(--_success);
  }
  section + section,
  .card + .card {
    margin-top: 1.25em;
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-width: 100%;
  }
  .table-wrap:focus-visible {
    outline: var(--_focus);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9375em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.5em 0.75em;
  }
  th,
  td {
    padding: 0.45em 0.75em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_bg-soft);
    white-space: nowrap;
  }
  tbody tr:last-child > * {
    border-bottom: none;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  th.num {
    text-align: end;
  }
  .nowrap {
    white-space: nowrap;
  }
  .wrap-text {
    min-width: 12em;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-bottom: 0.75em;
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: #fff;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
