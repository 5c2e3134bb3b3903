/**
 * DỮ LIỆU MẪU — generated sample data, for benchmarks and tests of large question banks.
 * Not real contest questions beyond the first SAMPLE_BANK.length, which are SAMPLE_BANK itself.
 *
 * `generateBank(n)` gives a bank of `n` questions: the sample questions first, then variants
 * of them in turn (the same question with its options shuffled and re-lettered,
 * " (câu biến thể số N)" appended to its text, id `gen-N`, same topic, explanation and source).
 * Deterministic: the same `count` and `seed` always give the same bank.
 */
import { shuffle } from '../../../src/core/shuffle.ts';
import { seeded } from '../random.ts';
import { SAMPLE_BANK, type SampleQuestion } from './bank.ts';

const LETTERS = 'abcdefghij';

export function generateBank(count: number, seed = 1): SampleQuestion[] {
  const random = seeded(seed);
  const bank: SampleQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const base = SAMPLE_BANK[i % SAMPLE_BANK.length];
    // Only when SAMPLE_BANK is empty: there is nothing to vary.
    if (!base) break;
    if (i < SAMPLE_BANK.length) {
      bank.push(structuredClone(base));
      continue;
    }
    const number = i + 1;
    // Fisher–Yates over the options, then letters by the new position, so that the
    // ids read a, b, c, d on screen and the answer key follows its options.
    const options = shuffle(base.options, random);
    const newId = new Map<string, string>();
    const lettered = options.map((option, position) => {
      const id = LETTERS.charAt(position);
      newId.set(option.id, id);
      return { id, text: option.text };
    });
    bank.push({
      id: `gen-${number}`,
      topicId: base.topicId,
      text: `${base.text} (câu biến thể số ${number})`,
      kind: base.kind,
      options: lettered,
      correctOptionIds: base.correctOptionIds.map((id) => newId.get(id) ?? id).sort(),
      explanation: base.explanation,
      source: base.source,
    });
  }
  return bank;
}
