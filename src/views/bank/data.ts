import type { ContestApi } from '../../api/client.ts';
import { BankResponse } from '../../contract/bank.ts';

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

/** "A", "B", "C"… for option i. */
export const letter = (i: number) => String.fromCharCode(65 + i);
