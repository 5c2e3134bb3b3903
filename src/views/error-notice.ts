import { html, nothing } from 'lit';
import type { EarlyMessages, LateMessages } from '../i18n/index.ts';
import type { ContestDocument } from '../contract/schemas.ts';
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

/**
 * Failures the participant can get past alone (fix the form, wait, reconnect, come back
 * later). Every other one also says whom to contact (#14: a contact for every dead end).
 */
const SELF_SERVICE = new Set<string>([
  'contest_not_open',
  'contest_closed',
  'attempts_exhausted',
  'invalid_participant',
  'rate_limited',
  'idempotency_in_progress',
  'already_submitted',
  'captcha_required',
  'network',
  'timeout',
  'storage',
]);

/**
 * The contest's contact (hotline, email, address), or a line saying to contact the organisers
 * when the contest document gives none. Text only in links with fixed schemes (tel:, mailto:).
 */
export function Contact(t: Strings, contact: ContestDocument['contact']) {
  if (!contact || !(contact.hotline || contact.email || contact.address)) return html`<p>${t.contactOrganisers}</p>`;
  const { hotline, email, address } = contact;
  return html`<p part="contact">
    ${t.contactHeading}
    ${hotline ? html`<br />${t.contactHotline}: <a href="tel:${hotline.replace(/[^\d+]/g, '')}">${hotline}</a>` : nothing}
    ${email ? html`<br />${t.contactEmail}: <a href="mailto:${encodeURI(email)}">${email}</a>` : nothing}
    ${address ? html`<br />${t.contactAddress}: ${address}` : nothing}
  </p>`;
}

/** "Đăng nhập", linked to the contest's login page in the same tab; the schema lets only https: or a path of this site through. */
const loginLink = (t: Strings, auth: ContestDocument['auth']) => (auth?.loginUrl ? html` <a href=${auth.loginUrl}>${t.login}</a>` : nothing);

/**
 * That the contest needs a login (#14), said before the form is filled (the landing page and the
 * form's top): the contract tells only that one is needed, not whether this participant has one.
 */
export const LoginNeeded = (t: Strings, auth: ContestDocument['auth']) =>
  auth?.required ? html`<p class="notice" part="login">${t.loginNeeded(auth.provider)}${loginLink(t, auth)}</p>` : nothing;

export function ErrorNotice(t: Strings, error: UiError, store?: QuizStore, dismissable = true) {
  const [what, todo] = failureText(t, error);
  const waitSeconds = error.retryAt && store?.clock ? Math.ceil((error.retryAt - store.clock.now()) / 1000) : 0;
  return html`<div class="notice error" role="alert" part="error">
    <p><strong>${what}</strong> ${todo}${error.code === 'unauthorized' ? loginLink(t, store?.state.contest?.auth) : nothing}</p>
    ${waitSeconds > 0 ? html`<p>${t.retryIn(waitSeconds)}</p>` : nothing}
    ${SELF_SERVICE.has(error.code) ? nothing : Contact(t, store?.state.contest?.contact)}
    ${dismissable && store ? html`<button type="button" @click=${() => store.dismissError()}>${t.dismiss}</button>` : nothing}
  </div>`;
}
