import { css } from 'lit';

export const landingStyles = css`
  .status {
    margin-bottom: 1rem;
    background: var(--_bg-soft);
  }
  .countdown strong {
    display: block;
    font-size: 1.75rem;
    font-variant-numeric: tabular-nums;
    color: var(--_primary);
  }
  .facts p {
    margin-bottom: 0.5rem;
  }
  .rules {
    margin-top: 1.5rem;
    border-top: 1px solid var(--_border);
    padding-top: 1rem;
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
    padding: 0.25rem 0.5rem;
  }
  #rules a[href] {
    color: var(--_primary);
  }
`;
