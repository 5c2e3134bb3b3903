/**
 * Rounds (đợt thi): which one is running at a moment of the server's clock, and which
 * comes next. A contest without rounds is one long round from opensAt to closesAt.
 */
import type { ContestDocument, Round } from '../contract/contest.ts';

export interface RoundsNow {
  /** The round open now, if any. */
  current?: Round;
  /** The next round to open after now, if any. */
  next?: Round;
  /** When the contest (or its next round) opens, when nothing is open now: epoch ms. */
  opensAt?: number;
}

export function roundsAt(contest: Pick<ContestDocument, 'rounds' | 'opensAt' | 'closesAt'>, now: number): RoundsNow {
  const sorted = [...contest.rounds].sort((a, b) => Date.parse(a.opensAt) - Date.parse(b.opensAt));
  const current = sorted.find((r) => Date.parse(r.opensAt) <= now && now < Date.parse(r.closesAt));
  const next = sorted.find((r) => Date.parse(r.opensAt) > now);
  const contestOpens = Date.parse(contest.opensAt);
  const opensAt =
    now < contestOpens ? Math.max(contestOpens, next ? Date.parse(next.opensAt) : 0) : !current && next ? Date.parse(next.opensAt) : undefined;
  return { current, next, opensAt };
}
