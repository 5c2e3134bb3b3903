import { css } from 'lit';

export const landingStyles = css`
  .status {
    margin-bottom: 1em;
    background: var(--_bg-soft);
  }
  .countdown strong {
    display: block;
    font-size: 1.75em;
    font-variant-numeric: tabular-nums;
    color: var(--_primary);
  }
  .facts p {
    margin-bottom: 0.5em;
  }
  .rules {
    margin-top: 1.5em;
    border-top: 1px solid var(--_border);
    padding-top: 1em;
  }
  #rules {
    overflow-wrap: anywhere;
  }
  #rules table {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
  }
  #rules td,
  #rules th {
    border: 1px solid var(--_border);
    padding: 0.25em 0.5em;
  }
  #rules a[href] {
    color: var(--_primary);
  }
`;
