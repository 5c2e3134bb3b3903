/**
 * Endpoint conformance checker: exercises a portal's running endpoint the way
 * `<cai-cach-quiz>` does and reports every deviation from the endpoint contract
 * (README, "The endpoint contract"; src/contract/*.ts; src/contract/openapi.json).
 *
 *   npx tsx scripts/check-endpoint.ts <endpoint-url> [--origin https://portal.example] [--participant '<json>']
 *   npx cai-cach-quiz check <endpoint-url> …            (the same, through scripts/cai-cach-quiz.mjs)
 *
 * It starts ONE real attempt (with a generated participant: a fresh CCCD and mobile number
 * each run) and submits it, so run it against a test or staging deployment while the
 * contest is open, not against production data.
 *
 * Every line is "✓ <call>: <what was checked>", "✗ <call>: <what is wrong>" or
 * "! warning <call>: <what to look at>"; the last line is
 * "N checks, N passed, N failed, N warnings". Exit status 1 when a check failed, 2 on a
 * usage error. `checkEndpoint(url, options)` is the same as a function, for tests.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import {
  BankResponse,
  ContestDocument,
  ErrorCode,
  ErrorEnvelope,
  LeaderboardResponse,
  SaveAnswersResponse,
  StartAttemptResponse,
  SubmissionResponse,
  type AttemptResult,
} from '../src/contract/schemas.ts';

// ---------------------------------------------------------------------- results

export type Outcome = 'pass' | 'fail' | 'warn';

export interface CheckResult {
  outcome: Outcome;
  /** The call checked, e.g. `POST /attempts` or `POST /attempts/{id}/submission (replay)`. */
  call: string;
  /** What was checked (pass) or what is wrong (fail, warn). */
  message: string;
  /** The printed line: `✓ call: …`, `✗ call: …` or `! warning call: …`. */
  line: string;
}

export interface CheckOptions {
  /** The portal's origin: checks CORS (preflight and response headers) for it. */
  origin?: string;
  /** The participant to start the attempt with. Default: generated from the contest's registration fields. */
  participant?: Record<string, unknown>;
  /** Per request. Default 15 s. */
  timeoutMs?: number;
  /** Local clock, epoch ms (compared with `serverTime`). Default `Date.now`. */
  now?: () => number;
  /** Called with each result as it is found (the command line prints them). */
  onResult?: (result: CheckResult) => void;
  /** Called with lines that are not results (skipped checks, retries). */
  onInfo?: (line: string) => void;
  fetch?: typeof globalThis.fetch;
}

export interface CheckReport {
  results: CheckResult[];
  checks: number;
  passed: number;
  failed: number;
  warnings: number;
  /** `N checks, N passed, N failed, N warnings`. */
  summary: string;
}

const lineOf = (outcome: Outcome, call: string, message: string) =>
  `${outcome === 'pass' ? '✓' : outcome === 'fail' ? '✗' : '! warning'} ${call}: ${message}`;

// ---------------------------------------------------------------------- helpers

const en = z.locales.en().localeError;

const pathText = (path: readonly PropertyKey[]) =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || '(body)';

const at = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, p) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined), value);

/** Validate with a contract schema; each issue as "path: message". */
function issuesOf<T>(schema: z.ZodMiniType<T>, value: unknown): { data?: T; issues: string[] } {
  const r = schema.safeParse(value, { error: en });
  if (r.success) return { data: r.data, issues: [] };
  return {
    issues: r.error.issues.map((i) => {
      const p = pathText(i.path);
      if (i.code === 'invalid_type' && at(value, i.path) === undefined) return `${p}: missing (expected ${i.expected})`;
      return `${p}: ${i.message}`;
    }),
  };
}

/** Where keys that carry the answer key occur in a raw JSON body, grouped by key name. */
function answerKeyPaths(value: unknown, keys = ['correctOptionIds', 'explanation']): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (v: unknown, path: (string | number)[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (keys.includes(k)) found.set(k, [...(found.get(k) ?? []), pathText([...path, k])]);
        walk(x, [...path, k]);
      }
    }
  };
  walk(value, []);
  return found;
}

/** Stable JSON (sorted keys) to compare two bodies. */
const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x,
  );

const headerList = (v: string | null) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

const minutes = (ms: number) => {
  const m = Math.abs(ms) / 60_000;
  const text = m >= 2 * 24 * 60 ? `${Math.round(m / 1440)} days` : m >= 120 ? `${Math.round(m / 60)} h` : `${Math.round(m)} min`;
  return `${text} ${ms < 0 ? 'behind' : 'ahead of'}`;
};

type Loose = Record<string, any>;
const obj = (v: unknown): Loose => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {});
const arr = (v: unknown): any[] => (Array.isArray(v) ? v : []);

/**
 * A participant that passes the contract's and a reasonable server's checks, for the
 * fields the contest asks for: fresh CCCD (province 024) and mobile number every run, the
 * first unit, the first district (and its first commune).
 */
export function generateParticipant(contest: unknown): Record<string, unknown> {
  const registration = obj(obj(contest).registration);
  const units = arr(registration.units);
  const districts = arr(registration.districts);
  const district = districts.find((d) => arr(obj(d).communes).length) ?? districts[0];
  const tag = digits(6);
  const values: Record<string, [string, unknown]> = {
    fullName: ['fullName', 'Nguyễn Thị Kiểm Tra'],
    birthDate: ['birthDate', '1990-05-20'],
    gender: ['gender', 'female'],
    citizenId: ['citizenId', `024${digits(9)}`],
    phone: ['phone', `09${digits(8)}`],
    email: ['email', `kiem-tra-${tag}@example.com`],
    unit: ['unitId', obj(units[0]).id],
    district: ['districtId', obj(district).id],
    commune: ['communeId', obj(arr(obj(district).communes)[0]).id],
  };
  const out: Record<string, unknown> = {};
  for (const field of arr(registration.fields)) {
    const entry = values[String(obj(field).name)];
    if (entry && entry[1] !== undefined) out[entry[0]] = entry[1];
  }
  // A contest that asks for nothing identifying still gets one, so each run is a new participant.
  if (!out.citizenId && !out.phone && !out.email) out.phone = values.phone[1];
  out.consent = true;
  return out;
}

// ---------------------------------------------------------------------- the checker

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; undefined when it is not JSON. */
  json: unknown;
  isJson: boolean;
}

export async function checkEndpoint(endpoint: string, options: CheckOptions = {}): Promise<CheckReport> {
  const base = endpoint.replace(/\/+$/, '');
  const { origin, timeoutMs = 15_000 } = options;
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? globalThis.fetch;
  const results: CheckResult[] = [];
  const info = (line: string) => options.onInfo?.(line);

  const seen = new Set<string>();
  const emit = (outcome: Outcome, call: string, message: string) => {
    const result = { outcome, call, message, line: lineOf(outcome, call, message) };
    // A retried request (after 429) would repeat the same findings.
    if (seen.has(result.line)) return;
    seen.add(result.line);
    results.push(result);
    options.onResult?.(result);
  };

  /** One named check: any number of failures and warnings, or else one pass. */
  const check = (call: string) => {
    let failures = 0;
    return {
      fail(message: string) {
        failures++;
        emit('fail', call, message);
      },
      warn(message: string) {
        emit('warn', call, message);
      },
      get ok() {
        return failures === 0;
      },
      done(message: string) {
        if (failures === 0) emit('pass', call, message);
        return failures === 0;
      },
    };
  };
  type Check = ReturnType<typeof check>;

  /** The error code of a reply, for messages ("403 contest_not_open (…)"). */
  const describe = (r: Reply) => {
    const e = obj(obj(r.json).error);
    if (typeof e.code === 'string') return `${r.status} ${e.code}${e.message ? ` (${String(e.message).slice(0, 160)})` : ''}`;
    return `${r.status}${r.text ? ` ${JSON.stringify(r.text.slice(0, 80))}` : ''}`;
  };

  /** Every error response: a valid envelope with a known code; 429 with Retry-After. */
  const checkErrorResponse = (call: string, r: Reply) => {
    if (r.status < 400) return;
    const c = check(call);
    if (!r.isJson) {
      c.fail(`error response ${r.status} is not a JSON error envelope (${r.headers.get('content-type') ?? 'no Content-Type'}): ${JSON.stringify(r.text.slice(0, 80))}`);
    } else {
      const code = obj(obj(r.json).error).code;
      if (typeof code === 'string' && !ErrorCode.safeParse(code).success) {
        c.fail(`error code "${code}" is not one of the contract's error codes (see ErrorCode in src/contract/errors.ts)`);
      }
      for (const issue of issuesOf(ErrorEnvelope, r.json).issues) {
        if (!issue.startsWith('error.code:')) c.fail(`error response ${r.status} is not a valid ErrorEnvelope: ${issue}`);
      }
    }
    if (r.status === 429 && !r.headers.get('retry-after')) c.fail('429 without a Retry-After header');
  };

  /** CORS on actual (non-preflight) responses, when --origin is given; reported once at the end. */
  const corsResponses = { total: 0, missing: [] as string[], wrong: new Map<string, string[]>() };
  const checkCorsResponse = (call: string, r: Reply) => {
    if (!origin) return;
    corsResponses.total++;
    const allow = r.headers.get('access-control-allow-origin');
    if (!allow) corsResponses.missing.push(`${call} → ${r.status}`);
    else if (allow !== origin && allow !== '*') corsResponses.wrong.set(allow, [...(corsResponses.wrong.get(allow) ?? []), `${call} → ${r.status}`]);
  };

  const send = async (
    call: string,
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Reply | undefined> => {
    const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
    if (origin) headers.Origin = origin;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      let text: string;
      try {
        response = await doFetch(`${base}${path}`, {
          method,
          headers,
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'manual',
        });
        text = await response.text();
      } catch (e) {
        const err = e as Error & { cause?: Error };
        emit('fail', call, `${method} ${base}${path} failed: ${err.cause?.message ?? err.message}`);
        return undefined;
      }
      let json: unknown;
      let isJson = false;
      try {
        json = JSON.parse(text);
        isJson = true;
      } catch {
        /* not JSON */
      }
      const reply: Reply = { status: response.status, headers: response.headers, text, json, isJson };
      checkErrorResponse(call, reply);
      checkCorsResponse(call, reply);
      const retryAfter = response.headers.get('retry-after');
      const wait = retryAfter === null || retryAfter.trim() === '' ? NaN : Number(retryAfter);
      if (response.status === 429 && attempt < 2 && Number.isFinite(wait) && wait >= 0 && wait <= 30) {
        info(`… ${call}: 429, retrying after ${wait} s (Retry-After)`);
        await new Promise((r) => setTimeout(r, wait * 1000));
        continue;
      }
      return reply;
    }
  };

  /** The status must be one of `expected`; the body must then be JSON. */
  const expectStatus = (c: Check, r: Reply, expected: number[], hint = '') => {
    if (!expected.includes(r.status)) {
      c.fail(`expected ${expected.join(' or ')}, got ${describe(r)}${hint}`);
      return false;
    }
    if (!r.isJson) {
      c.fail(`body is not JSON: ${JSON.stringify(r.text.slice(0, 80))}`);
      return false;
    }
    return true;
  };

  /** An expected error: status, a known code, and whatever `more` checks. */
  const expectError = (
    call: string,
    r: Reply | undefined,
    status: number,
    code: string,
    more?: (c: Check, error: Loose) => void,
    passMessage = `${status} ${code}`,
  ) => {
    if (!r) return;
    const c = check(call);
    const error = obj(obj(r.json).error);
    if (r.status !== status || error.code !== code) c.fail(`expected ${status} ${code}, got ${describe(r)}`);
    else more?.(c, error);
    c.done(passMessage);
  };

  const validate = <T>(c: Check, schema: z.ZodMiniType<T>, name: string, json: unknown): T | undefined => {
    const { data, issues } = issuesOf(schema, json);
    for (const issue of issues) c.fail(`not a valid ${name}: ${issue}`);
    return data;
  };

  const noAnswerKey = (c: Check, json: unknown) => {
    for (const [key, paths] of answerKeyPaths(json)) {
      const more = paths.length > 1 ? ` (and ${paths.length - 1} more)` : '';
      c.fail(`${paths[0]}${more}: "${key}" present before submission; in contest mode the answer key must not leave the server`);
    }
  };

  const preflight = async (call: string, path: string, method: string) => {
    const headers = {
      Origin: origin!,
      'Access-Control-Request-Method': method,
      'Access-Control-Request-Headers': 'content-type, idempotency-key',
    };
    let r: Response;
    try {
      r = await doFetch(`${base}${path}`, { method: 'OPTIONS', headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
      await r.arrayBuffer();
    } catch (e) {
      const err = e as Error & { cause?: Error };
      emit('fail', call, `OPTIONS ${base}${path} failed: ${err.cause?.message ?? err.message}`);
      return;
    }
    const c = check(call);
    if (r.status < 200 || r.status > 299) c.fail(`preflight answered ${r.status}, expected 2xx (200 or 204)`);
    const allow = r.headers.get('access-control-allow-origin');
    if (!allow) c.fail(`no Access-Control-Allow-Origin for ${origin}`);
    else if (allow !== origin && allow !== '*') c.fail(`Access-Control-Allow-Origin is "${allow}", not ${origin}`);
    const allowed = headerList(r.headers.get('access-control-allow-headers'));
    for (const h of ['content-type', 'idempotency-key']) {
      if (!allowed.includes(h) && !allowed.includes('*')) {
        c.fail(`Access-Control-Allow-Headers (${r.headers.get('access-control-allow-headers') ?? 'absent'}) does not allow ${h}`);
      }
    }
    const methods = headerList(r.headers.get('access-control-allow-methods'));
    // GET and POST are CORS-safelisted methods; PUT must be listed.
    if (method === 'PUT' && !methods.includes('put') && !methods.includes('*')) {
      c.fail(`Access-Control-Allow-Methods (${r.headers.get('access-control-allow-methods') ?? 'absent'}) does not allow PUT`);
    }
    if (c.done(`preflight for ${method} allows ${origin} with Content-Type and Idempotency-Key`) && allow === '*') {
      c.warn('Access-Control-Allow-Origin is "*": fine unless the portal sets credentials="include" on the element (then the origin must be echoed)');
    }
  };

  // ------------------------------------------------------------------ GET /contest

  const report = (): CheckReport => {
    const passed = results.filter((r) => r.outcome === 'pass').length;
    const failed = results.filter((r) => r.outcome === 'fail').length;
    const warnings = results.filter((r) => r.outcome === 'warn').length;
    const checks = results.length;
    return { results, checks, passed, failed, warnings, summary: `${checks} checks, ${passed} passed, ${failed} failed, ${warnings} warnings` };
  };

  let contest: Loose = {};
  {
    const call = 'GET /contest';
    const r = await send(call, 'GET', '/contest');
    if (!r || r.status !== 200 || !r.isJson || !r.json || typeof r.json !== 'object') {
      // Without the contest document there is nothing to register with: stop here.
      if (r) {
        const hint = r.status === 404 ? ` — is ${base} the endpoint (the checker appends /contest, /attempts…)?` : '';
        expectStatus(check(call), r, [200], hint);
        if (r.status === 200 && r.isJson) check(call).fail('the body is not a JSON object');
      }
      info('- the other checks: skipped, they need the contest document');
      return report();
    }
    contest = obj(r.json);
    const c = check(call);
    validate(c, ContestDocument, 'ContestDocument', r.json);
    c.done('200, a valid ContestDocument');
    const serverTime = Date.parse(String(contest.serverTime));
    if (Number.isFinite(serverTime)) {
      const skew = serverTime - now();
      if (Math.abs(skew) > 5 * 60_000) {
        emit('warn', call, `serverTime ${contest.serverTime} is ${minutes(skew)} the local clock (fine for a test server on contest time; in production check the server's clock)`);
      } else emit('pass', call, 'serverTime within ±5 min of the local clock');
    }
    const cache = r.headers.get('cache-control');
    if (cache) emit('pass', call, `Cache-Control: ${cache}`);
    else emit('warn', call, 'no Cache-Control header (the contest document is cacheable, e.g. "public, max-age=60")');
  }
  const exam = obj(contest.exam);
  const features = obj(contest.features);
  const rounds = Array.isArray(contest.rounds) ? contest.rounds.map(obj) : [];

  // ------------------------------------------------------------------ CORS preflight

  if (origin) {
    await preflight('OPTIONS /attempts (CORS preflight)', '/attempts', 'POST');
    await preflight('OPTIONS /attempts/{id}/submission (CORS preflight)', `/attempts/${encodeURIComponent(`conformance-${digits(6)}`)}/submission`, 'POST');
    if (exam.autosave === true) {
      await preflight('OPTIONS /attempts/{id}/answers (CORS preflight)', `/attempts/${encodeURIComponent(`conformance-${digits(6)}`)}/answers`, 'PUT');
    }
  }

  // ------------------------------------------------------------------ POST /attempts

  const participant = options.participant ?? generateParticipant(contest);
  {
    const call = 'POST /attempts (invalid participant)';
    const r = await send(call, 'POST', '/attempts', {
      body: { participant: { ...participant, citizenId: '12345' } },
      headers: { 'Idempotency-Key': randomUUID() },
    });
    expectError(call, r, 422, 'invalid_participant', (c, error) => {
      const fields = arr(error.fields).map((f) => obj(f).field);
      if (!fields.includes('citizenId')) c.fail(`error.fields does not name citizenId (fields: ${JSON.stringify(fields)})`);
    }, '422 invalid_participant, error.fields names citizenId');
    if (r && origin) {
      const exposed = headerList(r.headers.get('access-control-expose-headers'));
      if (exposed.includes('retry-after') || exposed.includes('*')) emit('pass', 'POST /attempts', 'Retry-After is in Access-Control-Expose-Headers');
      else {
        emit('warn', 'POST /attempts', `Retry-After is not in Access-Control-Expose-Headers (${r.headers.get('access-control-expose-headers') ?? 'absent'}): the element cannot read how long to wait after 429/409`);
      }
    }
  }

  let attempt: StartAttemptResponse['attempt'] | undefined;
  let startedAt = 0;
  const startKey = randomUUID();
  {
    const call = 'POST /attempts';
    const r = await send(call, 'POST', '/attempts', { body: { participant }, headers: { 'Idempotency-Key': startKey } });
    if (r) {
      const c = check(call);
      const code = obj(obj(r.json).error).code;
      const hint =
        code === 'contest_not_open' || code === 'contest_closed'
          ? ' — run the checker while the contest is open (or against a test server on contest time)'
          : code === 'attempts_exhausted' && options.participant
            ? ' — the --participant given has used all attempts; leave it out to generate a fresh one'
            : code === 'invalid_participant'
              ? ` — the server rejected ${options.participant ? 'the --participant given' : 'the generated participant'} (${JSON.stringify(participant)})`
              : '';
      if (expectStatus(c, r, [201], hint)) {
        const body = validate(c, StartAttemptResponse, 'StartAttemptResponse', r.json);
        noAnswerKey(c, r.json);
        if (body) {
          attempt = body.attempt;
          startedAt = Date.parse(body.attempt.startedAt);
          const serverTime = Date.parse(body.serverTime);
          const deadline = Date.parse(body.attempt.deadline);
          if (!(deadline > serverTime)) c.fail(`attempt.deadline ${body.attempt.deadline} is not after serverTime ${body.serverTime}`);
          if (body.attempt.practice) c.fail('attempt.practice is true, but a contest attempt (not practice) was asked for');
          const limit = Number(exam.timeLimitSeconds);
          const extra = body.attempt.extraTimeSeconds ?? 0;
          if (Number.isFinite(limit) && Math.abs(deadline - startedAt - (limit + extra) * 1000) > 2000) {
            c.warn(`deadline − startedAt is ${Math.round((deadline - startedAt) / 1000)} s, but exam.timeLimitSeconds is ${limit}${extra ? ` + ${extra} extra` : ''}`);
          }
          if (Number.isFinite(Number(exam.questionCount)) && body.attempt.questions.length !== Number(exam.questionCount)) {
            c.warn(`${body.attempt.questions.length} questions, but exam.questionCount is ${exam.questionCount}`);
          }
          const ids = body.attempt.questions.map((q) => q.id);
          if (new Set(ids).size !== ids.length) c.fail('attempt.questions has duplicate ids');
          // With rounds, the attempt belongs to the round open at serverTime, and says so.
          const open = rounds.find((x) => Date.parse(String(x.opensAt)) <= serverTime && serverTime < Date.parse(String(x.closesAt)));
          if (open && body.attempt.roundId === undefined) c.fail(`attempt.roundId is missing; the round open at serverTime is "${open.id}"`);
          else if (open && body.attempt.roundId !== open.id) c.fail(`attempt.roundId is "${body.attempt.roundId}", but the round open at serverTime is "${open.id}"`);
        }
      }
      c.done(`201, a valid StartAttemptResponse (${attempt?.questions.length ?? 0} questions, no answer key, deadline after serverTime)`);
    }
  }

  if (attempt) {
    const call = 'POST /attempts (same Idempotency-Key again)';
    const r = await send(call, 'POST', '/attempts', { body: { participant }, headers: { 'Idempotency-Key': startKey } });
    if (r) {
      const c = check(call);
      if (expectStatus(c, r, [200, 201])) {
        const body = validate(c, StartAttemptResponse, 'StartAttemptResponse', r.json);
        noAnswerKey(c, r.json);
        if (body && body.attempt.id !== attempt.id) {
          c.fail(`returned attempt ${body.attempt.id}, not ${attempt.id}: a retried start must return the same attempt, not use up another`);
        }
      }
      c.done(`the same attempt ${attempt.id}`);
    }
  } else info('- POST /attempts (same Idempotency-Key again): skipped, no attempt was started');

  // ------------------------------------------------------------------ answers and submission

  const prediction = exam.prediction && typeof obj(exam.prediction).min === 'number' ? Number(obj(exam.prediction).min) : null;
  const answersOf = (pick: (i: number) => number) =>
    (attempt?.questions ?? []).map((q, i) => ({ questionId: q.id, optionIds: [q.options[Math.min(pick(i), q.options.length - 1)].id] }));
  const submission = { answers: answersOf(() => 0), prediction, reason: 'confirmed' as const };
  const otherSubmission = { ...submission, answers: answersOf((i) => (i === 0 ? 1 : 0)) };

  if (attempt && exam.autosave === true) {
    const path = `/attempts/${encodeURIComponent(attempt.id)}/answers`;
    const call = 'PUT /attempts/{id}/answers';
    const r = await send(call, 'PUT', path, { body: { revision: 0, answers: submission.answers, prediction } });
    if (r) {
      const c = check(call);
      if (expectStatus(c, r, [200])) validate(c, SaveAnswersResponse, 'SaveAnswersResponse', r.json);
      c.done('200, a valid SaveAnswersResponse');
    }
    const stale = 'PUT /attempts/{id}/answers (stale revision)';
    expectError(stale, await send(stale, 'PUT', path, { body: { revision: 0, answers: [], prediction } }), 409, 'stale_revision');
  }

  if (attempt) {
    const path = `/attempts/${encodeURIComponent(attempt.id)}/submission`;
    const S = 'POST /attempts/{id}/submission';

    const noKey = `${S} (no Idempotency-Key)`;
    const r0 = await send(noKey, 'POST', path, { body: submission });
    expectError(noKey, r0, 400, 'bad_request');
    if (r0 && r0.status < 300) info(`… ${noKey}: the attempt was submitted without a key; the checks below may fail because of it`);

    const key = randomUUID();
    let result: AttemptResult | undefined;
    {
      const r = await send(S, 'POST', path, { body: submission, headers: { 'Idempotency-Key': key } });
      if (r) {
        const c = check(S);
        if (expectStatus(c, r, [201, 200])) {
          const body = validate(c, SubmissionResponse, 'SubmissionResponse', r.json);
          if (body) {
            result = body.result;
            if (result.attemptId !== attempt.id) c.fail(`result.attemptId is ${result.attemptId}, not ${attempt.id}`);
            if (Date.parse(result.submittedAt) < startedAt) c.fail(`result.submittedAt ${result.submittedAt} is before the attempt started`);
            if (exam.result === 'after-close' && result.status === 'graded') {
              c.fail('exam.result is "after-close" but the result is graded: it must be "announced-later" until the contest closes');
            }
            if (result.status === 'graded') {
              if (result.questionCount !== attempt.questions.length) {
                c.fail(`result.questionCount is ${result.questionCount}, but the attempt had ${attempt.questions.length} questions`);
              }
              if (result.correctCount > result.questionCount) c.fail(`result.correctCount ${result.correctCount} > questionCount ${result.questionCount}`);
              if (result.score > result.maxScore) c.fail(`result.score ${result.score} > maxScore ${result.maxScore}`);
              if (exam.result === 'score' && result.review) {
                c.fail('result.review (the correct answers) is present, but exam.result is "score": only the score may be shown');
              }
              if (exam.result === 'review' && !result.review) c.warn('exam.result is "review" but the result carries no review');
            }
          }
        }
        c.done(`${r.status}, a valid SubmissionResponse (${result?.status ?? '?'})`);
      }
    }

    if (result) {
      const call = `${S} (replay: same key and body)`;
      const r = await send(call, 'POST', path, { body: submission, headers: { 'Idempotency-Key': key } });
      if (r) {
        const c = check(call);
        if (expectStatus(c, r, [200, 201], ' — the same key and body must replay the stored result')) {
          const body = validate(c, SubmissionResponse, 'SubmissionResponse', r.json);
          if (body && stable(body.result) !== stable(result)) {
            const a = result as Loose;
            const b = body.result as Loose;
            const diff = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => stable(a[k]) !== stable(b[k]));
            c.fail(`a different result, not the stored one (differs in ${diff.join(', ')})`);
          }
        }
        c.done(`${r.status}, the same result replayed`);
      }

      const mismatch = `${S} (same key, other body)`;
      expectError(mismatch, await send(mismatch, 'POST', path, { body: otherSubmission, headers: { 'Idempotency-Key': key } }), 422, 'idempotency_mismatch');

      const again = `${S} (new key, already submitted)`;
      expectError(again, await send(again, 'POST', path, { body: submission, headers: { 'Idempotency-Key': randomUUID() } }), 409, 'already_submitted');
    } else info(`- ${S} (replay, mismatch, already submitted): skipped, no submission was accepted`);
  } else info('- POST /attempts/{id}/submission: skipped, no attempt was started');

  {
    const call = 'POST /attempts/{id}/submission (unknown attempt)';
    const path = `/attempts/${encodeURIComponent(`conformance-missing-${randomUUID()}`)}/submission`;
    const body = attempt ? submission : { answers: [], prediction: null, reason: 'confirmed' };
    expectError(call, await send(call, 'POST', path, { body, headers: { 'Idempotency-Key': randomUUID() } }), 404, 'attempt_not_found');
  }

  // ------------------------------------------------------------------ bank and leaderboard

  if (features.bank === true) {
    const call = 'GET /bank';
    const r = await send(call, 'GET', '/bank');
    if (r) {
      const c = check(call);
      if (expectStatus(c, r, [200])) {
        const body = validate(c, BankResponse, 'BankResponse', r.json);
        if (body && !body.answersPublished) {
          for (const [key, paths] of answerKeyPaths(r.json)) {
            c.fail(`${paths[0]}${paths.length > 1 ? ` (and ${paths.length - 1} more)` : ''}: "${key}" present though answersPublished is false`);
          }
        }
      }
      c.done('200, a valid BankResponse');
    }
  } else info('- GET /bank: skipped, features.bank is not true');

  if (features.leaderboard === true) {
    const call = 'GET /leaderboard';
    const r = await send(call, 'GET', '/leaderboard');
    if (r) {
      const c = check(call);
      if (expectStatus(c, r, [200])) {
        const body = validate(c, LeaderboardResponse, 'LeaderboardResponse', r.json);
        const name = typeof participant.fullName === 'string' ? participant.fullName : undefined;
        if (body && name && body.individuals.some((i) => i.name === name)) {
          c.fail(`individuals carry the full name "${name}": names must be masked (e.g. "Nguyễn T. K. T.")`);
        }
      }
      c.done('200, a valid LeaderboardResponse');
    }
    const roundId = attempt?.roundId;
    if (roundId !== undefined) {
      const call = 'GET /leaderboard?round={id}';
      const r = await send(call, 'GET', `/leaderboard?round=${encodeURIComponent(roundId)}`);
      if (r) {
        const c = check(call);
        if (expectStatus(c, r, [200])) {
          const body = validate(c, LeaderboardResponse, 'LeaderboardResponse', r.json);
          if (body && body.roundId !== roundId) c.fail(`roundId is ${body.roundId === undefined ? 'missing' : `"${body.roundId}"`}, not "${roundId}" as asked`);
        }
        c.done(`200, the leaderboard of round "${roundId}"`);
      }
    }
  } else info('- GET /leaderboard: skipped, features.leaderboard is not true');

  if (origin && corsResponses.total) {
    const c = check('CORS (responses)');
    const list = (calls: string[]) => `${calls.length} of ${corsResponses.total} responses: ${calls.slice(0, 4).join('; ')}${calls.length > 4 ? '; …' : ''}`;
    if (corsResponses.missing.length) {
      c.fail(`no Access-Control-Allow-Origin, so a page on ${origin} cannot read them (${list(corsResponses.missing)})`);
    }
    for (const [allow, calls] of corsResponses.wrong) c.fail(`Access-Control-Allow-Origin is "${allow}", not ${origin} (${list(calls)})`);
    c.done(`all ${corsResponses.total} responses, errors included, allow ${origin}`);
  }

  return report();
}

// ---------------------------------------------------------------------- command line

const USAGE = `Usage: npx tsx scripts/check-endpoint.ts <endpoint-url> [--origin https://portal.example] [--participant '<json>'] [--timeout SECONDS]
       npx cai-cach-quiz check <endpoint-url> [options]

Checks a running endpoint against the <cai-cach-quiz> endpoint contract (version 1).
It starts and submits ONE attempt with a generated participant: use a test deployment while the contest is open.

  --origin URL        the portal page's origin: also check CORS for it
  --participant JSON  the participant to start with (default: generated from the contest's registration fields)
  --timeout SECONDS   per request (default 15)`;

/** Runs the command line; resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  let url: string | undefined;
  const options: CheckOptions = {};
  try {
    for (let i = 0; i < argv.length; i++) {
      const [flag, inline] = argv[i].startsWith('--') ? (argv[i].split(/=(.*)/s, 2) as [string, string?]) : [argv[i]];
      const value = () => {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new Error(`${flag} needs a value`);
        return v;
      };
      if (flag === '--help' || flag === '-h') {
        console.log(USAGE);
        return 0;
      } else if (flag === '--origin') {
        const o = new URL(value());
        options.origin = o.origin;
      } else if (flag === '--participant') {
        const p = JSON.parse(value()) as unknown;
        if (!p || typeof p !== 'object' || Array.isArray(p)) throw new Error('--participant: expected a JSON object');
        options.participant = p as Record<string, unknown>;
      } else if (flag === '--timeout') {
        const s = Number(value());
        if (!(s > 0)) throw new Error('--timeout: expected seconds > 0');
        options.timeoutMs = s * 1000;
      } else if (flag.startsWith('-')) throw new Error(`Unknown option ${flag}`);
      else if (url === undefined) url = flag;
      else throw new Error(`Unexpected argument ${flag}`);
    }
    if (!url) throw new Error('The endpoint URL is missing.');
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`Not an http(s) URL: ${url}`);
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  console.log(`Checking ${url} against the endpoint contract, version 1${options.origin ? ` (CORS for ${options.origin})` : ''}`);
  const report = await checkEndpoint(url, { ...options, onResult: (r) => console.log(r.line), onInfo: (line) => console.log(line) });
  console.log(report.summary);
  return report.failed > 0 ? 1 : 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
