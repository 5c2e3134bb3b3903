/**
 * DỮ LIỆU MẪU — generated sample data, for benchmarks and tests of large question banks.
 * Not real contest questions beyond the first 113, which are SAMPLE_BANK itself.
 *
 * `generateBank(n)` gives a bank of `n` questions: the 113 sample questions first, then
 * variants of them in turn (the same question with its options shuffled and re-lettered,
 * " (câu biến thể số N)" appended to its text, id `gen-N`, same topic and explanation).
 * Deterministic: the same `count` and `seed` always give the same bank.
 */
import type { BankQuestion } from '../../../src/contract/schemas.ts';
import { seeded } from '../random.ts';
import { SAMPLE_BANK } from './bank.ts';

const LETTERS = 'abcdefghij';

export function generateBank(count: number, seed = 1): BankQuestion[] {
  const random = seeded(seed);
  const bank: BankQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const base = SAMPLE_BANK[i % SAMPLE_BANK.length];
    if (i < SAMPLE_BANK.length) {
      bank.push(structuredClone(base));
      continue;
    }
    const number = i + 1;
    // Fisher–Yates over the option order, then letters by the new position, so that the
    // ids read a, b, c, d on screen and the answer key follows its options.
    const order = base.options.map((_, k) => k);
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    const newId = new Map<string, string>();
    const options = order.map((from, position) => {
      const option = base.options[from];
      newId.set(option.id, LETTERS[position]);
      return { id: LETTERS[position], text: option.text };
    });
    const question: BankQuestion = {
      id: `gen-${number}`,
      topicId: base.topicId,
      text: `${base.text} (câu biến thể số ${number})`,
      kind: base.kind,
      options,
    };
    if (base.correctOptionIds) {
      question.correctOptionIds = base.correctOptionIds.map((id) => newId.get(id) ?? id).sort();
    }
    if (base.explanation !== undefined) question.explanation = base.explanation;
    bank.push(question);
  }
  return bank;
}
