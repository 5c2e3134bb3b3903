/**
 * The sample bank's content (issue #16): every question says where its answer comes from and
 * explains it, the practical topic on using online public services is large enough, no two
 * questions share a text, every answer key names real options, and the bank agrees with the
 * sample rules. The shape against the contract is checked in test/contract/sample-data.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PRACTICAL_TOPIC, SAMPLE_BANK, SAMPLE_BANK_NOTES, SAMPLE_TOPICS } from '../../demo/mocks/data/bank.ts';
import { RULES_HTML, RULES_MIN_AGE, RULES_PREDICTION } from '../../demo/mocks/data/rules.ts';

/** Everything a participant reads of a question. */
const shown = (q: (typeof SAMPLE_BANK)[number]) => [q.text, ...q.options.map((o) => o.text), q.explanation, q.source].join('\n');
const normalise = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

describe('the sample bank', () => {
  test('every question has a source and an explanation', () => {
    for (const q of SAMPLE_BANK) {
      assert.ok(q.source?.trim(), `${q.id}: no source`);
      assert.ok(q.explanation?.trim(), `${q.id}: no explanation`);
      // A source names a text: a legal document, the province's letter, or a news report.
      assert.match(q.source, /Nghị định|Thông tư|Quyết định|Nghị quyết|Văn bản|Tin/, `${q.id}: “${q.source}” names no document`);
      assert.ok(q.source.length <= 1000, `${q.id}: source longer than the server allows`);
    }
  });

  test(`the practical topic (${PRACTICAL_TOPIC}) has at least 25 questions`, () => {
    assert.ok(SAMPLE_TOPICS.some((t) => t.id === PRACTICAL_TOPIC));
    const practical = SAMPLE_BANK.filter((q) => q.topicId === PRACTICAL_TOPIC);
    assert.ok(practical.length >= 25, `${practical.length} practical questions`);
  });

  test('no two questions have the same text, and no id is used twice', () => {
    const texts = new Map<string, string>();
    for (const q of SAMPLE_BANK) {
      const key = normalise(q.text);
      assert.ok(!texts.has(key), `${q.id} has the text of ${texts.get(key)}`);
      texts.set(key, q.id);
    }
    assert.equal(new Set(SAMPLE_BANK.map((q) => q.id)).size, SAMPLE_BANK.length);
  });

  test('every correct option id is one of the question’s options, as many as its kind says', () => {
    for (const q of SAMPLE_BANK) {
      const ids = q.options.map((o) => o.id);
      assert.equal(new Set(ids).size, ids.length, `${q.id}: two options share an id`);
      assert.equal(new Set(q.options.map((o) => normalise(o.text))).size, ids.length, `${q.id}: two options read the same`);
      assert.ok(q.correctOptionIds.length > 0, `${q.id}: no correct option`);
      for (const id of q.correctOptionIds) assert.ok(ids.includes(id), `${q.id}: correct option “${id}” is not an option`);
      if (q.kind === 'single') assert.equal(q.correctOptionIds.length, 1, `${q.id}: a single-answer question with several answers`);
      else assert.ok(q.correctOptionIds.length >= 2, `${q.id}: a multiple-answer question with one answer`);
      assert.ok(q.correctOptionIds.length < ids.length, `${q.id}: every option is correct`);
    }
  });

  test('every topic has questions, and every reviewer note belongs to a question', () => {
    const used = new Set(SAMPLE_BANK.map((q) => q.topicId));
    for (const t of SAMPLE_TOPICS) assert.ok(used.has(t.id), `topic ${t.id} has no question`);
    assert.ok(SAMPLE_BANK.every((q) => SAMPLE_TOPICS.some((t) => t.id === q.topicId)));
    const ids = new Set(SAMPLE_BANK.map((q) => q.id));
    for (const id of Object.keys(SAMPLE_BANK_NOTES)) assert.ok(ids.has(id), `a note for ${id}, which is not in the bank`);
  });

  test('terms of September 2020: no text issued later, and not the later name “Bộ phận Một cửa”', () => {
    for (const q of SAMPLE_BANK) {
      // Document numbers of the form 13/2023/NĐ-CP or 107/2021/…: the contest closed in October 2020.
      const later = shown(q).match(/\b\d+\/20(2[1-9]|[3-9]\d)\/[A-ZĐ]/u);
      assert.equal(later, null, `${q.id} cites ${later?.[0]}…`);
      // The 2018 wording of this name is not settled (facts-cchc.md, mục K): no question relies on it.
      assert.doesNotMatch(shown(q), /Bộ phận Một cửa/iu, q.id);
    }
  });

  test('no joke options', () => {
    for (const q of SAMPLE_BANK) assert.doesNotMatch(shown(q), /cột điện|bầu cử|mạng xã hội/iu, q.id);
  });

  test('the sample rules agree with the bank: minimum age, and the prediction question', () => {
    const age = SAMPLE_BANK.find((q) => q.id === 'q106')!;
    const answer = age.options.find((o) => o.id === age.correctOptionIds[0])!.text;
    assert.match(answer, new RegExp(`\\b${RULES_MIN_AGE} tuổi`));
    assert.ok(RULES_HTML.includes(`từ đủ ${RULES_MIN_AGE} tuổi`));
    assert.ok(RULES_HTML.includes(RULES_PREDICTION));
    // The rules name the identity documents of 2020 and the collective prize's measure.
    assert.ok(RULES_HTML.includes('Chứng minh nhân dân (9 chữ số) hoặc Căn cước công dân (12 chữ số)'));
    assert.ok(RULES_HTML.includes('tỷ lệ tham gia'));
    assert.doesNotMatch(RULES_HTML, /\b\d+\/20(2[1-9])\//u, 'the rules cite a text issued after the contest');
  });
});
