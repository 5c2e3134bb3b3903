/**
 * Generates src/contract/openapi.json (OpenAPI 3.1, JSON Schema 2020-12) from the zod
 * schemas, for backend teams in any language. `--check` fails when the committed file is
 * out of date, so the document never drifts from the code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
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

/** Integers are written `number` + `multipleOf: 1` in the schemas (cheaper in the bundle); say `integer` here. */
const integers = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(integers);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = integers(v);
  if (out.type === 'number' && out.multipleOf === 1) {
    out.type = 'integer';
    delete out.multipleOf;
  }
  return out;
};

const components = Object.fromEntries(
  Object.entries(schemas).map(([name, schema]) => {
    const { $schema: _drop, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
    return [name, integers(json)];
  }),
);

const ref = (name: keyof typeof schemas) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof schemas, description: string) => ({ description, content: { 'application/json': { schema: ref(name) } } });

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
        responses: { '200': json('ContestDocument', 'The contest.'), ...errors() },
      },
    },
    '/attempts': {
      post: {
        summary: 'Start an attempt: returns the questions without answers, shuffled by the server, and the deadline.',
        parameters: [{ ...idempotencyKey, required: false, description: 'Recommended: a retried start with the same key returns the same attempt instead of using up another.' }],
        requestBody: { required: true, content: { 'application/json': { schema: ref('StartAttemptRequest') } } },
        responses: {
          '201': json('StartAttemptResponse', 'The attempt.'),
          ...errors('contest_not_open', 'contest_closed', 'attempts_exhausted', 'invalid_participant', 'captcha_required'),
        },
      },
    },
    '/attempts/{id}/answers': {
      put: {
        summary: 'Optional server-side autosave (only when `exam.autosave` is true).',
        parameters: [attemptId],
        requestBody: { required: true, content: { 'application/json': { schema: ref('SaveAnswersRequest') } } },
        responses: {
          '200': json('SaveAnswersResponse', 'Saved; the new revision.'),
          ...errors('attempt_not_found', 'already_submitted', 'stale_revision'),
        },
      },
    },
    '/attempts/{id}/submission': {
      post: {
        summary: 'Submit the answers and the prediction; the server grades.',
        description: 'Accepted until `deadline + exam.graceSeconds`. Exactly one submission per attempt is accepted.',
        parameters: [attemptId, idempotencyKey],
        requestBody: { required: true, content: { 'application/json': { schema: ref('SubmissionRequest') } } },
        responses: {
          '201': json('SubmissionResponse', 'Accepted: the result (or "announced later").'),
          '200': json('SubmissionResponse', 'A replay of the stored result for a repeated key.'),
          ...errors('attempt_not_found', 'attempt_expired', 'already_submitted', 'idempotency_in_progress', 'idempotency_mismatch'),
        },
      },
    },
    '/bank': {
      get: {
        summary: 'The published question bank; answers only if the organiser published them.',
        responses: { '200': json('BankResponse', 'The bank.'), ...errors() },
      },
    },
    '/leaderboard': {
      get: {
        summary: 'Top individuals (names masked) and units by participation.',
        parameters: [{ name: 'round', in: 'query', required: false, schema: { type: 'string' } }],
        responses: { '200': json('LeaderboardResponse', 'The leaderboard.'), ...errors() },
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
