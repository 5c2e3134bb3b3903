import { html } from 'lit';
import type { ContestApi } from '../../api/client.ts';
import { BankResponse, type BankQuestion } from '../../contract/bank.ts';
import type { ResourceController } from '../../controllers/resource.ts';
import type { Messages } from '../../i18n/index.ts';
import { ErrorWithRetry } from '../error-notice.ts';

/** The bank is fetched once per element and shared by the bank and the practice. */
const banks = new WeakMap<ContestApi, Promise<BankResponse>>();

export function bankOf(api: ContestApi): Promise<BankResponse> {
  let bank = banks.get(api);
  if (!bank) {
    bank = api.get('/bank', BankResponse);
    banks.set(api, bank);
    // A failed fetch is not kept: the next try asks again.
    bank.catch(() => banks.delete(api));
  }
  return bank;
}

/** Ask for the bank, unless it is here, on its way, or failed (then only "Thử lại" asks again). */
export function needBank(bank: ResourceController<BankResponse>, api: ContestApi) {
  if (!bank.value && !bank.loading && !bank.error) void bank.load(() => bankOf(api));
}

/** Until the bank is here: that it is loading, or what failed, with "Thử lại". */
export function bankPending(t: Messages, bank: ResourceController<BankResponse>, api: ContestApi) {
  return bank.error
    ? ErrorWithRetry(t, bank.error, () => bank.load(() => bankOf(api)))
    : html`<p role="status">${t.loadingPart}</p>`;
}

/** "A", "B", "C"… for option i. */
export const letter = (i: number) => String.fromCharCode(65 + i);

/** The correct options as the participant sees them: "B. …; D. …". */
export function correctAnswers(q: BankQuestion): string {
  const key = q.correctOptionIds ?? [];
  return q.options
    .map((o, i) => (key.includes(o.id) ? `${letter(i)}. ${o.text}` : ''))
    .filter(Boolean)
    .join('; ');
}
