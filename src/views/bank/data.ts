import { initialState } from '@lit/task';
import { html, type ReactiveControllerHost } from 'lit';
import type { ContestApi } from '../../api/client.ts';
import { getBank } from '../../api/extras.ts';
import type { BankQuestion, BankResponse } from '../../contract/bank.ts';
import { ViewTask } from '../../controllers/view-task.ts';
import type { Messages } from '../../i18n/index.ts';
import { ErrorWithRetry } from '../error-notice.ts';

export type BankTask = ViewTask<readonly [ContestApi | undefined], BankResponse>;

/** The bank for a view (the bank, the practice), asked for once `api()` (the view's context) is there; api/extras.ts caches it. */
export const bankTask = (view: ReactiveControllerHost, api: () => ContestApi | undefined): BankTask =>
  new ViewTask(view, { task: ([a]: readonly [ContestApi | undefined]) => (a ? getBank(a) : initialState), args: () => [api()] as const });

/** Until the bank is here: that it is loading, or what failed, with "Thử lại". */
export function bankPending(t: Messages, bank: BankTask) {
  const failure = bank.failure;
  return failure ? ErrorWithRetry(t, failure, () => bank.run()) : html`<p role="status">${t.loadingPart}</p>`;
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
