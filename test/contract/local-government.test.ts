/**
 * Two-level local government and identity documents (#14): `registration.localGovernment`,
 * `registration.communes`, `registration.identityDocument` in the contract; their rules
 * (src/contract/local-government.ts) in the reference backend; the second sample contest.
 */
import { expect } from '@open-wc/testing';
import { must, nth } from '../helpers/must.ts';
import { ReferenceBackend } from '../../demo/mocks/backend.ts';
import { sampleContest, sampleContest2026, type ContestSettings } from '../../demo/mocks/contest.ts';
import { SAMPLE_BANK } from '../../demo/mocks/data/bank.ts';
import { SCENARIOS } from '../../demo/mocks/scenarios.ts';
import { CAN_CUOC_12_DIGITS, placeAndIdentityErrors, registrationProblems } from '../../src/contract/local-government.ts';
import { ContestDocument } from '../../src/contract/schemas.ts';
import { seeded } from '../helpers/backend.ts';

const SERVER_TIME = '2026-12-01T09:30:00+07:00';
const doc = (c: ContestSettings) => ({ serverTime: SERVER_TIME, ...c });

describe('contract: registration.localGovernment, communes, identityDocument', () => {
  it('keeps the three fields of a two-level contest document', () => {
    const parsed = ContestDocument.parse(doc(sampleContest2026()));
    expect(parsed.registration.localGovernment).to.equal('commune');
    expect(parsed.registration.identityDocument).to.equal('can-cuoc');
    expect(parsed.registration.communes?.length).to.be.greaterThan(5);
    expect(parsed.registration.districts).to.deep.equal([]);
  });

  it('refuses values outside the agreed ones, with the path', () => {
    const c = sampleContest2026();
    const bad = { ...c, registration: { ...c.registration, localGovernment: 'tinh-huyen-xa', identityDocument: 'cmnd' } };
    const result = ContestDocument.safeParse(doc(bad as never));
    expect(result.success).to.equal(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).to.include.members(['registration.localGovernment', 'registration.identityDocument']);
  });

  it('a document without them (2020) parses as before: absent means district-commune and CMND/CCCD', () => {
    const parsed = ContestDocument.parse({ serverTime: SERVER_TIME, ...sampleContest() });
    expect(parsed.registration.localGovernment).to.equal(undefined);
    expect(parsed.registration.identityDocument).to.equal(undefined);
    expect(parsed.registration.districts.length).to.be.greaterThan(0);
    // null, as Jackson writes an unset field, is the same as absent.
    const c = sampleContest();
    const withNulls = { ...c, registration: { ...c.registration, localGovernment: null, communes: null, identityDocument: null } };
    expect(ContestDocument.parse(doc(withNulls as never)).registration.localGovernment).to.equal(undefined);
  });
});

describe('rules: registrationProblems', () => {
  it('finds nothing wrong with either sample', () => {
    expect(registrationProblems(sampleContest().registration)).to.deep.equal([]);
    expect(registrationProblems(sampleContest2026().registration)).to.deep.equal([]);
  });

  it('says what and where when a commune contest has districts, a district field or no communes', () => {
    const c = sampleContest2026();
    const reg = {
      ...c.registration,
      fields: [...c.registration.fields, { name: 'district' as const, required: false }],
      districts: sampleContest().registration.districts,
      communes: [],
    };
    const problems = registrationProblems(reg, 'contest.registration');
    const district = c.registration.fields.length;
    const commune = c.registration.fields.findIndex((f) => f.name === 'commune');
    expect(problems).to.have.length(3);
    expect(problems[0]).to.match(/^contest\.registration\.districts: must be empty/);
    expect(problems[1]).to.equal(
      `contest.registration.fields[${district}]: no "district" field when localGovernment is "commune" (two levels, no districts since 1 July 2025)`,
    );
    expect(problems[2]).to.match(new RegExp(`^contest\\.registration\\.communes: fields\\[${commune}\\] asks for the commune`));
  });
});

describe('reference backend: participants of a two-level, căn cước contest', () => {
  const participant = { fullName: 'Nguyễn Văn An', birthDate: '1985-04-12', phone: '0912345678', unitId: 'so-tu-phap', consent: true };

  async function start(contest: ContestSettings, extra: Record<string, unknown>) {
    const backend = new ReferenceBackend({ contest, bank: SAMPLE_BANK, now: () => Date.parse(SERVER_TIME), random: seeded(5) });
    const res = await backend.handle({ method: 'POST', path: '/attempts', header: () => null, body: { participant: { ...participant, ...extra } } });
    const fields = (res.body as { error?: { code: string; fields?: { field: string; message: string }[] } }).error?.fields ?? [];
    return { status: res.status, fields: Object.fromEntries(fields.map((f) => [f.field, f.message])) };
  }

  it('accepts a 12-digit number and a commune of the province', async () => {
    expect(await start(sampleContest2026(), { citizenId: '024190001234', communeId: 'tuan-dao' })).to.deep.equal({ status: 201, fields: {} });
  });

  it('refuses a 9-digit CMND, saying in Vietnamese that the thẻ căn cước has 12 digits', async () => {
    const r = await start(sampleContest2026(), { citizenId: '121234567', communeId: 'tuan-dao' });
    expect(r).to.deep.equal({ status: 422, fields: { citizenId: CAN_CUOC_12_DIGITS } });
    expect(CAN_CUOC_12_DIGITS).to.contain('12 chữ số').and.contain('thẻ căn cước');
  });

  it('refuses a district, and a commune that is not in the flat list', async () => {
    const r = await start(sampleContest2026(), { citizenId: '024190001234', districtId: 'luc-nam', communeId: 'phuong-tran-phu-bac-giang' });
    expect(r.status).to.equal(422);
    expect(r.fields).to.deep.equal({ districtId: 'no districts in this contest (localGovernment "commune")', communeId: 'unknown commune' });
  });

  it("still takes a 9-digit CMND and a district's commune in the 2020 contest", async () => {
    const c = sampleContest();
    const d = nth(c.registration.districts, 0, 'district');
    const r = await start(
      { ...c, opensAt: '2026-01-01T00:00:00+07:00', closesAt: '2027-01-01T00:00:00+07:00', rounds: [] },
      {
        citizenId: '121234567',
        unitId: 'so-tu-phap',
        districtId: d.id,
        communeId: nth(d.communes, 0, 'commune').id,
      },
    );
    expect(r).to.deep.equal({ status: 201, fields: {} });
  });

  it("placeAndIdentityErrors leaves a 2020 document's rules as they were", () => {
    const reg = sampleContest().registration;
    expect(placeAndIdentityErrors(reg, { citizenId: '121234567' })).to.deep.equal({});
    expect(placeAndIdentityErrors(reg, { districtId: 'nowhere' })).to.deep.equal({ districtId: 'unknown district' });
  });
});

describe('the second sample contest', () => {
  it('is Bắc Ninh in the present structure, marks unsourced names as placeholders, and has a demo scenario open on its dates', () => {
    const c = sampleContest2026();
    expect(c.organiser).to.equal('Ủy ban nhân dân tỉnh Bắc Ninh');
    expect(c.registration.fields.map((f) => f.name)).to.not.include('district');
    const names = c.registration.communes!.map((x) => x.name);
    // Every commune but the one the cited report names is visibly a placeholder.
    expect(names.filter((n) => !n.endsWith('(tên giữ chỗ)'))).to.deep.equal(['Xã Tuấn Đạo']);
    const s = must(SCENARIOS['bac-ninh-2026'], 'scenario bac-ninh-2026');
    const contest = s.contest!(sampleContest());
    expect(contest.id).to.equal('cchc-bac-ninh-2026');
    const t = Date.parse(s.startsAt);
    expect(t > Date.parse(contest.opensAt) && t < Date.parse(contest.closesAt)).to.equal(true);
  });
});
