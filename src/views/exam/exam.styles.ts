import { css } from 'lit';

export const examStyles = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  /* One row, also on a phone: progress (its text may wrap within) beside the clock, its label above the
     time; a warning or the offline notice takes a row of its own. */
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    padding: 0.375em 0.75em;
    margin-bottom: 0.5em;
    background: var(--_bg-soft);
    border-radius: var(--_radius);
    position: sticky;
    top: 0;
    z-index: 1;
    font-size: 0.9em;
    line-height: 1.3;
  }
  .progress {
    flex: 1 1 0;
  }
  .bar .notice,
  .timer .notice {
    flex-basis: 100%;
    margin: 0;
    padding: 0.375em 0.75em;
  }
  /* A native progress bar: no inline style, so it works under a strict style-src. */
  progress {
    display: block;
    width: 100%;
    height: 6px;
    margin-top: 0.25em;
    border: 0;
    border-radius: 3px;
    background: var(--_border);
    color: var(--_primary);
    appearance: none;
  }
  progress::-webkit-progress-bar {
    background: var(--_border);
    border-radius: 3px;
  }
  progress::-webkit-progress-value {
    background: var(--_primary);
    border-radius: 3px;
  }
  progress::-moz-progress-bar {
    background: var(--_primary);
  }
  /* The timer's parts are items of the bar (its host and box are display: contents). */
  ccq-timer,
  .timer {
    display: contents;
  }
  .clock {
    display: flex;
    flex-direction: column;
    align-items: end;
  }
  .time {
    font-size: 1.35em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .warn .time {
    color: var(--_danger);
  }
  .extra {
    flex-basis: 100%;
    color: var(--_muted);
  }
  /* The warning's live region is always there (so it is heard), out of the layout while empty. */
  .timer .notice:empty {
    position: absolute;
    padding: 0;
    border: 0;
  }
  /* Whatever takes focus scrolls clear of the sticky bars (WCAG 2.4.11, focus not obscured). */
  legend,
  input,
  button,
  h3 {
    scroll-margin: 5em 0 5em;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-size: 1.1em;
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25em;
    line-height: 1.35;
  }
  /* The question's number and its flag toggle, on one row. */
  .qhead {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
  }
  .qnum {
    white-space: nowrap;
    font-weight: 600;
    color: var(--_primary);
  }
  .flag {
    min-height: 36px;
    padding: 0.25em 0.625em;
    font-size: 0.9em;
  }
  /* The two marks come from different fonts: a box of their own, so the row keeps its height. */
  .flag::before {
    content: '⚐';
    display: inline-block;
    width: 1.4em;
    height: 1.2em;
    line-height: 1.2em;
    /* Not visible: the box's baseline is then its bottom edge, whatever font draws the mark (a taller
       fallback font for ⚑ made the pressed toggle 6 px taller, and the row moved). */
    overflow: hidden;
    vertical-align: -0.3em;
  }
  .flag[aria-pressed='true']::before {
    content: '⚑';
  }
  .how {
    color: var(--_muted);
    margin: 0 0 0.5em;
  }
  .option {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: 0.5em 0.75em;
    margin-bottom: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    background: var(--_bg);
    line-height: 1.4;
  }
  /* Chosen: a 2 px border in the main colour (6:1 against the page) on a tinted fill, besides the tick. */
  .option:has(:checked) {
    border: 2px solid var(--_primary);
    padding: calc(0.5em - 1px) calc(0.75em - 1px);
    background: color-mix(in srgb, var(--_primary) 10%, var(--_bg));
  }
  .option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.1em 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
  /* Previous and next side by side, held at the bottom of the screen: the thumb finds them in one place on every page. */
  .nav {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.75em;
    margin: 0.75em 0;
    padding: 0.5em 0;
    background: var(--_bg);
    position: sticky;
    bottom: 0;
    z-index: 1;
  }
  .flag[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_primary-text);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(44px, 1fr));
    gap: 0.375em;
    list-style: none;
    padding: 0;
    margin: 0.5em 0;
  }
  .grid button {
    width: 100%;
    padding: 0.25em;
    font-variant-numeric: tabular-nums;
    position: relative;
    color: var(--_text);
    border-color: var(--_border);
  }
  .grid button.answered {
    background: var(--_primary);
    color: var(--_primary-text);
    border-color: var(--_primary);
  }
  /* The flag's corner: dark orange on a white tile, white on an answered (blue) one, both over 5:1. */
  .grid .flagged::after {
    content: '';
    position: absolute;
    top: 2px;
    right: 2px;
    border: 7px solid;
    border-color: #b54708 #b54708 transparent transparent;
  }
  .grid .answered.flagged::after {
    border-color: var(--_primary-text) var(--_primary-text) transparent transparent;
  }
  .grid .wide {
    grid-column: span 3;
  }
  .grid button[aria-current='step'] {
    outline: 2px solid var(--_text);
    outline-offset: 1px;
  }
  .legend {
    font-size: 0.9em;
    color: var(--_muted);
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .grid button.answered {
      border: 3px double ButtonText;
    }
    progress {
      forced-color-adjust: auto;
    }
  }
`;

export const reviewStyles = css`
  .jump {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    padding: 0;
    margin: 0 0 1em;
  }
`;
