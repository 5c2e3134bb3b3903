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
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    padding: 0.5em 0.75em;
    margin-bottom: 1em;
    background: var(--_bg-soft);
    border-radius: var(--_radius);
    position: sticky;
    top: 0;
    z-index: 1;
  }
  .progress {
    flex: 1 1 10em;
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
  .timer {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
  }
  .timer .time {
    font-size: 1.4em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .timer.warn .time {
    color: var(--_danger);
  }
  .timer .extra {
    flex-basis: 100%;
    font-size: 0.85em;
    color: var(--_muted);
  }
  /* Whatever takes focus scrolls clear of the sticky bar (WCAG 2.4.11, focus not obscured). */
  legend,
  input,
  button,
  h3 {
    scroll-margin-top: 7em;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-size: 1.15em;
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.5em;
    line-height: 1.4;
  }
  .qnum {
    display: block;
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_primary);
  }
  .how {
    color: var(--_muted);
    margin: 0 0 0.75em;
  }
  .option {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: 0.75em;
    margin-bottom: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    background: var(--_bg);
  }
  .option:has(input:checked) {
    border-color: var(--_primary);
    border-width: 2px;
    padding: calc(0.75em - 1px);
    background: var(--_bg-soft);
  }
  .option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.1em 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.75em;
    margin: 1em 0;
  }
  .nav .grow {
    flex: 1 1 auto;
  }
  button[aria-pressed='true'] {
    background: var(--_warning-bg);
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
  .grid button.flagged::after {
    content: '';
    position: absolute;
    top: 2px;
    right: 2px;
    border: 6px solid #b54708;
    border-bottom-color: transparent;
    border-left-color: transparent;
  }
  .grid button[aria-current='step'] {
    outline: 2px solid var(--_text);
    outline-offset: 1px;
  }
  .legend {
    font-size: 0.9em;
    color: var(--_muted);
    display: flex;
    gap: 1em;
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
