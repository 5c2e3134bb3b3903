/** The demo's sample contest is valid against the contract and large enough to be realistic. */
import { expect } from '@open-wc/testing';
import { sampleContest } from '../../demo/mocks/contest.ts';
import { SAMPLE_BANK, SAMPLE_TOPICS } from '../../demo/mocks/data/bank.ts';
import { BankQuestion, ContestDocument } from '../../src/contract/schemas.ts';

describe('sample data', () => {
  it('the contest document is valid and dated like the 2020 contest', () => {
    const doc = ContestDocument.parse({ serverTime: '2020-09-21T09:30:00+07:00', ...sampleContest() });
    expect(doc.opensAt).to.equal('2020-09-15T08:00:00+07:00');
    expect(doc.closesAt).to.equal('2020-10-15T08:00:00+07:00');
    expect(doc.registration.units.length).to.be.greaterThan(40);
    expect(doc.registration.districts).to.have.length(10);
    expect(doc.rulesHtml).to.contain('Thể lệ mẫu');
  });

  it('the bank has at least 100 valid questions, each with a consistent answer key', () => {
    expect(SAMPLE_BANK.length).to.be.at.least(100);
    const ids = new Set<string>();
    const topics = new Set(SAMPLE_TOPICS.map((t) => t.id));
    for (const q of SAMPLE_BANK) {
      BankQuestion.parse(q);
      expect(ids.has(q.id), q.id).to.equal(false);
      ids.add(q.id);
      expect(topics.has(q.topicId), q.id).to.equal(true);
      const options = new Set(q.options.map((o) => o.id));
      expect(
        q.correctOptionIds.every((id) => options.has(id)),
        q.id,
      ).to.equal(true);
      expect(q.correctOptionIds.length, q.id).to.satisfy((n: number) => (q.kind === 'single' ? n === 1 : n >= 2));
      expect(q.explanation, q.id).to.be.a('string');
    }
    expect(SAMPLE_BANK.some((q) => q.kind === 'multiple')).to.equal(true);
  });
});
