/**
 * Practice (thi thử): questions drawn from the published bank and checked in the browser.
 * It never reaches the server, so it costs the portal nothing in the rush of the last day,
 * and it can never be counted. Without published answers nothing can be checked.
 */
import type { BankQuestion } from '../contract/bank.ts';
import { shuffle } from './shuffle.ts';

/** `count` questions at random (optionally from one topic), each with its options shuffled. */
export function drawPractice(bank: readonly BankQuestion[], count: number, topicId = '', random: () => number = Math.random): BankQuestion[] {
  const pool = bank.filter((q) => !topicId || q.topicId === topicId);
  return shuffle(pool, random)
    .slice(0, count)
    .map((q) => ({ ...q, options: shuffle(q.options, random) }));
}

/** Whether the chosen options are exactly the correct ones; undefined when the answers are not published. */
export function isRight(q: BankQuestion, chosen: readonly string[]): boolean | undefined {
  const key = q.correctOptionIds;
  if (!key) return undefined;
  return chosen.length === key.length && key.every((id) => chosen.includes(id));
}
