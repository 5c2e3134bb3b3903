/**
 * Generates src/contract/openapi.json (OpenAPI 3.1, JSON Schema 2020-12) from the zod
 * schemas, for backend teams in any language. `--check` fails when the committed file is
 * out of date, so the document never drifts from the code.
 *
 * The example request bodies and success responses are produced by running the real
 * reference backend (demo/mocks/backend.ts) on a small contest with a fixed clock and a
 * seeded shuffle, and each is validated against its schema here: they are valid by
 * construction and the same on every run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { ReferenceBackend } from '../demo/mocks/backend.ts';
import { REGISTRATION_FIELDS, SAMPLE_ROUNDS } from '../demo/mocks/contest.ts';
import { seeded } from '../demo/mocks/random.ts';
import * as C from '../src/contract/schemas.ts';

const schemas = {
  ContestDocument: C.ContestDocument,
  StartAttemptRequest: C.StartAttemptRequest,
  StartAttemptResponse: C.StartAttemptResponse,
  SaveAnswersRequest: C.SaveAnswersRequest,
  SaveAnswersResponse: C.SaveAnswersResponse,
  SubmissionRequest: C.SubmissionRequest,
  SubmissionResponse: C.SubmissionResponse,
  BankResponse: C.BankResponse,
  LeaderboardResponse: C.LeaderboardResponse,
  ErrorEnvelope: C.ErrorEnvelope,
};

/**
 * Integers are written `number` + `multipleOf: 1` in the schemas, and instants as a regex
 * (both cheaper in the bundle): say `integer` and `format: date-time` here.
 */
const integers = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(integers);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = integers(v);
  if (out.type === 'number' && out.multipleOf === 1) {
    out.type = 'integer';
    delete out.multipleOf;
  }
  if (out.type === 'string' && out.pattern === C.INSTANT_PATTERN.source) {
    delete out.pattern;
    out.format = 'date-time';
  }
  return out;
};

const components = Object.fromEntries(
  Object.entries(schemas).map(([name, schema]) => {
    const { $schema: _drop, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
    return [name, integers(json)];
  }),
);

// ---------------------------------------------------------------------- examples

/** A small contest for the examples (3 questions), in the shape of the demo's sample contest. */
const exampleContest: Omit<C.ContestDocument, 'serverTime'> = {
  contractVersion: C.CONTRACT_VERSION,
  id: 'cchc-2020',
  title: 'Cuộc thi trực tuyến tìm hiểu về cải cách thủ tục hành chính năm 2020',
  language: 'vi',
  organiser: 'Ủy ban nhân dân tỉnh',
  rulesHtml: '<h3>Thể lệ</h3><p>Cuộc thi gồm 4 đợt. Trong mỗi đợt, mỗi người được dự thi tối đa <strong>3 lần</strong>; lần có kết quả cao nhất được tính.</p>',
  opensAt: '2020-09-15T08:00:00+07:00',
  closesAt: '2020-10-15T08:00:00+07:00',
  rounds: SAMPLE_ROUNDS,
  exam: {
    questionCount: 3,
    timeLimitSeconds: 600,
    graceSeconds: 60,
    attempts: { max: 3, per: 'round', counting: 'best' },
    prediction: { prompt: 'Theo bạn, sẽ có bao nhiêu người trả lời đúng tất cả các câu hỏi?', min: 0, max: 100000, unit: 'người' },
    result: 'score',
    autosave: true,
  },
  registration: {
    fields: REGISTRATION_FIELDS,
    units: [
      { id: 'so-tu-phap', name: 'Sở Tư pháp', group: 'Sở, ban, ngành tỉnh' },
      { id: 'ubnd-luc-nam', name: 'UBND huyện Lục Nam', group: 'UBND huyện, thành phố' },
      { id: 'khac', name: 'Khác / Người dân', group: 'Khác' },
    ],
    districts: [{ id: 'luc-nam', name: 'Huyện Lục Nam', communes: [{ id: 'doi-ngo', name: 'Thị trấn Đồi Ngô' }] }],
    consentText: 'Tôi đồng ý để Ban Tổ chức xử lý thông tin cá nhân của tôi chỉ để tổ chức cuộc thi, theo Nghị định 13/2023/NĐ-CP.',
  },
  features: { bank: true, practice: true, leaderboard: true },
};

const exampleBank: C.BankQuestion[] = [
  {
    id: 'q1',
    topicId: 'dich-vu-cong',
    text: 'Dịch vụ công trực tuyến mức độ 4 cho phép người dân làm gì?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Chỉ tải về các mẫu đơn, tờ khai' },
      { id: 'b', text: 'Điền và gửi hồ sơ trực tuyến' },
      { id: 'c', text: 'Nộp hồ sơ, thanh toán lệ phí và nhận kết quả trực tuyến' },
    ],
    correctOptionIds: ['c'],
    explanation: 'Mức độ 4 cho phép thực hiện toàn trình trên môi trường mạng.',
  },
  {
    id: 'q2',
    topicId: 'mot-cua',
    text: 'Bộ phận Một cửa có những nhiệm vụ nào?',
    kind: 'multiple',
    options: [
      { id: 'a', text: 'Tiếp nhận hồ sơ thủ tục hành chính' },
      { id: 'b', text: 'Trả kết quả giải quyết thủ tục hành chính' },
      { id: 'c', text: 'Ban hành văn bản quy phạm pháp luật' },
      { id: 'd', text: 'Hướng dẫn tổ chức, cá nhân chuẩn bị hồ sơ' },
    ],
    correctOptionIds: ['a', 'b', 'd'],
  },
  {
    id: 'q3',
    topicId: 'mot-cua',
    text: 'Thời hạn giải quyết thủ tục hành chính được tính từ khi nào?',
    kind: 'single',
    options: [
      { id: 'a', text: 'Từ khi nhận đủ hồ sơ hợp lệ' },
      { id: 'b', text: 'Từ khi người dân nộp đơn lần đầu' },
      { id: 'c', text: 'Từ khi lãnh đạo ký duyệt' },
    ],
    correctOptionIds: ['a'],
  },
];

/** The stable JSON of a value (sorted keys), to compare a body with what its schema keeps of it. */
const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x,
  );

/** Fail the generation unless `value` is valid for `schema` and carries no key the schema would drop. */
function valid<T>(name: string, schema: z.ZodMiniType<T>, value: T): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`The ${name} example is not valid:\n${z.prettifyError(r.error)}`);
  if (stable(r.data) !== stable(value)) throw new Error(`The ${name} example carries keys its schema does not have.`);
  return value;
}

async function makeExamples() {
  let clock = Date.parse('2020-09-21T09:30:00+07:00');
  const backend = new ReferenceBackend({ contest: exampleContest, bank: exampleBank, now: () => clock, random: seeded(1) });
  const call = async (method: string, path: string, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    const res = await backend.handle({ method, path, body, header: (n) => lower[n.toLowerCase()] ?? null });
    if (res.status !== status) throw new Error(`Examples: ${method} ${path} answered ${res.status}, not ${status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };

  const contest = valid('ContestDocument', C.ContestDocument, (await call('GET', '/contest', 200)) as C.ContestDocument);
  const startRequest = valid('StartAttemptRequest', C.StartAttemptRequest, {
    participant: {
      fullName: 'Nguyễn Văn An',
      birthDate: '1980-05-20',
      gender: 'male',
      citizenId: '024080001234',
      phone: '0912345678',
      email: 'an.nguyen@example.com',
      unitId: 'so-tu-phap',
      districtId: 'luc-nam',
      communeId: 'doi-ngo',
      consent: true,
    },
  });
  const startKey = '0f8fad5b-d9cb-469f-a165-70867728950e';
  const started = valid('StartAttemptResponse', C.StartAttemptResponse, (await call('POST', '/attempts', 201, startRequest, { 'Idempotency-Key': startKey })) as C.StartAttemptResponse);
  const { attempt } = started;
  for (const q of attempt.questions) if ('correctOptionIds' in q || 'explanation' in q) throw new Error('Examples: the started attempt carries the answer key.');

  // Two of the three questions answered correctly.
  const key = (id: string) => exampleBank.find((q) => q.id === id)!.correctOptionIds!;
  const answers = attempt.questions.map((q, i) => ({
    questionId: q.id,
    optionIds: i < 2 ? key(q.id) : [q.options.find((o) => !key(q.id).includes(o.id))!.id],
  }));
  clock += 90_000;
  const saveRequest = valid('SaveAnswersRequest', C.SaveAnswersRequest, { revision: 0, answers: answers.slice(0, 1), prediction: null });
  const saved = valid('SaveAnswersResponse', C.SaveAnswersResponse, (await call('PUT', `/attempts/${attempt.id}/answers`, 200, saveRequest)) as C.SaveAnswersResponse);

  clock += 155_000;
  const submissionRequest = valid('SubmissionRequest', C.SubmissionRequest, { answers, prediction: 1250, reason: 'confirmed' });
  const submitKey = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
  const submitted = valid('SubmissionResponse', C.SubmissionResponse, (await call('POST', `/attempts/${attempt.id}/submission`, 201, submissionRequest, { 'Idempotency-Key': submitKey })) as C.SubmissionResponse);
  clock += 3_000;
  const replayed = valid('SubmissionResponse', C.SubmissionResponse, (await call('POST', `/attempts/${attempt.id}/submission`, 200, submissionRequest, { 'Idempotency-Key': submitKey })) as C.SubmissionResponse);

  clock += 60_000;
  const bank = valid('BankResponse', C.BankResponse, (await call('GET', '/bank', 200)) as C.BankResponse);
  const leaderboard = valid('LeaderboardResponse', C.LeaderboardResponse, (await call('GET', '/leaderboard', 200)) as C.LeaderboardResponse);
  const roundLeaderboard = valid('LeaderboardResponse', C.LeaderboardResponse, (await call('GET', '/leaderboard?round=dot-1', 200)) as C.LeaderboardResponse);
  if (roundLeaderboard.roundId !== 'dot-1') throw new Error('Examples: the leaderboard of a round does not name its round.');
  return { contest, startRequest, started, saveRequest, saved, submissionRequest, submitted, replayed, bank, leaderboard, roundLeaderboard };
}

const examples = await makeExamples();

// ---------------------------------------------------------------------- the document

const ref = (name: keyof typeof schemas) => ({ $ref: `#/components/schemas/${name}` });
/** A JSON response (or, without a description, a request body's content) with one named example. */
const media = (name: keyof typeof schemas, example: { name: string; summary: string; value: unknown }) => ({
  'application/json': { schema: ref(name), examples: { [example.name]: { summary: example.summary, value: example.value } } },
});
const json = (name: keyof typeof schemas, description: string, example: { name: string; summary: string; value: unknown }) => ({
  description,
  content: media(name, example),
});
const requestBody = (name: keyof typeof schemas, example: { name: string; summary: string; value: unknown }) => ({
  required: true,
  content: media(name, example),
});

/** Which error codes each call may answer with, and the HTTP status of each. */
const STATUS: Record<C.ErrorCode, number> = {
  contest_not_open: 403,
  contest_closed: 403,
  attempts_exhausted: 403,
  invalid_participant: 422,
  attempt_not_found: 404,
  attempt_expired: 403,
  already_submitted: 409,
  stale_revision: 409,
  rate_limited: 429,
  idempotency_in_progress: 409,
  idempotency_mismatch: 422,
  captcha_required: 403,
  unauthorized: 401,
  bad_request: 400,
  internal: 500,
};
const errors = (...codes: C.ErrorCode[]) => {
  const byStatus = new Map<number, C.ErrorCode[]>();
  for (const code of [...codes, 'bad_request', 'rate_limited', 'unauthorized', 'internal'] as C.ErrorCode[]) {
    byStatus.set(STATUS[code], [...new Set([...(byStatus.get(STATUS[code]) ?? []), code])]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      {
        description: `Error envelope with code ${list.map((c) => `\`${c}\``).join(', ')}.${status === 429 ? ' Sends `Retry-After` (seconds).' : ''}`,
        content: {
          'application/json': {
            schema: ref('ErrorEnvelope'),
            examples: Object.fromEntries(list.map((code) => [code, { value: { error: { code, message: `Example message for ${code}` } } }])),
          },
        },
      },
    ]),
  );
};
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description:
    'One key per intent (one per submission of an attempt), reused unchanged on every retry. A repeated key with the same body replays the stored response; while the first request is in flight the server answers 409 `idempotency_in_progress`; the same key with another body is 422 `idempotency_mismatch`.',
  schema: { type: 'string', minLength: 8, maxLength: 128 },
};
const attemptId = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
/** A 404 in the error envelope: the reference backend answers `bad_request` with it for a resource that does not exist. */
const notFound = (description: string, message: string) => ({
  '404': {
    description,
    content: { 'application/json': { schema: ref('ErrorEnvelope'), examples: { bad_request: { value: { error: { code: 'bad_request', message } } } } } },
  },
});

const doc = {
  openapi: '3.1.0',
  jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
  info: {
    title: 'cai-cach-quiz endpoint contract',
    version: C.CONTRACT_VERSION,
    description:
      'What a portal backend implements for `<cai-cach-quiz>`. Every response body carries `serverTime` (ISO 8601 with offset); the element never trusts the device clock. In contest mode the answer key never leaves the server. Generated from src/contract/*.ts by `npm run contract`; do not edit by hand.',
  },
  servers: [{ url: '{endpoint}', variables: { endpoint: { default: 'https://thitructuyen.example.gov.vn/api/cuoc-thi/cchc-2020' } } }],
  paths: {
    '/contest': {
      get: {
        summary: 'The contest document: title, dates, rules, exam settings, registration fields and units.',
        description: 'Cacheable (e.g. `Cache-Control: public, max-age=60`).',
        responses: {
          '200': json('ContestDocument', 'The contest.', { name: 'contest', summary: 'A contest of 3 questions, open', value: examples.contest }),
          ...errors(),
        },
      },
    },
    '/attempts': {
      post: {
        summary: 'Start an attempt: returns the questions without answers, shuffled by the server, and the deadline.',
        description: [
          'Refused with 403 `contest_not_open` before `opensAt` and 403 `contest_closed` from `closesAt` on (practice attempts excepted).',
          '',
          '**Rounds.** When the contest has `rounds`, an attempt can start only while a round is open (`opensAt ≤ serverTime < closesAt`). Rounds need not be contiguous: between two rounds the server answers 403 `contest_not_open` (its message names the next round), and after the last round 403 `contest_closed`. The attempt belongs to the round open when it starts, and the server says which in `attempt.roundId`: it decides, and a `roundId` in the request that is not the open round is ignored. The attempt keeps its round: it can be submitted until `deadline + exam.graceSeconds` even if the round closes meanwhile.',
          '',
          '**Attempt limit.** `exam.attempts.max` counts the participant\'s non-practice attempts: over the whole contest with `per: "contest"`; with `per: "round"`, only those of the round open now, so a new round brings a fresh allowance and `attempt.number` and `attemptsLeft` count within the round (a contest without rounds is one round). One more start is 403 `attempts_exhausted`. Practice attempts (`practice: true`) never count, never appear on the leaderboard, and may start outside the contest\'s window (and between rounds); a practice attempt is numbered among the participant\'s practice attempts, and its `attemptsLeft` is the allowance for real attempts, unchanged.',
        ].join('\n'),
        parameters: [{ ...idempotencyKey, required: false, description: 'Recommended: a retried start with the same key and body returns the same attempt instead of using up another; the same key with another body is 422 `idempotency_mismatch`.' }],
        requestBody: requestBody('StartAttemptRequest', { name: 'participant', summary: 'A participant who filled every field', value: examples.startRequest }),
        responses: {
          '201': json('StartAttemptResponse', 'The attempt.', { name: 'started', summary: 'The first of 3 attempts in Đợt 1: questions and options shuffled, no answers', value: examples.started }),
          ...errors('contest_not_open', 'contest_closed', 'attempts_exhausted', 'invalid_participant', 'captcha_required', 'idempotency_mismatch'),
        },
      },
    },
    '/attempts/{id}/answers': {
      put: {
        summary: 'Optional server-side autosave (only when `exam.autosave` is true).',
        description: 'Without autosave in the contest, 404 `bad_request`. Accepted until `deadline + exam.graceSeconds` (then 403 `attempt_expired`); a prediction outside `exam.prediction` min–max is 400 `bad_request`.',
        parameters: [attemptId],
        requestBody: requestBody('SaveAnswersRequest', { name: 'first-answer', summary: 'The first answer, saved on revision 0', value: examples.saveRequest }),
        responses: {
          '200': json('SaveAnswersResponse', 'Saved; the new revision.', { name: 'saved', summary: 'Saved as revision 1', value: examples.saved }),
          ...errors('attempt_not_found', 'already_submitted', 'stale_revision', 'attempt_expired'),
        },
      },
    },
    '/attempts/{id}/submission': {
      post: {
        summary: 'Submit the answers and the prediction; the server grades.',
        description: 'Accepted until `deadline + exam.graceSeconds`. Exactly one submission per attempt is accepted.',
        parameters: [attemptId, idempotencyKey],
        requestBody: requestBody('SubmissionRequest', { name: 'confirmed', summary: 'All questions answered, with a prediction', value: examples.submissionRequest }),
        responses: {
          '201': json('SubmissionResponse', 'Accepted: the result (or "announced later").', { name: 'graded', summary: '2 of 3 correct', value: examples.submitted }),
          '200': json('SubmissionResponse', 'A replay of the stored result for a repeated key.', {
            name: 'replayed',
            summary: 'The same key and body again: the stored result (a later serverTime)',
            value: examples.replayed,
          }),
          ...errors('attempt_not_found', 'attempt_expired', 'already_submitted', 'idempotency_in_progress', 'idempotency_mismatch'),
        },
      },
    },
    '/bank': {
      get: {
        summary: 'The published question bank; answers only if the organiser published them.',
        responses: {
          '200': json('BankResponse', 'The bank.', { name: 'published', summary: 'The bank with its answers published', value: examples.bank }),
          ...errors(),
          ...notFound('The contest publishes no bank (`features.bank` is false).', 'This contest publishes no bank.'),
        },
      },
    },
    '/leaderboard': {
      get: {
        summary: 'Top individuals (names masked) and units by participation, for the whole contest or one round.',
        description: [
          'Only when `features.leaderboard` is true. Practice attempts never count. When `exam.result` is `after-close`, `individuals` is empty until the contest closes (participants were told results come later); units and totals are still given.',
          '',
          '`individuals`: one row per participant, for the attempt that counts (`exam.attempts.counting`: the best, the first or the last submitted), at most 20, in the contest\'s order: the higher score, then the prediction closest to the actual number of participants with a perfect score (`predictionDistance`; no prediction ranks after any), then the shorter `durationSeconds`, then the earlier submission. Names are masked ("Nguyễn V. A.").',
          '',
          '`units`: every unit with a participant, by the number of distinct participants who submitted (descending; equal numbers by name, Vietnamese collation). `totalParticipants`: distinct participants with a submission; `totalAttempts`: submissions.',
          '',
          'With `round`, all of it — the attempts, the number of perfect scores the predictions are measured against, the units and the totals — is limited to the attempts of that round, and the response names it in `roundId`.',
        ].join('\n'),
        parameters: [
          {
            name: 'round',
            in: 'query',
            required: false,
            description: 'A round\'s `id` from `contest.rounds`: the leaderboard of that round only. Absent (or empty): the whole contest. An id the contest does not have is 404.',
            schema: { type: 'string' },
            example: 'dot-1',
          },
        ],
        responses: {
          '200': {
            description: 'The leaderboard.',
            content: {
              'application/json': {
                schema: ref('LeaderboardResponse'),
                examples: {
                  leaderboard: { summary: 'The whole contest, after one submission', value: examples.leaderboard },
                  round: { summary: '`?round=dot-1`: the same submission, in the leaderboard of Đợt 1', value: examples.roundLeaderboard },
                },
              },
            },
          },
          ...errors(),
          ...notFound('No round with that id, or the contest publishes no leaderboard.', 'No round "dot-9" in this contest (its rounds: dot-1, dot-2, dot-3, dot-4).'),
        },
      },
    },
  },
  components: { schemas: components },
};

const out = new URL('../src/contract/openapi.json', import.meta.url);
const text = `${JSON.stringify(doc, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    /* missing counts as out of date */
  }
  if (current !== text) {
    console.error('src/contract/openapi.json is out of date: run `npm run contract` and commit it.');
    process.exit(1);
  }
  console.log('src/contract/openapi.json is current.');
} else {
  writeFileSync(out, text);
  console.log(`Wrote src/contract/openapi.json (${Object.keys(components).length} schemas).`);
}
