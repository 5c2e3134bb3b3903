/**
 * The extra sections' calls (Bộ đề thi, Thi thử, Bảng xếp hạng), with typed results validated by the
 * contract's schemas (contract/bank.ts, which ships only in the extras chunk), and the one cache they
 * have: the bank, fetched once per client (one per element) and shared by the bank and the practice.
 */
import { BankResponse, LeaderboardResponse } from '../contract/bank.ts';
import type { ContestApi } from './client.ts';

/** Keyed by the client, so the bank lives as long as the element's client does; a failed fetch is not kept. */
const banks = new WeakMap<ContestApi, Promise<BankResponse>>();

/** `GET /bank`, once per client. Shared by two views, so one view leaving does not abort it. */
export function getBank(api: ContestApi): Promise<BankResponse> {
  let bank = banks.get(api);
  if (!bank) {
    bank = api.get('/bank', BankResponse);
    banks.set(api, bank);
    // The next try asks again.
    bank.catch(() => banks.delete(api));
  }
  return bank;
}

/** `GET /leaderboard` of a round ('': the whole contest), asked for again each time (it changes). */
export function getLeaderboard(api: ContestApi, round: string, signal?: AbortSignal): Promise<LeaderboardResponse> {
  return api.get(round ? `/leaderboard?round=${encodeURIComponent(round)}` : '/leaderboard', LeaderboardResponse, signal);
}
