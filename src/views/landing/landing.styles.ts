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
  .facts .actions {
    margin: 0.75em 0 1em;
  }
  /* The rules are long and mostly below the fold on a phone: the browser lays them out
     when they scroll into view, not before the start button can show (about 100 ms of a
     4×-slowed phone's first frame). They stay in the accessibility tree and in find-in-page. */
  .rules {
    content-visibility: auto;
    contain-intrinsic-size: auto 1500px;
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
