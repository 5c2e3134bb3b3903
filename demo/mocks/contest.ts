/**
 * The sample contest, modelled on Bắc Giang's 2020 contest (see shared/reference). SAMPLE
 * DATA: the dates and structure follow the province's letter; rounds, rules, units and
 * questions are written for the demo and marked as such.
 */
import type { ContestDocument } from '../../src/contract/schemas.ts';
import { COMMUNES_2026, UNITS_2026 } from './data/units-bac-ninh-2026.ts';
import { DISTRICTS, UNITS } from './data/units.ts';
import { RULES_HTML } from './data/rules.ts';
import { DEMO_PUBLIC_KEY } from './demo-keys.ts';

export const OPENS_AT = '2020-09-15T08:00:00+07:00';
export const CLOSES_AT = '2020-10-15T08:00:00+07:00';

export type ContestSettings = Omit<ContestDocument, 'serverTime'>;

/**
 * DỮ LIỆU MẪU — four weekly rounds (đợt) over the contest's month, the last one a little
 * longer so it ends when the contest does. The 2020 letter sets only the opening and closing
 * times; the rounds are made up for the demo.
 */
export const SAMPLE_ROUNDS: ContestDocument['rounds'] = [
  { id: 'dot-1', name: 'Đợt 1', opensAt: OPENS_AT, closesAt: '2020-09-22T08:00:00+07:00' },
  { id: 'dot-2', name: 'Đợt 2', opensAt: '2020-09-22T08:00:00+07:00', closesAt: '2020-09-29T08:00:00+07:00' },
  { id: 'dot-3', name: 'Đợt 3', opensAt: '2020-09-29T08:00:00+07:00', closesAt: '2020-10-06T08:00:00+07:00' },
  { id: 'dot-4', name: 'Đợt 4', opensAt: '2020-10-06T08:00:00+07:00', closesAt: CLOSES_AT },
];

/** What the 2020 contest asked of participants: the usual registration of Vietnamese contests. */
export const REGISTRATION_FIELDS: ContestDocument['registration']['fields'] = [
  { name: 'fullName', required: true },
  { name: 'birthDate', required: true },
  { name: 'gender', required: false },
  { name: 'citizenId', required: true },
  { name: 'phone', required: true },
  { name: 'email', required: false },
  { name: 'unit', required: true },
  { name: 'district', required: false },
  { name: 'commune', required: false },
];

export function sampleContest(): ContestSettings {
  return {
    contractVersion: '1',
    id: 'cchc-bac-giang-2020',
    title: 'Cuộc thi trực tuyến “Tìm hiểu về cải cách thủ tục hành chính và dịch vụ công trực tuyến” tỉnh Bắc Giang năm 2020',
    organiser: 'Ủy ban nhân dân tỉnh Bắc Giang',
    rulesHtml: RULES_HTML,
    opensAt: OPENS_AT,
    closesAt: CLOSES_AT,
    rounds: SAMPLE_ROUNDS.map((r) => ({ ...r })),
    exam: {
      questionCount: 20,
      timeLimitSeconds: 20 * 60,
      graceSeconds: 60,
      // Three attempts in each round; the best one counts.
      attempts: { max: 3, per: 'round', counting: 'best' },
      prediction: {
        // As the rules say (RULES_PREDICTION): per round, in people, as the server counts perfect scores.
        prompt: 'Dự đoán có bao nhiêu người đạt 20/20 điểm trong đợt thi này?',
        min: 0,
        max: 2_000_000,
        unit: 'người',
      },
      result: 'score',
      autosave: false,
    },
    registration: {
      fields: REGISTRATION_FIELDS,
      units: UNITS,
      districts: DISTRICTS,
      consentText:
        'Tôi đồng ý để Ban Tổ chức sử dụng các thông tin cá nhân trên (họ tên, ngày sinh, số CMND/CCCD, số điện thoại, email, đơn vị) chỉ để tổ chức Cuộc thi, xác minh người đoạt giải và thống kê theo đơn vị, theo quy định của pháp luật.',
    },
    features: { bank: true, practice: true, leaderboard: true },
    submissionKey: DEMO_PUBLIC_KEY,
    // Placeholders, marked as such: the 2020 letter gives no hotline or address we can cite.
    contact: {
      hotline: '0204 000 0000',
      email: 'bantochuc@example.org',
      address: 'Ban Tổ chức Cuộc thi (số điện thoại, email và địa chỉ minh hoạ, không có thật)',
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The second sample contest: the present structure (#14).

export const OPENS_AT_2026 = '2026-11-16T08:00:00+07:00';
export const CLOSES_AT_2026 = '2026-12-16T08:00:00+07:00';

/**
 * DỮ LIỆU MẪU — a made-up 2026 contest of tỉnh Bắc Ninh as it is since 1 July 2025 (Bắc Giang
 * and Bắc Ninh merged, Nghị quyết 202/2025/QH15), in the two-level local government (no
 * districts: `localGovernment: 'commune'`, the province's communes and wards in a flat list)
 * and asking for the 12-digit personal identification number of the thẻ căn cước
 * (`identityDocument: 'can-cuoc'`, Luật Căn cước 2023). No such contest is known: the title says
 * it is a sample, the dates, rounds and hotline are invented, and the communes are placeholders
 * but one (demo/mocks/data/units-bac-ninh-2026.ts says which and why). The rules and the question
 * bank are the 2020 sample's (Bắc Giang, written for 2020 law): a real 2026 contest needs a bank
 * on the law in force (e.g. Nghị định 118/2025/NĐ-CP replaced the 2018 one-stop decree).
 */
export function sampleContest2026(): ContestSettings {
  const first = sampleContest();
  return {
    ...first,
    id: 'cchc-bac-ninh-2026',
    title: 'Cuộc thi trực tuyến “Tìm hiểu về cải cách thủ tục hành chính và dịch vụ công trực tuyến” tỉnh Bắc Ninh năm 2026 (cuộc thi mẫu)',
    organiser: 'Ủy ban nhân dân tỉnh Bắc Ninh',
    opensAt: OPENS_AT_2026,
    closesAt: CLOSES_AT_2026,
    rounds: [
      { id: 'dot-1', name: 'Đợt 1', opensAt: OPENS_AT_2026, closesAt: '2026-11-23T08:00:00+07:00' },
      { id: 'dot-2', name: 'Đợt 2', opensAt: '2026-11-23T08:00:00+07:00', closesAt: '2026-11-30T08:00:00+07:00' },
      { id: 'dot-3', name: 'Đợt 3', opensAt: '2026-11-30T08:00:00+07:00', closesAt: '2026-12-07T08:00:00+07:00' },
      { id: 'dot-4', name: 'Đợt 4', opensAt: '2026-12-07T08:00:00+07:00', closesAt: CLOSES_AT_2026 },
    ],
    registration: {
      // No 'district' field: there are no districts since 1 July 2025.
      fields: REGISTRATION_FIELDS.filter((f) => f.name !== 'district'),
      units: UNITS_2026,
      districts: [],
      localGovernment: 'commune',
      communes: COMMUNES_2026,
      identityDocument: 'can-cuoc',
      consentText:
        'Tôi đồng ý để Ban Tổ chức sử dụng các thông tin cá nhân trên (họ tên, ngày sinh, số định danh cá nhân, số điện thoại, email, đơn vị, xã/phường) chỉ để tổ chức Cuộc thi, xác minh người đoạt giải và thống kê theo đơn vị, theo quy định của pháp luật về bảo vệ dữ liệu cá nhân.',
    },
    // Placeholders, marked as such: no real hotline or address.
    contact: {
      hotline: '0204 000 0000',
      email: 'bantochuc@example.org',
      address: 'Ban Tổ chức Cuộc thi (số điện thoại, email và địa chỉ minh hoạ, không có thật)',
    },
  };
}
