/**
 * DỮ LIỆU MẪU — generated sample data, for benchmarks and tests of large question banks.
 * Not real contest questions beyond the first SAMPLE_BANK.length, which are SAMPLE_BANK itself.
 *
 * `generateBank(n)` gives a bank of `n` questions: the sample questions first, then variants
 * of them in turn (the same question with its options shuffled and re-lettered,
 * " (câu biến thể số N)" appended to its text, id `gen-N`, same topic, explanation and source).
 * Deterministic: the same `count` and `seed` always give the same bank.
 */
import { seeded } from '../random.ts';
import { SAMPLE_BANK, type SampleQuestion } from './bank.ts';

const LETTERS = 'abcdefghij';

export function generateBank(count: number, seed = 1): SampleQuestion[] {
  const random = seeded(seed);
  const bank: SampleQuestion[] = [];
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
    bank.push({
      id: `gen-${number}`,
      topicId: base.topicId,
      text: `${base.text} (câu biến thể số ${number})`,
      kind: base.kind,
      options,
      correctOptionIds: base.correctOptionIds.map((id) => newId.get(id) ?? id).sort(),
      explanation: base.explanation,
      source: base.source,
    });
  }
  return bank;
}
