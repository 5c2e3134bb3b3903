import { html, nothing } from 'lit';
import type { EarlyMessages, LateMessages } from '../i18n/index.ts';
import type { QuizStore, UiError } from '../store/store.ts';

/** A failure in plain language: what happened, then what to do. Announced when it appears. */
type Strings = EarlyMessages & Partial<LateMessages>;

/** [what happened, what to do] for a failure code. */
export function failureText(t: Strings, error: UiError): readonly [string, string] {
  const table = { ...t.lateFailure, ...t.failure } as Record<string, readonly [string, string] | undefined>;
  return table[error.code] ?? t.failure.internal;
}

/** A failure that stops the page (nothing else to show), with the one way on: try again. */
export function ErrorWithRetry(t: Strings, error: UiError, retry: () => unknown) {
  return html`${ErrorNotice(t, error, undefined, false)}
    <div class="actions"><button class="primary" @click=${retry}>${t.tryAgain}</button></div>`;
}

export function ErrorNotice(t: Strings, error: UiError, store?: QuizStore, dismissable = true) {
  const [what, todo] = failureText(t, error);
  const waitSeconds = error.retryAt && store?.clock ? Math.ceil((error.retryAt - store.clock.now()) / 1000) : 0;
  return html`<div class="notice error" role="alert" part="error">
    <p><strong>${what}</strong> ${todo}</p>
    ${waitSeconds > 0 ? html`<p>${t.retryIn(waitSeconds)}</p>` : nothing}
    ${dismissable && store
      ? html`<button type="button" @click=${() => store.dismissError()}>${t.dismiss}</button>`
      : nothing}
  </div>`;
}
