/** Small, deterministic contest data for tests, independent of the demo's sample content. */
import type { BankQuestion } from '../../src/contract/schemas.ts';
import { REGISTRATION_FIELDS, type ContestSettings } from '../../demo/mocks/contest.ts';

/** `n` questions; the correct option of single questions is 'b', of multiple ones 'a' and 'c'. */
export function makeBank(n: number): BankQuestion[] {
  return Array.from({ length: n }, (_, i) => {
    const multiple = i % 5 === 4;
    return {
      id: `t${i + 1}`,
      topicId: i % 2 ? 'mot-cua' : 'dvc',
      text: `Câu hỏi thử số ${i + 1} về thủ tục hành chính?`,
      kind: multiple ? 'multiple' : 'single',
      options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Phương án ${id.toUpperCase()} của câu ${i + 1}` })),
      correctOptionIds: multiple ? ['a', 'c'] : ['b'],
      explanation: `Giải thích câu ${i + 1}.`,
    };
  });
}

export const OPENS = '2020-09-15T08:00:00+07:00';
export const CLOSES = '2020-10-15T08:00:00+07:00';
export const DURING = Date.parse('2020-09-21T09:30:00+07:00');

export function testContest(patch: Partial<ContestSettings['exam']> = {}): ContestSettings {
  return {
    contractVersion: '1',
    id: 'test-contest',
    title: 'Cuộc thi thử nghiệm',
    organiser: 'Ban Tổ chức thử nghiệm',
    rulesHtml: '<h3>Điều 1</h3><p>Nội dung <strong>thể lệ</strong>.</p>',
    opensAt: OPENS,
    closesAt: CLOSES,
    rounds: [],
    exam: {
      questionCount: 5,
      timeLimitSeconds: 600,
      graceSeconds: 30,
      attempts: { max: 3, per: 'contest', counting: 'best' },
      prediction: { prompt: 'Bao nhiêu người trả lời đúng tất cả?', min: 0, max: 1000, unit: 'người' },
      result: 'score',
      autosave: false,
      ...patch,
    },
    registration: {
      fields: REGISTRATION_FIELDS,
      units: [
        { id: 'so-tu-phap', name: 'Sở Tư pháp', group: 'Sở, ban, ngành tỉnh' },
        { id: 'so-noi-vu', name: 'Sở Nội vụ', group: 'Sở, ban, ngành tỉnh' },
        { id: 'ubnd-luc-nam', name: 'UBND huyện Lục Nam', group: 'UBND huyện, thành phố' },
        { id: 'khac', name: 'Khác / Người dân', group: 'Khác' },
      ],
      districts: [
        { id: 'luc-nam', name: 'Huyện Lục Nam', communes: [{ id: 'doi-ngo', name: 'Thị trấn Đồi Ngô' }] },
        { id: 'tp-bac-giang', name: 'Thành phố Bắc Giang', communes: [{ id: 'tran-phu', name: 'Phường Trần Phú' }] },
      ],
      consentText: 'Tôi đồng ý để Ban Tổ chức xử lý thông tin cá nhân của tôi cho cuộc thi.',
    },
    features: { bank: true, practice: true, leaderboard: true },
  };
}

/** A participant that passes every check. */
export const VALID = {
  fullName: 'Nguyễn Văn An',
  birthDate: '20/05/1980',
  gender: 'male',
  citizenId: '024080001234',
  phone: '0912345678',
  email: 'an@example.com',
  unitId: 'so-tu-phap',
  districtId: 'luc-nam',
  communeId: 'doi-ngo',
  consent: true,
};
