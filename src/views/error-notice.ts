import { html, nothing } from 'lit';
import type { EarlyMessages, LateMessages } from '../i18n/index.ts';
import type { QuizStore, UiError } from '../store/store.ts';

/** A failure in plain language: what happened, then what to do. Announced when it appears. */
export function ErrorNotice(t: EarlyMessages & Partial<LateMessages>, error: UiError, store?: QuizStore, dismissable = true) {
  type Pair = readonly [string, string];
  const table = { ...t.lateFailure, ...t.failure } as Record<string, Pair | undefined>;
  const [what, todo] = table[error.code] ?? t.failure.internal;
  const waitSeconds = error.retryAt && store?.clock ? Math.ceil((error.retryAt - store.clock.now()) / 1000) : 0;
  return html`<div class="notice error" role="alert" part="error">
    <p><strong>${what}</strong> ${todo}</p>
    ${waitSeconds > 0 ? html`<p>${t.retryIn(waitSeconds)}</p>` : nothing}
    ${dismissable && store
      ? html`<button type="button" @click=${() => store.dismissError()}>${t.dismiss}</button>`
      : nothing}
  </div>`;
}
