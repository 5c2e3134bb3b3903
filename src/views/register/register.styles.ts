import { css } from 'lit';

export const registerStyles = css`
  form {
    max-width: 40rem;
  }
  .field {
    margin: 0 0 1rem;
    border: 0;
    padding: 0;
    min-width: 0;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
    padding: 0;
  }
  input:not([type='radio'], [type='checkbox']),
  select {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  select[size] {
    min-height: 9rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
    border-width: 2px !important;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9rem;
    margin: 0 0 0.25rem;
  }
  .unit-search {
    margin-bottom: 0.25rem;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0.25rem 0 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    font-weight: 400;
    min-height: 44px;
    padding: 0.5rem 0;
    cursor: pointer;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
`;
