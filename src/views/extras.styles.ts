import { css } from 'lit';
import { registerStyles } from './register/register.styles.ts';

/** What the extra sections share: the form fields of registration, link-like buttons, tables. */
export const extraStyles = [
  registerStyles,
  css`
    .field {
      margin: 0;
    }
    .hint {
      margin: 0.25em 0 0;
    }
    button.link {
      border: 0;
      background: none;
      padding: 0.5em 0;
      min-height: 44px;
      min-width: 0;
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      margin: 0 0 1.5em;
    }
    caption {
      text-align: start;
      font-weight: 700;
      font-size: 1.1em;
      margin-bottom: 0.5em;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.5em 0.4em;
      border-bottom: 1px solid var(--_border);
    }
    th {
      font-size: 0.9em;
      color: var(--_muted);
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    /* Figures stay whole; headers wrap ("Số người dự thi" over two lines), or a 360 px phone scrolls sideways. */
    td.num {
      white-space: nowrap;
    }
    .sub {
      display: block;
      white-space: normal;
      font-size: 0.85em;
      color: var(--_muted);
    }
  `,
];
