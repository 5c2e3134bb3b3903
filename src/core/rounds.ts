/**
 * Rounds (đợt thi): which one is running at a moment of the server's clock, and which
 * comes next. Rounds need not be contiguous: between two of them nothing is open. The
 * element and the reference backend both use this, so they cannot disagree.
 */
import type { ContestDocument, Round } from '../contract/contest.ts';

/** Whether attempts are counted per round (a contest without rounds counts them per contest). */
export function countsPerRound(contest: Pick<ContestDocument, 'rounds' | 'exam'>): boolean {
  return contest.rounds.length > 0 && contest.exam.attempts.per === 'round';
}

/** The round open at `now` (opensAt ≤ now < closesAt), and the next one to open after `now`. */
export function roundsAt(rounds: readonly Round[], now: number): { current?: Round; next?: Round } {
  const sorted = [...rounds].sort((a, b) => Date.parse(a.opensAt) - Date.parse(b.opensAt));
  return {
    current: sorted.find((r) => Date.parse(r.opensAt) <= now && now < Date.parse(r.closesAt)),
    next: sorted.find((r) => Date.parse(r.opensAt) > now),
  };
}

/** When taking part next becomes possible, while it is not now: the contest's opening, or between rounds the next round's (epoch ms). */
export function nextOpening(contest: Pick<ContestDocument, 'rounds' | 'opensAt'>, now: number): number | undefined {
  const { current, next } = roundsAt(contest.rounds, now);
  const opens = Date.parse(contest.opensAt);
  if (now < opens) return Math.max(opens, next ? Date.parse(next.opensAt) : opens);
  return !current && next ? Date.parse(next.opensAt) : undefined;
}
