import { expect } from '@open-wc/testing';
import { nth } from '../helpers/must.ts';
import { ReferenceBackend } from '../../demo/mocks/backend.ts';
import { compareEntries, grade, isCorrect, maskName, score } from '../../src/contract/grading.ts';
import * as z from 'zod/mini';
import {
  BankResponse,
  ContestDocument,
  ErrorEnvelope,
  LeaderboardResponse,
  SaveAnswersResponse,
  StartAttemptResponse,
  SubmissionResponse,
} from '../../src/contract/schemas.ts';
import { seeded } from '../helpers/backend.ts';
import { DURING, makeBank, testContest } from '../helpers/fixtures.ts';

const doc = () => JSON.parse(JSON.stringify({ serverTime: '2020-09-21T09:30:00+07:00', ...testContest() }));

describe('contract', () => {
  it('accepts a valid contest document', () => {
    expect(ContestDocument.safeParse(doc()).success).to.equal(true);
  });

  it('rejects documents that are wrong in each way a server can get them wrong', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case breaks the document's types on purpose (wrong types, a required field deleted)
    const cases: [string, (d: any) => void][] = [
      ['date without offset', (d) => (d.opensAt = '2020-09-15T08:00:00')],
      ['not a date', (d) => (d.closesAt = '15/10/2020')],
      ['missing serverTime', (d) => delete d.serverTime],
      ['other contract version', (d) => (d.contractVersion = '2')],
      ['zero questions', (d) => (d.exam.questionCount = 0)],
      ['fractional time limit', (d) => (d.exam.timeLimitSeconds = 12.5)],
      ['unknown result mode', (d) => (d.exam.result = 'everything')],
      ['unknown field name', (d) => d.registration.fields.push({ name: 'password', required: true })],
      ['units not a list', (d) => (d.registration.units = 'all')],
      ['title empty', (d) => (d.title = '')],
    ];
    for (const [name, mutate] of cases) {
      const d = doc();
      mutate(d);
      expect(ContestDocument.safeParse(d).success, name).to.equal(false);
    }
  });

  it('takes an instant in every form docs/contract.md lists, and gives it back in the one form every browser reads', () => {
    const cases: [string, string][] = [
      ['2020-09-15T08:00:00+07:00', '2020-09-15T08:00:00+07:00'],
      ['2020-09-15T08:00+07:00', '2020-09-15T08:00+07:00'], // Java's OffsetDateTime.toString() on a whole minute
      ['2020-09-15T08:00:00+0700', '2020-09-15T08:00:00+07:00'],
      ['2020-09-15T08:00:00.5+07', '2020-09-15T08:00:00.5+07:00'], // .NET's "zz"
      ['2020-09-15T08:00:00.1234567+07:00', '2020-09-15T08:00:00.1234567+07:00'], // .NET "o"
      ['2020-09-15T01:00:00Z', '2020-09-15T01:00:00Z'],
      ['2020-09-14T20:00:00-05:00', '2020-09-14T20:00:00-05:00'],
    ];
    for (const [sent, read] of cases) {
      const d = doc();
      d.opensAt = sent;
      const parsed = ContestDocument.safeParse(d);
      expect(parsed.success, sent).to.equal(true);
      expect(parsed.data!.opensAt, sent).to.equal(read);
      expect(Date.parse(read), sent).to.equal(Date.parse('2020-09-15T08:00:00+07:00') + (sent.includes('.5') ? 500 : sent.includes('.123') ? 123 : 0));
    }
    for (const refused of [
      '2020-09-15T08:00:00',
      '2020-09-15t01:00:00z',
      '2020-09-15 08:00:00+07:00',
      '2020-09-15',
      '2020-09-15T24:00:00Z',
      '2020-09-15T08:00:00+07:',
      '2020-09-15T08:00:00.+07:00',
      '2020-09-15T08:00:00+7:00',
      '1600156800',
    ]) {
      const d = doc();
      d.opensAt = refused;
      const parsed = ContestDocument.safeParse(d);
      expect(parsed.success, refused).to.equal(false);
      expect(nth(parsed.error!.issues, 0).path, refused).to.deep.equal(['opensAt']);
      expect(nth(parsed.error!.issues, 0).message, refused).to.equal('a date-time with an offset (2020-09-15T08:00:00+07:00)');
    }
  });

  it('reads null as absent for every optional field of every response, and only there', () => {
    // Structurally: in every response's JSON Schema, a property that is not required may be null.
    const responses = { ContestDocument, StartAttemptResponse, SaveAnswersResponse, SubmissionResponse, BankResponse, LeaderboardResponse, ErrorEnvelope };
    const problems: string[] = [];
    let optionals = 0;
    /** What this walk reads of a JSON Schema node. */
    interface SchemaNode {
      type?: string | string[];
      properties?: Record<string, SchemaNode>;
      required?: string[];
      anyOf?: SchemaNode[];
    }
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
      const schema = node as SchemaNode;
      if (schema.type === 'object' && schema.properties) {
        for (const [k, v] of Object.entries(schema.properties)) {
          if (!(schema.required ?? []).includes(k)) {
            optionals++;
            const nullable = v.type === 'null' || (Array.isArray(v.type) && v.type.includes('null')) || (v.anyOf ?? []).some((x) => x.type === 'null');
            if (!nullable) problems.push(`${path}.${k}`);
          }
        }
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`);
    };
    for (const [name, schema] of Object.entries(responses)) walk(z.toJSONSchema(schema, { io: 'input' }), name);
    expect(problems).to.deep.equal([]);
    expect(optionals).to.be.greaterThan(15);

    // And in fact: null comes out as undefined.
    const d = doc();
    Object.assign(d, { language: null, submissionKey: null });
    Object.assign(d.exam, { autosave: null });
    d.registration.units[0].group = null;
    const parsed = ContestDocument.parse(d);
    expect([parsed.language, parsed.submissionKey, parsed.exam.autosave, nth(parsed.registration.units, 0).group]).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const board = LeaderboardResponse.parse({
      serverTime: '2020-09-21T09:30:00+07:00',
      asOf: null,
      roundId: null,
      totalParticipants: 1,
      totalAttempts: 1,
      individuals: [{ rank: 1, name: 'Nguyễn V. A.', unit: null, score: 5, maxScore: 5, durationSeconds: 60, predictionDistance: null }],
      units: [],
    });
    expect([board.asOf, nth(board.individuals, 0).unit, nth(board.individuals, 0).predictionDistance]).to.deep.equal([undefined, undefined, undefined]);
    // A required field that may be null stays null; null is not "absent" there, and absent is refused.
    const start = (attemptsLeft: unknown) =>
      StartAttemptResponse.safeParse({
        serverTime: '2020-09-21T09:30:00+07:00',
        attempt: {
          id: 'a1',
          number: 1,
          ...(attemptsLeft === undefined ? {} : { attemptsLeft }),
          practice: false,
          startedAt: '2020-09-21T09:30:00+07:00',
          deadline: '2020-09-21T09:50:00+07:00',
          roundId: null,
          extraTimeSeconds: null,
          questions: [
            {
              id: 'q',
              text: 'Câu?',
              kind: 'single',
              options: [
                { id: 'a', text: 'A' },
                { id: 'b', text: 'B' },
              ],
            },
          ],
        },
      });
    expect(start(null).data?.attempt.attemptsLeft).to.equal(null);
    expect(start(undefined).success).to.equal(false);
    // null where a value is required is refused.
    const noTitle = doc();
    noTitle.title = null;
    expect(ContestDocument.safeParse(noTitle).success).to.equal(false);
  });

  it('strips answer keys from attempt questions even if a server sent them', () => {
    const parsed = StartAttemptResponse.parse({
      serverTime: '2020-09-21T09:30:00+07:00',
      attempt: {
        id: 'a1',
        number: 1,
        attemptsLeft: 2,
        practice: false,
        startedAt: '2020-09-21T09:30:00+07:00',
        deadline: '2020-09-21T09:50:00+07:00',
        questions: [
          {
            id: 'q',
            text: 'Câu?',
            kind: 'single',
            options: [
              { id: 'a', text: 'A' },
              { id: 'b', text: 'B' },
            ],
            correctOptionIds: ['a'],
          },
        ],
      },
    });
    expect(JSON.stringify(parsed)).not.to.contain('correctOptionIds');
  });

  it('knows results of both kinds and the error envelope', () => {
    const base = { attemptId: 'a', number: 1, attemptsLeft: null, submittedAt: '2020-09-21T09:40:00+07:00', durationSeconds: 600 };
    const ok = (result: unknown) => SubmissionResponse.safeParse({ serverTime: '2020-09-21T09:40:00+07:00', result }).success;
    expect(ok({ ...base, status: 'announced-later' })).to.equal(true);
    expect(ok({ ...base, status: 'graded', correctCount: 3, questionCount: 5, score: 12, maxScore: 20 })).to.equal(true);
    expect(ok({ ...base, status: 'graded' })).to.equal(false);
    expect(ok({ ...base, status: 'pending' })).to.equal(false);
    expect(ErrorEnvelope.safeParse({ error: { code: 'rate_limited', message: 'x', retryAfterSeconds: 5 } }).success).to.equal(true);
    expect(ErrorEnvelope.safeParse({ error: { code: 'teapot', message: 'x' } }).success).to.equal(false);
  });

  it('the reference backend answers every call with a valid body', async () => {
    const b = new ReferenceBackend({ contest: testContest(), bank: makeBank(10), now: () => DURING, random: seeded(3) });
    const contest = await b.handle({ method: 'GET', path: '/contest', header: () => null });
    expect(ContestDocument.safeParse(contest.body).success).to.equal(true);
    const participant = {
      fullName: 'Trần Thị Bình',
      birthDate: '1990-01-02',
      citizenId: '024190000001',
      phone: '0987654321',
      unitId: 'so-noi-vu',
      consent: true,
    };
    const start = await b.handle({ method: 'POST', path: '/attempts', header: () => null, body: { participant } });
    expect(start.status).to.equal(201);
    const attempt = StartAttemptResponse.parse(start.body).attempt;
    const body = { answers: attempt.questions.map((q) => ({ questionId: q.id, optionIds: [] })), prediction: 3, reason: 'confirmed' };
    const sub = await b.handle({ method: 'POST', path: `/attempts/${attempt.id}/submission`, header: () => 'k1', body });
    expect(SubmissionResponse.safeParse(sub.body).success).to.equal(true);
    const missingKey = await b.handle({ method: 'POST', path: `/attempts/${attempt.id}/submission`, header: () => null, body });
    expect(ErrorEnvelope.parse(missingKey.body).error.code).to.equal('bad_request');
  });

  it('the reference backend: a retried start is "the same body" with a fresh captcha token, not with other details', async () => {
    const b = new ReferenceBackend({ contest: testContest(), bank: makeBank(10), now: () => DURING, random: seeded(3) });
    const participant = {
      fullName: 'Trần Thị Bình',
      birthDate: '1990-01-02',
      citizenId: '024190000001',
      phone: '0987654321',
      unitId: 'so-noi-vu',
      consent: true,
    };
    const start = (body: unknown) => b.handle({ method: 'POST', path: '/attempts', header: (n) => (n === 'Idempotency-Key' ? 'start-1' : null), body });
    const first = await start({ participant, captchaToken: 'token-1' });
    const again = await start({ captchaToken: 'token-2', participant });
    expect([first.status, again.status]).to.deep.equal([201, 201]);
    expect(StartAttemptResponse.parse(again.body).attempt.id).to.equal(StartAttemptResponse.parse(first.body).attempt.id);
    const other = await start({ participant: { ...participant, fullName: 'Trần Thị Bính' }, captchaToken: 'token-1' });
    expect([other.status, ErrorEnvelope.parse(other.body).error.code]).to.deep.equal([422, 'idempotency_mismatch']);
  });
});

describe('grading (server side)', () => {
  it('counts a question correct only for exactly the right options', () => {
    expect(isCorrect(['a', 'c'], ['c', 'a'])).to.equal(true);
    expect(isCorrect(['a', 'c'], ['a'])).to.equal(false);
    expect(isCorrect(['a', 'c'], ['a', 'b', 'c'])).to.equal(false);
    const g = grade(
      [
        { id: '1', correctOptionIds: ['a'] },
        { id: '2', correctOptionIds: ['b'] },
      ],
      new Map([
        ['1', ['a']],
        ['2', ['a']],
      ]),
    );
    expect(g).to.deep.equal({ correctCount: 1, questionCount: 2 });
    expect(score({ correctCount: 17, questionCount: 20 }, 20)).to.equal(17);
    expect(score({ correctCount: 1, questionCount: 3 }, 10)).to.equal(3.33);
  });

  it('ranks by score, then prediction, then time, then submission time', () => {
    const e = (score: number, predictionDistance: number | null, durationSeconds: number, submittedAt: number) => ({
      score,
      predictionDistance,
      durationSeconds,
      submittedAt,
    });
    const sorted = [e(18, 5, 100, 1), e(20, 9, 500, 2), e(20, 1, 900, 3), e(20, 1, 300, 4), e(20, 1, 300, 0), e(20, null, 10, 0)].sort(compareEntries);
    expect(sorted).to.deep.equal([e(20, 1, 300, 0), e(20, 1, 300, 4), e(20, 1, 900, 3), e(20, 9, 500, 2), e(20, null, 10, 0), e(18, 5, 100, 1)]);
    expect(maskName('Nguyễn Văn An')).to.equal('Nguyễn V. A.');
  });
});

describe('the reference backend’s leaderboard', () => {
  it('ranks one row per participant, by the attempt that counts, in the contest’s order', async () => {
    let now = DURING;
    const b = new ReferenceBackend({ contest: testContest({ questionCount: 2 }), bank: makeBank(2), now: () => now, random: seeded(5) });
    const take = async (citizenId: string, fullName: string, correct: boolean, seconds: number, prediction: number | null) => {
      const participant = { fullName, birthDate: '1980-01-01', citizenId, phone: '0912345678', unitId: 'so-tu-phap', consent: true };
      const start = await b.handle({ method: 'POST', path: '/attempts', header: () => null, body: { participant } });
      const attempt = StartAttemptResponse.parse(start.body).attempt;
      now += seconds * 1000;
      // The attempt's option ids are its own (#13 F8): the bank's correct option 'b' is found by its text.
      const chosen = correct ? 'Phương án B' : 'Phương án D';
      const answers = attempt.questions.map((q) => ({ questionId: q.id, optionIds: q.options.filter((o) => o.text.startsWith(chosen)).map((o) => o.id) }));
      await b.handle({
        method: 'POST',
        path: `/attempts/${attempt.id}/submission`,
        header: () => `k-${attempt.id}`,
        body: { answers, prediction, reason: 'confirmed' },
      });
    };
    await take('024080000001', 'Nguyễn Văn An', false, 100, 1);
    await take('024080000001', 'Nguyễn Văn An', true, 300, 1); // his best attempt counts
    await take('024080000002', 'Trần Thị Bình', true, 200, 9); // faster, but a worse prediction
    await take('024080000003', 'Lê Văn Cường', true, 250, 2);
    await take('024080000004', 'Phạm Thị Dung', false, 50, 3);
    const board = (await b.handle({ method: 'GET', path: '/leaderboard', header: () => null })).body as {
      totalParticipants: number;
      individuals: { rank: number; name: string; score: number; predictionDistance?: number }[];
    };
    // Three perfect scores, so the prediction 2 is 1 away, 1 is 2 away, 9 is 6 away.
    expect(board.individuals.map((r) => [r.rank, r.name, r.predictionDistance])).to.deep.equal([
      [1, 'Lê V. C.', 1],
      [2, 'Nguyễn V. A.', 2],
      [3, 'Trần T. B.', 6],
      [4, 'Phạm T. D.', 0],
    ]);
    expect(board.totalParticipants).to.equal(4);
  });
});
