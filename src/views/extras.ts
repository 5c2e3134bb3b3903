/**
 * The extra sections: Bộ đề thi (the bank), Thi thử (practice) and Bảng xếp hạng (the
 * leaderboard). They load in their own chunk, only when a participant opens one, so
 * nothing of them is downloaded before the first question of the exam.
 */
import { define } from '../define.ts';
import { enExtras } from '../i18n/en-extras.ts';
import { viExtras } from '../i18n/vi-extras.ts';
import { BankView } from './bank/bank.ts';
import { LeaderboardView } from './leaderboard/leaderboard.ts';
import { PracticeView } from './practice/practice.ts';

/** Called by the root once the strings below are in its context. */
export function defineExtraViews() {
  define([
    ['ccq-bank', BankView],
    ['ccq-practice', PracticeView],
    ['ccq-leaderboard', LeaderboardView],
  ]);
}

export const extras = { vi: viExtras, en: enExtras };
