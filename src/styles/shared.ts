import { css } from 'lit';

/**
 * Design tokens and the few shared rules every view uses. Every token has a default, so
 * the element looks right with no host CSS; a host themes it through `--ccq-*`.
 */
export const tokens = css`
  :host {
    --_primary: var(--ccq-color-primary, #0b5cad);
    --_primary-text: var(--ccq-color-on-primary, #fff);
    --_text: var(--ccq-color-text, #1b2430);
    --_muted: var(--ccq-color-muted, #4a5565);
    --_bg: var(--ccq-color-surface, #fff);
    --_bg-soft: var(--ccq-color-surface-soft, #f3f6fa);
    /* 3.6:1 on white, 3.3:1 on the soft surface: option and field borders are non-text contrast (WCAG 1.4.11). */
    --_border: var(--ccq-color-border, #7d8896);
    --_danger: var(--ccq-color-danger, #b42318);
    --_success: var(--ccq-color-success, #146c2e);
    --_warning-bg: var(--ccq-color-warning-surface, #fff4d6);
    --_focus: var(--ccq-focus-ring, 3px solid #f5a524);
    --_radius: var(--ccq-radius, 8px);
    --_font: var(--ccq-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    display: block;
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3 {
    line-height: 1.3;
    margin: 0 0 0.75em;
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.1em;
  }
  p {
    margin: 0 0 0.75em;
  }
  [hidden] {
    display: none !important;
  }
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_primary);
    background: var(--_bg);
    color: var(--_primary);
    cursor: pointer;
    font-weight: 600;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_primary-text);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button:hover:not(:disabled) {
    filter: brightness(0.95);
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  h2:focus,
  legend:focus {
    outline: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: 1.25em;
  }
  .muted {
    color: var(--_muted);
  }
  .notice {
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin: 0 0 1em;
    background: var(--_warning-bg);
    border-inline-start: 4px solid #b54708;
  }
  .notice.error {
    background: #fdecea;
    border-color: var(--_danger);
  }
  .card {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1em;
  }
  @media (forced-colors: active) {
    button.primary {
      border: 2px solid ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
