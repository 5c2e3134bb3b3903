/**
 * Generates src/contract/openapi.json (OpenAPI 3.1, JSON Schema 2020-12) from the zod
 * schemas, for backend teams in any language, and the example blocks of docs/contract.md
 * (between `<!-- generated: example NAME -->` and `<!-- /generated -->`). `--check` fails
 * when either is out of date, or when docs/contract.md does not name a field of the contract,
 * so neither document drifts from the code.
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
  VerificationResponse: C.VerificationResponse,
  LookupRequest: C.LookupRequest,
  LookupResponse: C.LookupResponse,
  ErrorEnvelope: C.ErrorEnvelope,
};

/** What an instant field says in the OpenAPI file, beside `format: date-time` and the pattern. */
const INSTANT_DESCRIPTION =
  'An instant with an offset. Send RFC 3339 (`2020-09-15T08:00:00+07:00`, or `Z`). The element also accepts what the pattern allows: no seconds (`2020-09-15T08:00+07:00`, Java\'s OffsetDateTime.toString()), any number of decimals, `+0700` and `+07`. Without an offset it is refused. See docs/contract.md, "Date-times".';

/**
 * Integers are written `number` + `multipleOf: 1` in the schemas, and instants as a regex
 * (both cheaper in the bundle): say `integer` and `format: date-time` here; the pattern stays,
 * since it says exactly what the element accepts.
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
    out.format = 'date-time';
    out.description = INSTANT_DESCRIPTION;
  }
  return out;
};

/**
 * What the zod schemas cannot say (they carry no descriptions: those would ship in the widget),
 * for the fields a backend most often gets wrong. Keyed by schema and property path (`[]` for
 * array items); docs/contract.md has every field.
 */
const DESCRIPTIONS: Record<string, string> = {
  'ContestDocument.serverTime': "The server's clock when it answered. Every successful response carries it; the element never trusts the device's clock.",
  'ContestDocument.exam.graceSeconds':
    'Seconds after `deadline` during which a submission is still accepted (for a slow network); the element submits at the deadline itself.',
  'ContestDocument.exam.attempts.max': 'Attempts per participant (per round with `per: "round"`); null = unlimited. Required: write null, do not leave it out.',
  'ContestDocument.exam.prediction': 'The prediction question (the tiebreaker), or null when the contest has none. Required: write null, do not leave it out.',
  'ContestDocument.exam.autosave':
    'True when the server offers `PUT /attempts/{id}/answers`; the element then uses it. Absent or null: false, and the server need not implement it.',
  'StartAttemptResponse.attempt.number':
    'The participant\'s attempt number, from 1 (within the round with `per: "round"`; practice attempts are numbered apart).',
  'StartAttemptResponse.attempt.attemptsLeft': 'Attempts left after this one, or null when unlimited. Required: write null, do not leave it out.',
  'StartAttemptResponse.attempt.deadline': 'When the exam time ends: `startedAt` + `exam.timeLimitSeconds` + `extraTimeSeconds`. Extra time is already in it.',
  'StartAttemptResponse.attempt.extraTimeSeconds':
    'Extra time granted to this participant (an accessibility accommodation), for display: it is already included in `deadline`.',
  'StartAttemptResponse.attempt.questions': 'The questions without anything that tells the answer: only the fields of this schema, no other.',
  'SaveAnswersRequest.revision': 'The revision the server last confirmed for this attempt (0 before the first save). Any other is 409 `stale_revision`.',
  'SaveAnswersResponse.revision': 'The new revision: the one sent, plus one.',
  'SubmissionResponse.result.score': "The score on the contest's scale: `correctCount / questionCount × maxScore`, rounded to two decimals.",
  'SubmissionResponse.result.maxScore': 'The highest score possible (the reference servers use `exam.questionCount`).',
  'SubmissionResponse.result.durationSeconds': 'Seconds from `startedAt` to the submission, counted at most to `deadline`.',
  'LeaderboardResponse.individuals[].name':
    'Masked: the family name in full, each other word by its first letter and a dot ("Nguyễn Văn An" → "Nguyễn V. A.").',
  'LeaderboardResponse.individuals[].predictionDistance':
    '|prediction − the number of participants with a perfect score| (in the round, with `?round=`); absent when the participant made no prediction.',
};

/** Put the descriptions above on the properties of a component's JSON Schema. */
function describe(name: string, node: unknown, path = ''): void {
  if (!node || typeof node !== 'object') return;
  const n = node as { properties?: Record<string, Record<string, unknown>>; items?: unknown; anyOf?: unknown[] };
  for (const alt of n.anyOf ?? []) describe(name, alt, path);
  if (n.items) describe(name, n.items, `${path}[]`);
  for (const [key, prop] of Object.entries(n.properties ?? {})) {
    const at = path ? `${path}.${key}` : key;
    const text = DESCRIPTIONS[`${name}.${at}`];
    if (text) prop.description = text;
    describe(name, prop, at);
  }
}

const components = Object.fromEntries(
  Object.entries(schemas).map(([name, schema]) => {
    const { $schema: _drop, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
    const out = integers(json);
    describe(name, out);
    return [name, out];
  }),
);

// Every description above must land on a property: a renamed field must not leave one behind.
const described = JSON.stringify(components);
for (const [key, text] of Object.entries(DESCRIPTIONS)) {
  if (!described.includes(JSON.stringify(text))) throw new Error(`DESCRIPTIONS: no property ${key}`);
}

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
      { id: 'khac', name: 'Khác / Người dân', group: 'Khác', other: true },
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
  JSON.stringify(v, (_k, x: unknown) =>
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
  const backend = new ReferenceBackend({
    contest: exampleContest,
    bank: exampleBank,
    now: () => clock,
    random: seeded(1),
    verifyPage: 'https://thitructuyen.example.gov.vn/xac-minh/',
  });
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
  const started = valid(
    'StartAttemptResponse',
    C.StartAttemptResponse,
    (await call('POST', '/attempts', 201, startRequest, { 'Idempotency-Key': startKey })) as C.StartAttemptResponse,
  );
  const { attempt } = started;
  for (const q of attempt.questions)
    if ('correctOptionIds' in q || 'explanation' in q) throw new Error('Examples: the started attempt carries the answer key.');

  // Two of the three questions answered correctly.
  // The attempt's ids are its own (#13 F8): its key is the backend's, not the bank's.
  const key = (id: string) => {
    const correct = backend.state.attempts[attempt.id]?.keys[id];
    if (!correct) throw new Error(`Examples: the backend holds no answer key for question ${id} of attempt ${attempt.id}.`);
    return correct;
  };
  const answers = attempt.questions.map((q, i) => ({
    questionId: q.id,
    optionIds: i < 2 ? key(q.id) : [q.options.find((o) => !key(q.id).includes(o.id))!.id],
  }));
  clock += 90_000;
  const saveRequest = valid('SaveAnswersRequest', C.SaveAnswersRequest, { revision: 0, answers: answers.slice(0, 1), prediction: null });
  const saved = valid(
    'SaveAnswersResponse',
    C.SaveAnswersResponse,
    (await call('PUT', `/attempts/${attempt.id}/answers`, 200, saveRequest)) as C.SaveAnswersResponse,
  );

  clock += 155_000;
  const submissionRequest = valid('SubmissionRequest', C.SubmissionRequest, { answers, prediction: 1250, reason: 'confirmed' });
  const submitKey = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
  const submitted = valid(
    'SubmissionResponse',
    C.SubmissionResponse,
    (await call('POST', `/attempts/${attempt.id}/submission`, 201, submissionRequest, { 'Idempotency-Key': submitKey })) as C.SubmissionResponse,
  );
  clock += 3_000;
  const replayed = valid(
    'SubmissionResponse',
    C.SubmissionResponse,
    (await call('POST', `/attempts/${attempt.id}/submission`, 200, submissionRequest, { 'Idempotency-Key': submitKey })) as C.SubmissionResponse,
  );

  // The refusals a backend most often has to write, as the reference backend writes them.
  const refused = (name: string, body: unknown) => valid(name, C.ErrorEnvelope, body as C.ErrorEnvelope);
  const errors = {
    invalidParticipant: refused(
      'invalid_participant',
      await call('POST', '/attempts', 422, { participant: { ...startRequest.participant, citizenId: '000080001234' } }),
    ),
    startMismatch: refused(
      'idempotency_mismatch',
      await call('POST', '/attempts', 422, { participant: { ...startRequest.participant, fullName: 'Nguyễn Văn Bình' } }, { 'Idempotency-Key': startKey }),
    ),
    alreadySubmitted: refused(
      'already_submitted',
      await call('POST', `/attempts/${attempt.id}/submission`, 409, submissionRequest, { 'Idempotency-Key': 'a1b2c3d4-0000-4000-8000-000000000001' }),
    ),
    submissionMismatch: refused(
      'idempotency_mismatch',
      await call('POST', `/attempts/${attempt.id}/submission`, 422, { ...submissionRequest, prediction: 1300 }, { 'Idempotency-Key': submitKey }),
    ),
    notFound: refused(
      'attempt_not_found',
      await call('POST', '/attempts/att-unknown/submission', 404, submissionRequest, { 'Idempotency-Key': 'a1b2c3d4-0000-4000-8000-000000000002' }),
    ),
    inProgress: refused('idempotency_in_progress', {
      error: { code: 'idempotency_in_progress', message: 'This submission is being processed.', retryAfterSeconds: 1 },
    }),
    rateLimited: refused('rate_limited', { error: { code: 'rate_limited', message: 'Too many requests; try again later.', retryAfterSeconds: 30 } }),
  };

  clock += 60_000;
  const bank = valid('BankResponse', C.BankResponse, (await call('GET', '/bank', 200)) as C.BankResponse);
  const leaderboard = valid('LeaderboardResponse', C.LeaderboardResponse, (await call('GET', '/leaderboard', 200)) as C.LeaderboardResponse);
  const roundLeaderboard = valid('LeaderboardResponse', C.LeaderboardResponse, (await call('GET', '/leaderboard?round=dot-1', 200)) as C.LeaderboardResponse);
  if (roundLeaderboard.roundId !== 'dot-1') throw new Error('Examples: the leaderboard of a round does not name its round.');
  // Proof of participation (#14): the receipt's code verified, and the participant's lookup.
  const code = submitted.result.receipt!.code;
  const verification = valid('VerificationResponse', C.VerificationResponse, (await call('GET', `/verifications/${code}`, 200)) as C.VerificationResponse);
  const lookupRequest = valid('LookupRequest', C.LookupRequest, {
    citizenId: startRequest.participant.citizenId!,
    birthDate: startRequest.participant.birthDate!,
  });
  const lookup = valid('LookupResponse', C.LookupResponse, (await call('POST', '/verifications/lookup', 200, lookupRequest)) as C.LookupResponse);
  const lookupNone = valid(
    'LookupResponse',
    C.LookupResponse,
    (await call('POST', '/verifications/lookup', 200, { ...lookupRequest, birthDate: '1980-05-21' })) as C.LookupResponse,
  );
  if (lookupNone.attempts.length) throw new Error('Examples: a wrong birth date found attempts.');
  return {
    contest,
    startRequest,
    started,
    saveRequest,
    saved,
    submissionRequest,
    submitted,
    replayed,
    bank,
    leaderboard,
    roundLeaderboard,
    verification,
    lookupRequest,
    lookup,
    lookupNone,
    ...errors,
  };
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
/**
 * The error responses of a call, by status: its own codes plus those every call may answer
 * (`bad_request`, `rate_limited`, `unauthorized`, `internal`). `notFound`: the call also answers
 * 404 `bad_request` for something that does not exist here (what, and an example message); the
 * contract has no code of its own for that, and only an unknown attempt has one.
 */
const errors = (codes: C.ErrorCode[], notFound?: { when: string; message: string }) => {
  const byStatus = new Map<number, C.ErrorCode[]>();
  for (const code of [...codes, 'bad_request', 'rate_limited', 'unauthorized', 'internal'] as C.ErrorCode[]) {
    byStatus.set(STATUS[code], [...new Set([...(byStatus.get(STATUS[code]) ?? []), code])]);
  }
  if (notFound && !byStatus.has(404)) byStatus.set(404, []);
  return Object.fromEntries(
    [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, list]) => {
        const examples = Object.fromEntries(list.map((code) => [code, { value: { error: { code, message: `Example message for ${code}` } } }]));
        let description = `Error envelope with code ${list.map((c) => `\`${c}\``).join(', ')}.${status === 429 || list.includes('idempotency_in_progress') ? ' Sends `Retry-After` (seconds).' : ''}`;
        if (status === 404 && notFound) {
          examples.not_here = { value: { error: { code: 'bad_request', message: notFound.message } } };
          description = `${list.length ? `\`${list.join('`, `')}\`; or ` : ''}\`bad_request\` ${notFound.when}.`;
        }
        return [String(status), { description, content: { 'application/json': { schema: ref('ErrorEnvelope'), examples } } }];
      }),
  );
};
const SAME_BODY =
  '"The same body" means equal JSON: the bodies are compared after parsing, so the order of members and white space do not matter; every member counts, those the server does not know included.';
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: `One key per submission of an attempt (the element sends a random UUID), reused unchanged on every retry. The first request is 201; the same key with the same body again replays the stored result, 200; while the first request is still being processed, 409 \`idempotency_in_progress\` with \`Retry-After\`; the same key with another body, 422 \`idempotency_mismatch\`; another key once the attempt has a submission, 409 \`already_submitted\`. ${SAME_BODY} Keep keys and results as long as the attempt. Without the header: 400 \`bad_request\`.`,
  schema: { type: 'string', minLength: 8, maxLength: 128 },
};
const attemptId = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

const doc = {
  openapi: '3.1.0',
  jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
  info: {
    title: 'cai-cach-quiz endpoint contract',
    version: C.CONTRACT_VERSION,
    description:
      'What a portal backend implements for `<cai-cach-quiz>`; the prose, with every rule, status and example, is docs/contract.md. Every successful response body carries `serverTime`; the element never trusts the device clock. Instants carry an offset (`format: date-time`; the pattern says what else the element accepts). In a response, an optional field may be absent or null: both mean the same. Members the schemas do not list are ignored, except in a start response, which carries nothing beyond its schema. In contest mode the answer key never leaves the server. Generated from src/contract/*.ts by `npm run contract`; do not edit by hand.',
  },
  servers: [{ url: '{endpoint}', variables: { endpoint: { default: 'https://thitructuyen.example.gov.vn/api/cuoc-thi/cchc-2020' } } }],
  paths: {
    '/contest': {
      get: {
        summary: 'The contest document: title, dates, rules, exam settings, registration fields and units.',
        description: 'Cacheable (e.g. `Cache-Control: public, max-age=60`).',
        responses: {
          '200': json('ContestDocument', 'The contest.', { name: 'contest', summary: 'A contest of 3 questions, open', value: examples.contest }),
          ...errors([]),
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
        parameters: [
          {
            ...idempotencyKey,
            required: false,
            description: `Recommended (the element always sends one): a retried start with the same key and body returns the same attempt, 201 as the first time (the element takes 200 too), instead of using up another; the same key with another body is 422 \`idempotency_mismatch\`. ${SAME_BODY.replace('every member counts', 'every member counts except `captchaToken` (a retried start may carry a fresh one)')}`,
          },
        ],
        requestBody: requestBody('StartAttemptRequest', { name: 'participant', summary: 'A participant who filled every field', value: examples.startRequest }),
        responses: {
          '201': json('StartAttemptResponse', 'The attempt.', {
            name: 'started',
            summary: 'The first of 3 attempts in Đợt 1: questions and options shuffled, no answers',
            value: examples.started,
          }),
          ...errors(['contest_not_open', 'contest_closed', 'attempts_exhausted', 'invalid_participant', 'captcha_required', 'idempotency_mismatch']),
        },
      },
    },
    '/attempts/{id}/answers': {
      put: {
        summary: 'Server-side autosave, optional for a backend: offered when `exam.autosave` is true, and then used by the element.',
        description:
          'The server keeps a revision per attempt, 0 when it starts. A save carrying the current revision replaces the saved answers and prediction and the revision goes up by one (the response gives it); a save with any other revision is 409 `stale_revision` and changes nothing. The element sends a change a few seconds after it is made, one save at a time, and takes the next revision when a save of its own was applied but its answer lost. A saved attempt still needs its submission for a result. Accepted until `deadline + exam.graceSeconds` (then 403 `attempt_expired`); after the submission, 409 `already_submitted`; a prediction outside `exam.prediction` min–max is 400 `bad_request`. A contest without autosave answers 404 `bad_request` here (an unknown attempt is 404 `attempt_not_found`).',
        parameters: [attemptId],
        requestBody: requestBody('SaveAnswersRequest', { name: 'first-answer', summary: 'The first answer, saved on revision 0', value: examples.saveRequest }),
        responses: {
          '200': json('SaveAnswersResponse', 'Saved; the new revision.', { name: 'saved', summary: 'Saved as revision 1', value: examples.saved }),
          ...errors(['attempt_not_found', 'already_submitted', 'stale_revision', 'idempotency_in_progress', 'attempt_expired'], {
            when: 'when the contest offers no autosave (`exam.autosave` is not true)',
            message: 'This contest has no autosave (exam.autosave is false).',
          }),
        },
      },
    },
    '/attempts/{id}/submission': {
      post: {
        summary: 'Submit the answers and the prediction; the server grades.',
        description:
          'Accepted until `deadline + exam.graceSeconds` (by the server\'s clock; then 403 `attempt_expired`). Exactly one submission per attempt is accepted, also when several arrive at once with different keys: the others are 409 (`already_submitted`, or `idempotency_in_progress` while the first is being processed; never 500). Grading: a question counts only when exactly its correct options are chosen (all or nothing for `multiple`); `score = correctCount / questionCount × maxScore`, rounded to two decimals. A prediction outside `exam.prediction` min–max is 400 `bad_request`. See docs/contract.md, "Grading and ranking".',
        parameters: [attemptId, idempotencyKey],
        requestBody: requestBody('SubmissionRequest', {
          name: 'confirmed',
          summary: 'All questions answered, with a prediction',
          value: examples.submissionRequest,
        }),
        responses: {
          '201': json('SubmissionResponse', 'Accepted: the result (or "announced later").', {
            name: 'graded',
            summary: '2 of 3 correct',
            value: examples.submitted,
          }),
          '200': json('SubmissionResponse', 'A replay of the stored result for a repeated key.', {
            name: 'replayed',
            summary: 'The same key and body again: the stored result (a later serverTime)',
            value: examples.replayed,
          }),
          ...errors(['attempt_not_found', 'attempt_expired', 'already_submitted', 'idempotency_in_progress', 'idempotency_mismatch']),
        },
      },
    },
    '/bank': {
      get: {
        summary: 'The published question bank; answers only if the organiser published them.',
        responses: {
          '200': json('BankResponse', 'The bank.', { name: 'published', summary: 'The bank with its answers published', value: examples.bank }),
          ...errors([], { when: 'when the contest publishes no bank (`features.bank` is false)', message: 'This contest publishes no bank.' }),
        },
      },
    },
    '/leaderboard': {
      get: {
        summary: 'Top individuals (names masked) and units by participation, for the whole contest or one round.',
        description: [
          'Only when `features.leaderboard` is true. Practice attempts never count. When `exam.result` is `after-close`, `individuals` is empty until the contest closes (participants were told results come later); units and totals are still given.',
          '',
          '`individuals`: one row per participant, for the attempt that counts (`exam.attempts.counting`: `best`, the higher score, then the shorter time, then the earlier submission; `first` or `last` by start), at most 20, in the contest\'s order: the higher score, then the prediction closest to the actual number of participants with a perfect score (`predictionDistance`; no prediction ranks after any), then the shorter `durationSeconds`, then the earlier submission. Names are masked: the family name (the first word) in full, every other word by its first letter and a dot ("Nguyễn Văn An" → "Nguyễn V. A."), after removing control and bidirectional formatting characters.',
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
            description:
              "A round's `id` from `contest.rounds`: the leaderboard of that round only. Absent (or empty): the whole contest. An id the contest does not have is 404.",
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
          ...errors([], {
            when: 'for a `round` the contest does not have, or when it publishes no leaderboard (`features.leaderboard` is false)',
            message: 'No round "dot-9" in this contest (its rounds: dot-1, dot-2, dot-3, dot-4).',
          }),
        },
      },
    },
    '/verifications/{code}': {
      get: {
        summary: 'Optional (proof of participation): what the certificate of a verification code says, masked.',
        description:
          'Offered by a backend whose submission results carry `result.receipt`; its presence is the advertisement. Anyone holding the code may call it (the participant gives it to their agency), so it shows only what proving participation needs (Nghị định 13/2023/NĐ-CP): name, unit, round, attempt number, time and result, the citizen id by its last 3 digits; never the birth date, phone, e-mail or answers. A code the backend did not issue is 404 `bad_request`. Codes must be unguessable (the contest server: 10 symbols of 31, about 50 bits). Rate limit it per address. See docs/contract.md, "Proof of participation".',
        parameters: [
          {
            name: 'code',
            in: 'path',
            required: true,
            description: "The receipt's code, as issued; the contest server also takes it in lower case and with a hyphen (`ABCDE-FGH23`).",
            schema: { type: 'string' },
          },
        ],
        responses: {
          '200': json('VerificationResponse', 'The verification.', { name: 'verified', summary: 'The attempt submitted above', value: examples.verification }),
          ...errors([], { when: 'for a code the backend did not issue', message: 'No such verification code.' }),
        },
      },
    },
    '/verifications/lookup': {
      post: {
        summary: "Optional (proof of participation): a participant's own submitted attempts, by citizen id and birth date.",
        description:
          'Newest first, contest attempts only. Every kind of no — nobody with that citizen id, a wrong birth date, nothing submitted — is the same answer, 200 with an empty list, so the call never tells whether someone took part. Limit it per address and per citizen id (the contest server: 20 an hour per address, 5 an hour per citizen id), 429 `rate_limited` with `Retry-After`. See docs/contract.md, "Proof of participation".',
        requestBody: requestBody('LookupRequest', {
          name: 'lookup',
          summary: 'The citizen id and birth date the participant registered with',
          value: examples.lookupRequest,
        }),
        responses: {
          '200': {
            description: "The participant's attempts (possibly none).",
            content: {
              'application/json': {
                schema: ref('LookupResponse'),
                examples: {
                  found: { summary: 'The attempt submitted above', value: examples.lookup },
                  none: { summary: 'A wrong birth date: the same answer as nobody', value: examples.lookupNone },
                },
              },
            },
          },
          ...errors([]),
        },
      },
    },
  },
  components: { schemas: components },
};

// ---------------------------------------------------------------------- docs/contract.md

/**
 * docs/contract.md with its example blocks filled from `examples`: each block between
 * `<!-- generated: example NAME -->` and `<!-- /generated -->` becomes that example as JSON.
 */
function contractDoc(current: string): string {
  return current.replace(/(<!-- generated: example (\w+) -->\n)[\s\S]*?(<!-- \/generated -->)/g, (_, open: string, name: string, close: string) => {
    const value = (examples as Record<string, unknown>)[name];
    if (value === undefined) throw new Error(`docs/contract.md: no example named ${name}`);
    return `${open}\n\`\`\`json\n${JSON.stringify(value, null, 2)}\n\`\`\`\n\n${close}`;
  });
}

/** Every field of every request and response, as a path (`exam.attempts.max`, `questions[].options[].id`). */
function fieldPaths(node: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (!node || typeof node !== 'object') return out;
  const n = node as { properties?: Record<string, unknown>; items?: unknown; anyOf?: unknown[] };
  for (const alt of n.anyOf ?? []) fieldPaths(alt, prefix, out);
  if (n.items) fieldPaths(n.items, `${prefix}[]`, out);
  for (const [key, prop] of Object.entries(n.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.add(path);
    fieldPaths(prop, path, out);
  }
  return out;
}

/** The fields docs/contract.md does not name (as `path`, in backticks). */
function unnamedFields(doc: string): string[] {
  const missing: string[] = [];
  for (const [name, schema] of Object.entries(components)) {
    for (const path of fieldPaths(schema)) if (!doc.includes(`\`${path}\``)) missing.push(`${name}: ${path}`);
  }
  return missing;
}

const out = new URL('../src/contract/openapi.json', import.meta.url);
const docFile = new URL('../docs/contract.md', import.meta.url);
const text = `${JSON.stringify(doc, null, 2)}\n`;
const read = (file: URL) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // missing counts as out of date
  }
};
const currentDoc = read(docFile);
const docText = contractDoc(currentDoc);
const unnamed = unnamedFields(docText);
if (unnamed.length) {
  console.error(`docs/contract.md does not name these fields (write each as \`path\` where its call is described):\n  ${unnamed.join('\n  ')}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  let stale = false;
  if (read(out) !== text) {
    console.error('src/contract/openapi.json is out of date: run `npm run contract` and commit it.');
    stale = true;
  }
  if (currentDoc !== docText) {
    console.error("docs/contract.md's generated examples are out of date: run `npm run contract` and commit it.");
    stale = true;
  }
  if (stale) process.exit(1);
  console.log('src/contract/openapi.json and the examples of docs/contract.md are current.');
} else {
  writeFileSync(out, text);
  writeFileSync(docFile, docText);
  console.log(`Wrote src/contract/openapi.json (${Object.keys(components).length} schemas) and the examples of docs/contract.md.`);
}
