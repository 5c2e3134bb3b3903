import { css } from 'lit';

// `.field .error` is a field's own message, not a notice (`notice error`: the form's count of errors, an
// ErrorNotice), which keeps the notice's margin and dark text; with `.error` alone an ErrorNotice's contact
// block was all red and bold, and a notice touched the field under it. Also used by the identity view's fields.
export const registerStyles = css`
  form {
    max-width: 40em;
  }
  .field {
    margin: 0 0 0.75em;
    border: 0;
    padding: 0;
    min-width: 0;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
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
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Two fields side by side where both fit: citizen id and phone even on a 360 px phone (#14). */
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .row > * {
    flex: 1 1 14em;
  }
  .pair {
    gap: 0 0.75em;
  }
  .pair > * {
    flex-basis: 8em;
    display: flex;
    flex-direction: column;
  }
  .pair input {
    margin-top: auto;
  }
  [role='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: 16em;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [role='option'] {
    padding: 0.6em 0.75em;
    cursor: pointer;
    border-top: 1px solid var(--_bg-soft);
  }
  [role='option']:hover,
  [role='option'].active {
    background: var(--_primary);
    color: var(--_primary-text);
  }
  /* Seen, not read: aria-selected says it (and the option's name stays its unit's name). */
  [aria-selected='true']::before {
    content: '✓ ' / '';
  }
  /* Held at the bottom of the list however far it scrolls. */
  .other {
    font-weight: 600;
    border-top: 2px solid var(--_border);
    position: sticky;
    bottom: 0;
    background: var(--_bg);
  }
  .group {
    padding: 0.5em 0.75em 0.1em;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  .hint.chosen {
    color: var(--_success);
    font-weight: 600;
    margin-top: 0.25em;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
    border-width: 2px !important;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0 0 0.25em;
  }
  .field .error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0.25em 0 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    font-weight: 400;
    min-height: 44px;
    padding: 0.5em 0;
    cursor: pointer;
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
`;
