/** #13 F3, F4, F5: counts and lengths bounded, ids with a safe pattern, instants real dates, deadlines sane. */
import { expect } from '@open-wc/testing';
import { nth } from '../helpers/must.ts';
import { ContestApi } from '../../src/api/client.ts';
import { ApiError } from '../../src/api/errors.ts';
import { BankResponse, ContestDocument, StartAttemptResponse, SubmissionRequest } from '../../src/contract/schemas.ts';
import { chunks } from '../helpers/chunks.ts';
import { makeBank, testContest } from '../helpers/fixtures.ts';

const T0 = '2020-09-21T09:30:00+07:00';
const question = (i: number) => ({ id: `q${i}`, text: `Câu ${i}?`, kind: 'single', options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })) });
const started = (patch: Record<string, unknown> = {}, n = 3) => ({
  serverTime: T0,
  attempt: {
    id: 'att-1',
    number: 1,
    attemptsLeft: null,
    practice: false,
    startedAt: T0,
    deadline: '2020-09-21T09:50:00+07:00',
    questions: Array.from({ length: n }, (_, i) => question(i)),
    ...patch,
  },
});
/** Where and what the schema refuses: `path: message` of each issue. */
const refusals = (schema: { safeParse(v: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) =>
  (schema.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
const api = (body: unknown) =>
  new ContestApi({
    endpoint: 'https://x.test/c',
    retry: { retries: 0 },
    ...chunks,
    fetch: () => Promise.resolve(new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })),
  });

describe('contract limits (#13 F3)', () => {
  it('refuses an attempt of 100,000 questions quickly, saying how many are allowed and where', async function () {
    this.timeout(60_000);
    const body = started({}, 100_000);
    // Validation alone (the JSON's own parsing is the browser's, and takes what 15 MB takes).
    const t = performance.now();
    expect(StartAttemptResponse.safeParse(body).success).to.equal(false);
    expect(performance.now() - t).to.be.below(2000);
    const error = await api(body)
      .startAttempt({ participant: { consent: true } }, 'k')
      .catch((e: ApiError) => e);
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).code).to.equal('invalid-response');
    expect((error as ApiError).where).to.deep.equal({ path: 'attempt.questions', message: 'expected at most 500' });
  });

  it('bounds options, strings, lists of the contest document and the bank, and seconds', () => {
    expect(refusals(StartAttemptResponse, started({}, 500))).to.deep.equal([]);
    const many = started();
    nth(many.attempt.questions, 0).options = Array.from({ length: 11 }, (_, i) => ({ id: `o${i}`, text: 'x' }));
    expect(refusals(StartAttemptResponse, many)).to.deep.equal(['attempt.questions.0.options: at most 10']);
    const long = started();
    nth(long.attempt.questions, 1).text = 'x'.repeat(4001);
    expect(refusals(StartAttemptResponse, long)).to.deep.equal(['attempt.questions.1.text: at most 4000']);
    const doc = { serverTime: T0, ...testContest() };
    doc.registration.units = Array.from({ length: 5001 }, (_, i) => ({ id: `u${i}`, name: 'Đơn vị' }));
    doc.exam.timeLimitSeconds = 22 * 86_400;
    expect(refusals(ContestDocument, doc)).to.deep.equal(['exam.timeLimitSeconds: Invalid input', 'registration.units: at most 5000']);
    const bank = { serverTime: T0, answersPublished: true, topics: [], questions: makeBank(10_001) };
    expect(refusals(BankResponse, bank)).to.deep.equal(['questions: at most 10000']);
    const body = { answers: Array.from({ length: 501 }, (_, i) => ({ questionId: `q${i}`, optionIds: [] })), prediction: null, reason: 'confirmed' };
    expect(refusals(SubmissionRequest, body)).to.deep.equal(['answers: at most 500']);
  });
});

describe('ids (#13 F4)', () => {
  const message = 'an id of 1 to 128 characters A-Z a-z 0-9 . _ ~ : - (not . or ..)';
  it('refuses a lone surrogate, . and .., a slash, a space and 129 characters at parse time, and takes base64url, UUIDs and codes', () => {
    for (const id of ['att\uD800', '..', '.', 'a/b', 'a b', 'x'.repeat(129), '']) {
      expect(refusals(StartAttemptResponse, started({ id })), id).to.deep.equal([`attempt.id: ${message}`]);
    }
    // What fits: base64url (the contest server's opaque ids), UUIDs, codes and the sample data's slugs.
    for (const id of ['Zx3_-k9QqLr2yXw8aB1c0A', '3f2b8c1e-9d4a-4c1b-8f0e-2a7d5b6c9e10', 'Q001', 'urn:x:1', 'co-che-mot-cua', '...', 'x'.repeat(128)]) {
      expect(refusals(StartAttemptResponse, started({ id })), id).to.deep.equal([]);
    }
  });
});

describe('instants and deadlines (#13 F5)', () => {
  const expected = 'a date-time with an offset (2020-09-15T08:00:00+07:00)';
  it('refuses dates that are not on the calendar, and keeps leap days', () => {
    expect(refusals(StartAttemptResponse, { ...started(), serverTime: '2020-09-31T09:30:00+07:00' })[0]).to.equal(`serverTime: ${expected}`);
    expect(refusals(StartAttemptResponse, started({ startedAt: '2021-02-29T09:30:00+07:00' }))).to.deep.equal([`attempt.startedAt: ${expected}`]);
    expect(refusals(StartAttemptResponse, started({ startedAt: '2100-02-29T09:30:00Z' }))).to.deep.equal([`attempt.startedAt: ${expected}`]);
    expect(refusals(StartAttemptResponse, started({ startedAt: '2020-02-29T09:30:00Z' }))).to.deep.equal([]);
    expect(refusals(StartAttemptResponse, started({ startedAt: '2000-02-29T09:30:00Z' }))).to.deep.equal([]);
  });

  it('refuses a new attempt whose deadline is before serverTime, or absurdly far, rather than submit it blank', () => {
    const sane = 'attempt.deadline: a deadline after serverTime, at most 1814400 s later';
    expect(refusals(StartAttemptResponse, started({ deadline: '2020-09-21T09:29:00+07:00' }))).to.deep.equal([sane]);
    expect(refusals(StartAttemptResponse, started({ deadline: T0 }))).to.deep.equal([sane]);
    expect(refusals(StartAttemptResponse, started({ deadline: '9999-12-31T23:59:00Z' }))).to.deep.equal([sane]);
    expect(refusals(StartAttemptResponse, started({ deadline: '2020-10-12T09:30:00+07:00' }))).to.deep.equal([]);
  });
});
