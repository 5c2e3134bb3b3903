/** The generated large bank (benchmarks, big-bank tests) is valid and reproducible. */
import { expect } from '@open-wc/testing';
import { nth } from '../helpers/must.ts';
import { SAMPLE_BANK, SAMPLE_TOPICS } from '../../demo/mocks/data/bank.ts';
import { generateBank } from '../../demo/mocks/data/generate-bank.ts';
import { BankQuestion, BankResponse } from '../../src/contract/schemas.ts';

describe('generateBank', () => {
  const bank = generateBank(1000);

  it('gives exactly the number asked for, the sample questions first', () => {
    expect(bank).to.have.length(1000);
    expect(generateBank(0)).to.have.length(0);
    expect(generateBank(50)).to.deep.equal(SAMPLE_BANK.slice(0, 50));
    expect(bank.slice(0, SAMPLE_BANK.length)).to.deep.equal(SAMPLE_BANK);
  });

  it('gives unique ids and marks each variant in its text', () => {
    expect(new Set(bank.map((q) => q.id)).size).to.equal(bank.length);
    const variant = nth(bank, SAMPLE_BANK.length + 5);
    expect(variant.id).to.equal(`gen-${SAMPLE_BANK.length + 6}`);
    expect(variant.text).to.contain(`(câu biến thể số ${SAMPLE_BANK.length + 6})`);
  });

  it('is valid against the contract, question by question and as a bank response', () => {
    for (const q of bank) {
      const r = BankQuestion.safeParse(q);
      expect(r.success, `${q.id}: ${r.error?.message}`).to.equal(true);
    }
    const response = { serverTime: '2020-09-21T09:30:00+07:00', answersPublished: true, topics: SAMPLE_TOPICS, questions: bank };
    expect(BankResponse.safeParse(response).success).to.equal(true);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateBank(400, 7)).to.deep.equal(generateBank(400, 7));
    expect(generateBank(400, 7)).to.not.deep.equal(generateBank(400, 8));
  });

  it('keeps each answer key on the same option texts after the shuffle', () => {
    const topics = new Set(SAMPLE_TOPICS.map((t) => t.id));
    let moved = 0;
    bank.forEach((q, i) => {
      const base = nth(SAMPLE_BANK, i % SAMPLE_BANK.length);
      expect(topics.has(q.topicId), q.id).to.equal(true);
      expect(q.topicId).to.equal(base.topicId);
      expect(q.kind).to.equal(base.kind);
      expect(q.explanation).to.equal(base.explanation);
      const ids = q.options.map((o) => o.id);
      expect(new Set(ids).size, q.id).to.equal(ids.length);
      expect(
        q.correctOptionIds.every((id) => ids.includes(id)),
        q.id,
      ).to.equal(true);
      const correctTexts = (qq: BankQuestion) =>
        qq.options
          .filter((o) => qq.correctOptionIds!.includes(o.id))
          .map((o) => o.text)
          .sort();
      expect(correctTexts(q), q.id).to.deep.equal(correctTexts(base));
      expect(q.options.map((o) => o.text).sort()).to.deep.equal(base.options.map((o) => o.text).sort());
      if (q.options.some((o, k) => o.text !== base.options[k]?.text)) moved++;
    });
    // Most variants really are shuffled.
    expect(moved).to.be.greaterThan((bank.length - SAMPLE_BANK.length) / 2);
  });

  it('does not share objects with the sample bank', () => {
    const copy = generateBank(2);
    nth(nth(copy, 0).options, 0).text = 'changed';
    expect(nth(nth(SAMPLE_BANK, 0).options, 0).text).to.not.equal('changed');
  });
});
