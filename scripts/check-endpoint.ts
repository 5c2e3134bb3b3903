/**
 * Endpoint conformance checker: exercises a portal's running endpoint the way
 * `<cai-cach-quiz>` does and reports every deviation from the endpoint contract
 * (docs/contract.md; src/contract/*.ts; src/contract/openapi.json), each with a fix.
 *
 *   npx tsx scripts/check-endpoint.ts <endpoint-url> [--origin https://portal.example] [--participant '<json>']
 *   npx cai-cach-quiz check <endpoint-url> …            (the same, through scripts/cai-cach-quiz.mjs)
 *
 * It starts ONE real attempt (with a generated participant: a fresh CCCD and mobile number
 * each run) and submits it, so run it against a test or staging deployment while the
 * contest is open, not against production data.
 *
 * Every line is "✓ <call>: <what was checked>", "✗ <call>: <what is wrong>" (followed by
 * "    fix: <what to change>") or "! warning <call>: <what to look at>"; the last line is
 * "N checks, N passed, N failed, N warnings". Exit status 1 when a check failed, 2 on a
 * usage error. `checkEndpoint(url, options)` is the same as a function, for tests.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { ID_PATTERN, INSTANT_EXPECTED, INSTANT_PATTERN, instant } from '../src/contract/common.ts';
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
import { registrationProblems } from '../src/contract/local-government.ts';
import { LookupResponse, VerificationResponse } from '../src/contract/verification.ts';

// ---------------------------------------------------------------------- results

export type Outcome = 'pass' | 'fail' | 'warn';

export interface CheckResult {
  outcome: Outcome;
  /** The call checked, e.g. `POST /attempts` or `POST /attempts/{id}/submission (replay)`. */
  call: string;
  /** What was checked (pass) or what is wrong (fail, warn). */
  message: string;
  /** What to change (every failure has one; some warnings). */
  fix?: string;
  /** The printed line: `✓ call: …`, `✗ call: …` or `! warning call: …` (the fix is printed below it). */
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

const lineOf = (outcome: Outcome, call: string, message: string) => `${outcome === 'pass' ? '✓' : outcome === 'fail' ? '✗' : '! warning'} ${call}: ${message}`;

/** A result as the command line prints it: its line, and its fix below. */
export const printed = (r: CheckResult) => (r.fix ? `${r.line}\n    fix: ${r.fix}` : r.line);

// ---------------------------------------------------------------------- helpers

/** Where a fix points to: a section of docs/contract.md. */
const see = (section: string) => `docs/contract.md, "${section}"`;

const en = z.locales.en().localeError;

const pathText = (path: readonly PropertyKey[]) =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || '(body)';

const at = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, p) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined), value);

/** A problem found in a body, and what to change. */
interface Finding {
  text: string;
  fix: string;
}

/** Validate with a contract schema; each issue as "path: message", with a fix pointing at `section`. */
function issuesOf<T>(schema: z.ZodMiniType<T>, value: unknown, section: string): { data?: T; issues: Finding[] } {
  const r = schema.safeParse(value, { error: en });
  if (r.success) return { data: r.data, issues: [] };
  return {
    issues: r.error.issues.map((i) => {
      const p = pathText(i.path);
      const v = at(value, i.path);
      if (i.code === 'invalid_type' && v === undefined) {
        return {
          text: `${p}: missing (expected ${i.expected})`,
          fix: `add ${p} (${see(section)}); an optional field may be null, a required one may not be left out`,
        };
      }
      if (i.message === INSTANT_EXPECTED) {
        const noOffset = typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(v);
        const why = noOffset
          ? ': it has no offset, so nobody can tell which time zone it means'
          : INSTANT_PATTERN.test(String(v))
            ? ': that day is not on the calendar'
            : '';
        return {
          text: `${p}: ${JSON.stringify(v)} is not ${INSTANT_EXPECTED}${why}`,
          fix: `write instants with their offset, e.g. 2020-09-15T08:00:00+07:00 (Java: OffsetDateTime or Instant, not LocalDateTime; .NET: DateTimeOffset, not DateTime; ${see('Date-times')})`,
        };
      }
      // Ids and limits (#13 F3, F4): say the value or its size, and where the rule is.
      if (i.code === 'invalid_format' && (i as { pattern?: string }).pattern === String(ID_PATTERN)) {
        return {
          text: `${p}: ${JSON.stringify(String(v).slice(0, 140))} is not ${i.message}`,
          fix: `use ids that fit ${ID_PATTERN} (${see('Numbers, ids and text')})`,
        };
      }
      if (i.code === 'too_big') {
        const size = Array.isArray(v) ? `${v.length} items` : typeof v === 'string' ? `${v.length} characters` : String(v);
        return { text: `${p}: ${size}, ${i.message}`, fix: `keep ${p} within the contract's limits (${see('Limits')})` };
      }
      return { text: `${p}: ${i.message}`, fix: `send ${p} as ${see(section)} describes it` };
    }),
  };
}

/** What the walks below read of a zod schema's definition (zod/mini's internals, by type). */
interface SchemaDef {
  type: string;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  shape?: Record<string, z.core.$ZodType>;
}
const defOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as SchemaDef;

/**
 * The members of `value` that `schema` does not have, at any depth (`attempt.questions[0].correct`):
 * the contract's schemas used as strict ones. Where a union has a branch that fits, that branch.
 */
function extraMembers(schema: z.core.$ZodType, value: unknown, path: (string | number)[] = []): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return value === null || value === undefined ? [] : extraMembers(def.innerType!, value, path);
    case 'pipe':
      return extraMembers(def.in!, value, path);
    case 'array':
      return Array.isArray(value) ? value.flatMap((v, i) => extraMembers(def.element!, v, [...path, i])) : [];
    case 'union': {
      const fits = def.options!.find((o) => z.safeParse(o, value).success) ?? def.options!.at(0);
      return fits ? extraMembers(fits, value, path) : [];
    }
    case 'object':
      if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
      return Object.entries(value).flatMap(([k, v]) => {
        const member = Object.hasOwn(def.shape!, k) ? def.shape![k] : undefined;
        return member ? extraMembers(member, v, [...path, k]) : [pathText([...path, k])];
      });
    default:
      return [];
  }
}

/** Every instant in `value` where `schema` has one, with its path. */
function instantsIn(schema: z.core.$ZodType, value: unknown, path: (string | number)[] = []): { path: string; value: unknown }[] {
  if (schema === (instant as unknown)) return value === undefined || value === null ? [] : [{ path: pathText(path), value }];
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return instantsIn(def.innerType!, value, path);
    case 'pipe':
      return instantsIn(def.in!, value, path);
    case 'array':
      return Array.isArray(value) ? value.flatMap((v, i) => instantsIn(def.element!, v, [...path, i])) : [];
    case 'union':
      return def.options!.flatMap((o) => instantsIn(o, value, path)).filter((x, i, all) => all.findIndex((y) => y.path === x.path) === i);
    case 'object':
      if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
      return Object.entries(def.shape!).flatMap(([k, s]) => instantsIn(s, (value as Record<string, unknown>)[k], [...path, k]));
    default:
      return [];
  }
}

/** RFC 3339's date-time: what to send, though the element accepts more (docs/contract.md, "Date-times"). */
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** "path (and N more)" for a list of paths. */
const andMore = (paths: string[]) => `${paths[0]}${paths.length > 1 ? ` (and ${paths.length - 1} more)` : ''}`;

/** Paths grouped by their last member's name (`correct` → every path that ends in `.correct`). */
function byName(paths: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of paths) {
    const name = p
      .replace(/\[\d+\]$/, '')
      .split('.')
      .at(-1)!;
    out.set(name, [...(out.get(name) ?? []), p]);
  }
  return out;
}

/** Stable JSON (sorted keys) to compare two bodies. */
const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
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

type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A value from the endpoint's JSON, for a message: strings as they are, anything else as JSON. */
const show = (v: unknown): string => (typeof v === 'string' ? v : String(JSON.stringify(v)));

/**
 * A participant that passes the contract's and a reasonable server's checks, for the
 * fields the contest asks for: fresh CCCD (province 024) and mobile number every run, the
 * first unit, the first district (and its first commune); with `localGovernment: 'commune'`,
 * the first of `registration.communes` and no district.
 */
export function generateParticipant(contest: unknown): Record<string, unknown> {
  const registration = obj(obj(contest).registration);
  const units = arr(registration.units);
  const twoLevel = registration.localGovernment === 'commune';
  const districts = twoLevel ? [] : arr(registration.districts);
  const district = districts.find((d) => arr(obj(d).communes).length) ?? districts[0];
  const commune: unknown = twoLevel ? arr(registration.communes)[0] : arr(obj(district).communes)[0];
  const tag = digits(6);
  const phone = `09${digits(8)}`;
  const values: Record<string, [string, unknown]> = {
    fullName: ['fullName', 'Nguyễn Thị Kiểm Tra'],
    birthDate: ['birthDate', '1990-05-20'],
    gender: ['gender', 'female'],
    citizenId: ['citizenId', `024${digits(9)}`],
    phone: ['phone', phone],
    email: ['email', `kiem-tra-${tag}@example.com`],
    unit: ['unitId', obj(units[0]).id],
    district: ['districtId', obj(district).id],
    commune: ['communeId', obj(commune).id],
  };
  const out: Record<string, unknown> = {};
  for (const field of arr(registration.fields)) {
    const entry = values[String(obj(field).name)];
    if (entry && entry[1] !== undefined) out[entry[0]] = entry[1];
  }
  // A contest that asks for nothing identifying still gets one, so each run is a new participant.
  if (!out.citizenId && !out.phone && !out.email) out.phone = phone;
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

/** The headers a preflight asks for: what the element sends on writes, and a login's token. */
const REQUESTED_HEADERS = ['content-type', 'idempotency-key', 'authorization'];
/** The response headers the page must be able to read. */
const EXPOSED_HEADERS = ['retry-after', 'age'];

export async function checkEndpoint(endpoint: string, options: CheckOptions = {}): Promise<CheckReport> {
  const base = endpoint.replace(/\/+$/, '');
  const { origin, timeoutMs = 15_000 } = options;
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? globalThis.fetch;
  const results: CheckResult[] = [];
  const info = (line: string) => options.onInfo?.(line);

  const seen = new Set<string>();
  const emit = (outcome: Outcome, call: string, message: string, fix?: string) => {
    const result: CheckResult = { outcome, call, message, ...(fix ? { fix } : {}), line: lineOf(outcome, call, message) };
    // A retried request (after 429) would repeat the same findings.
    if (seen.has(result.line)) return;
    seen.add(result.line);
    results.push(result);
    options.onResult?.(result);
  };

  /** One named check: any number of failures (each with its fix) and warnings, or else one pass. */
  const check = (call: string) => {
    let failures = 0;
    return {
      fail(message: string, fix: string) {
        failures++;
        emit('fail', call, message, fix);
      },
      warn(message: string, fix?: string) {
        emit('warn', call, message, fix);
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
    if (typeof e.code === 'string') return `${r.status} ${e.code}${e.message ? ` (${show(e.message).slice(0, 160)})` : ''}`;
    return `${r.status}${r.text ? ` ${JSON.stringify(r.text.slice(0, 80))}` : ''}`;
  };

  const ENVELOPE_FIX = `answer every error with Content-Type: application/json and {"error":{"code":"…","message":"…"}} (${see('Errors')}), also from the framework's and the reverse proxy's own error pages (404, 405, 413, 502)`;

  /** Every error response: a valid envelope with a known code; 429 with Retry-After. */
  const checkErrorResponse = (call: string, r: Reply) => {
    if (r.status < 400) return;
    const c = check(call);
    if (!r.isJson) {
      c.fail(
        `error response ${r.status} is not a JSON error envelope (${r.headers.get('content-type') ?? 'no Content-Type'}): ${JSON.stringify(r.text.slice(0, 80))}`,
        ENVELOPE_FIX,
      );
    } else {
      const code = obj(obj(r.json).error).code;
      if (typeof code === 'string' && !ErrorCode.safeParse(code).success) {
        c.fail(
          `error code "${code}" is not one of the contract's error codes`,
          `use one of the codes of ${see('Errors')} (a 404 for something that does not exist is bad_request; an unknown attempt, attempt_not_found); keep your own detail in error.message`,
        );
      }
      for (const issue of issuesOf(ErrorEnvelope, r.json, 'Errors').issues) {
        if (!issue.text.startsWith('error.code:')) c.fail(`error response ${r.status} is not a valid ErrorEnvelope: ${issue.text}`, ENVELOPE_FIX);
      }
    }
    if (r.status === 429 && !r.headers.get('retry-after'))
      c.fail('429 without a Retry-After header', 'send Retry-After: <seconds> with every 429, and the same number in error.retryAfterSeconds');
  };

  /** CORS on actual (non-preflight) responses, when --origin is given; reported once at the end. */
  const corsResponses = { total: 0, missing: [] as string[], wrong: new Map<string, string[]>(), unexposed: new Map<string, string[]>() };
  const checkCorsResponse = (call: string, r: Reply) => {
    if (!origin) return;
    corsResponses.total++;
    const allow = r.headers.get('access-control-allow-origin');
    if (!allow) corsResponses.missing.push(`${call} → ${r.status}`);
    else if (allow !== origin && allow !== '*') corsResponses.wrong.set(allow, [...(corsResponses.wrong.get(allow) ?? []), `${call} → ${r.status}`]);
    // With credentials, a * in Access-Control-Expose-Headers is read as a header named "*".
    const exposed = headerList(r.headers.get('access-control-expose-headers'));
    const wildcard = exposed.includes('*') && r.headers.get('access-control-allow-credentials') !== 'true';
    for (const h of EXPOSED_HEADERS) {
      if (!exposed.includes(h) && !wildcard) corsResponses.unexposed.set(h, [...(corsResponses.unexposed.get(h) ?? []), `${call} → ${r.status}`]);
    }
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
        emit(
          'fail',
          call,
          `${method} ${base}${path} failed: ${err.cause?.message ?? err.message}`,
          'check the URL, and that the endpoint answers from here (DNS, TLS certificate, firewall, a proxy that drops the connection)',
        );
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
      // The element reads no successful body of another type, JSON or not (a captive portal's page, #13 F7).
      const type = response.headers.get('content-type') ?? '';
      if (response.ok && !/^application\/([\w.-]+\+)?json\b/i.test(type)) {
        check(call).fail(
          `Content-Type is ${type || 'missing'}: the element reads only application/json (or a +json type)`,
          `answer with Content-Type: application/json (${see('JSON and HTTP')})`,
        );
      }
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
  const expectStatus = (c: Check, r: Reply, expected: number[], fix: string, hint = '') => {
    if (!expected.includes(r.status)) {
      c.fail(`expected ${expected.join(' or ')}, got ${describe(r)}${hint}`, fix);
      return false;
    }
    if (!r.isJson) {
      c.fail(`body is not JSON: ${JSON.stringify(r.text.slice(0, 80))}`, 'answer with Content-Type: application/json and a JSON body');
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
    fix: string,
    more?: (c: Check, error: Loose) => void,
    passMessage = `${status} ${code}`,
  ) => {
    if (!r) return;
    const c = check(call);
    const error = obj(obj(r.json).error);
    if (r.status !== status || error.code !== code) c.fail(`expected ${status} ${code}, got ${describe(r)}`, fix);
    else more?.(c, error);
    c.done(passMessage);
  };

  /** Valid for `schema` (named `name`, described in `section` of docs/contract.md); every instant RFC 3339, or a warning. */
  const validate = <T>(c: Check, schema: z.ZodMiniType<T>, name: string, section: string, json: unknown): T | undefined => {
    const { data, issues } = issuesOf(schema, json, section);
    for (const issue of issues) c.fail(`not a valid ${name}: ${issue.text}`, issue.fix);
    const loose = instantsIn(schema, json).filter((x) => typeof x.value === 'string' && !RFC3339.test(x.value) && instant.safeParse(x.value).success);
    if (loose.length) {
      c.warn(
        `${andMore(loose.map((x) => `${x.path} ${JSON.stringify(x.value)}`))}: accepted by the element, but not RFC 3339 (format: date-time), which other clients of your API may require`,
        `write seconds and a ±HH:MM offset (Java: DateTimeFormatter.ISO_OFFSET_DATE_TIME; .NET: DateTimeOffset.ToString("yyyy-MM-dd'T'HH:mm:sszzz"); ${see('Date-times')})`,
      );
    }
    return data;
  };

  /** Nothing beyond the schema: what a response before submission carries, the answer key must not be in. */
  const nothingBeyond = (c: Check, schema: z.core.$ZodType, name: string, section: string, json: unknown, why: string) => {
    for (const [member, paths] of byName(extraMembers(schema, json))) {
      c.fail(
        `${andMore(paths)}: "${member}" is not a member of ${name}; ${why}`,
        `send only the members of ${name} (${see(section)}): anything else could carry the answer key, which must stay on the server until the submission`,
      );
    }
  };

  const preflight = async (call: string, path: string, method: string) => {
    const headers = {
      Origin: origin!,
      'Access-Control-Request-Method': method,
      'Access-Control-Request-Headers': method === 'GET' ? 'authorization' : REQUESTED_HEADERS.join(', '),
    };
    let r: Response;
    try {
      r = await doFetch(`${base}${path}`, { method: 'OPTIONS', headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
      await r.arrayBuffer();
    } catch (e) {
      const err = e as Error & { cause?: Error };
      emit('fail', call, `OPTIONS ${base}${path} failed: ${err.cause?.message ?? err.message}`, 'answer OPTIONS on every API path (see below)');
      return;
    }
    const c = check(call);
    const CORS = see("Cross-origin: CORS, and the portal page's CSP");
    if (r.status < 200 || r.status > 299) {
      c.fail(
        `preflight answered ${r.status}, expected 2xx (200 or 204)`,
        `answer OPTIONS on every API path with 204 and the CORS headers, before any authentication: a preflight carries no Authorization and no cookies (${CORS})`,
      );
    }
    const allow = r.headers.get('access-control-allow-origin');
    const originFix = `send Access-Control-Allow-Origin: ${origin} (echo the origin from your list of portal origins; with credentials never *)`;
    if (!allow) c.fail(`no Access-Control-Allow-Origin for ${origin}`, originFix);
    else if (allow !== origin && allow !== '*') c.fail(`Access-Control-Allow-Origin is "${allow}", not ${origin}`, originFix);
    const allowed = headerList(r.headers.get('access-control-allow-headers'));
    const credentials = r.headers.get('access-control-allow-credentials') === 'true';
    for (const h of method === 'GET' ? ['authorization'] : REQUESTED_HEADERS) {
      // A * never covers Authorization, and with credentials it covers nothing (Fetch standard).
      const wildcard = allowed.includes('*') && h !== 'authorization' && !credentials;
      if (!allowed.includes(h) && !wildcard) {
        c.fail(
          `Access-Control-Allow-Headers (${r.headers.get('access-control-allow-headers') ?? 'absent'}) does not allow ${h}${h === 'authorization' ? ': a page that sets tokenProvider cannot call the endpoint' : ''}`,
          `Access-Control-Allow-Headers: Content-Type, Idempotency-Key, Authorization (list them: * does not cover Authorization; ${CORS})`,
        );
      }
    }
    const methods = headerList(r.headers.get('access-control-allow-methods'));
    // GET and POST are CORS-safelisted methods; PUT must be listed.
    if (method === 'PUT' && !methods.includes('put') && !(methods.includes('*') && !credentials)) {
      c.fail(
        `Access-Control-Allow-Methods (${r.headers.get('access-control-allow-methods') ?? 'absent'}) does not allow PUT`,
        `Access-Control-Allow-Methods: GET, POST, PUT, OPTIONS (${CORS})`,
      );
    }
    if (
      c.done(`preflight for ${method} allows ${origin} with ${method === 'GET' ? 'Authorization' : 'Content-Type, Idempotency-Key and Authorization'}`) &&
      allow === '*'
    ) {
      c.warn('Access-Control-Allow-Origin is "*": fine unless the portal sets credentials="include" on the element (then the origin must be echoed)');
    }
  };

  const report = (): CheckReport => {
    const passed = results.filter((r) => r.outcome === 'pass').length;
    const failed = results.filter((r) => r.outcome === 'fail').length;
    const warnings = results.filter((r) => r.outcome === 'warn').length;
    const checks = results.length;
    return { results, checks, passed, failed, warnings, summary: `${checks} checks, ${passed} passed, ${failed} failed, ${warnings} warnings` };
  };

  // ------------------------------------------------------------------ GET /contest

  let contest: Loose = {};
  {
    const call = 'GET /contest';
    const r = await send(call, 'GET', '/contest');
    if (!r || r.status !== 200 || !r.isJson || !r.json || typeof r.json !== 'object') {
      // Without the contest document there is nothing to register with: stop here.
      if (r) {
        const hint = r.status === 404 ? ` — is ${base} the endpoint (the checker appends /contest, /attempts…)?` : '';
        expectStatus(check(call), r, [200], `answer GET /contest with 200 and the contest document (${see('GET /contest')})`, hint);
        if (r.status === 200 && r.isJson) check(call).fail('the body is not a JSON object', `answer with the contest document (${see('GET /contest')})`);
      }
      info('- the other checks: skipped, they need the contest document');
      return report();
    }
    contest = obj(r.json);
    const c = check(call);
    const document = validate(c, ContestDocument, 'ContestDocument', 'GET /contest', r.json);
    c.done('200, a valid ContestDocument');
    if (document) {
      // The local-government levels and the identity document agree with the rest of the registration.
      const lg = check('GET /contest (local government)');
      const { localGovernment = 'district-commune', identityDocument = 'cmnd-cccd' } = document.registration;
      for (const problem of registrationProblems(document.registration)) {
        lg.fail(
          problem,
          `a "commune" contest (the two levels since 1 July 2025) sends districts: [], no "district" field, and its communes in registration.communes (${see('Local government and identity documents')})`,
        );
      }
      lg.done(`localGovernment ${localGovernment}, identityDocument ${identityDocument}: consistent with fields, districts and communes`);
    }
    const serverTime = Date.parse(String(instant.safeParse(contest.serverTime).data ?? contest.serverTime));
    if (Number.isFinite(serverTime)) {
      const skew = serverTime - now();
      if (Math.abs(skew) > 5 * 60_000) {
        emit(
          'warn',
          call,
          `serverTime ${show(contest.serverTime)} is ${minutes(skew)} the local clock (fine for a test server on contest time; in production check the server's clock)`,
        );
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
    await preflight('OPTIONS /contest (CORS preflight, with Authorization)', '/contest', 'GET');
    await preflight('OPTIONS /attempts (CORS preflight)', '/attempts', 'POST');
    await preflight('OPTIONS /attempts/{id}/submission (CORS preflight)', `/attempts/${encodeURIComponent(`conformance-${digits(6)}`)}/submission`, 'POST');
    if (exam.autosave === true) {
      await preflight('OPTIONS /attempts/{id}/answers (CORS preflight)', `/attempts/${encodeURIComponent(`conformance-${digits(6)}`)}/answers`, 'PUT');
    }
  }

  // ------------------------------------------------------------------ POST /attempts

  const START = 'POST /attempts';
  const participant = options.participant ?? generateParticipant(contest);

  // A contest that says it needs a login (auth.required, #14): the checker has none (it sends no
  // Authorization and no cookies), so the one thing it can check safely is that a start without a
  // login is refused with 401 before anything is spent; every later check needs a login, so it stops.
  if (obj(contest.auth).required === true) {
    const call = 'POST /attempts (without a login, contest says auth.required)';
    const r = await send(call, 'POST', '/attempts', { body: { participant }, headers: { 'Idempotency-Key': randomUUID() } });
    expectError(
      call,
      r,
      401,
      'unauthorized',
      `with auth.required, refuse a start that carries no login with 401 unauthorized (${see('Logins: headers, tokens, cookies')}); or leave auth.required out`,
      undefined,
      `401 unauthorized (login page: ${show(obj(contest.auth).loginUrl ?? 'none given')})`,
    );
    info('- the other checks: skipped, they need a login (auth.required) the checker does not have; check a test deployment without it');
    return report();
  }
  {
    const call = 'POST /attempts (invalid participant)';
    const r = await send(call, 'POST', '/attempts', {
      body: { participant: { ...participant, citizenId: '12345' } },
      headers: { 'Idempotency-Key': randomUUID() },
    });
    expectError(
      call,
      r,
      422,
      'invalid_participant',
      `check the participant as the form does and refuse with 422 invalid_participant, naming each refused field in error.fields (${see(START)})`,
      (c, error) => {
        const fields = arr(error.fields).map((f) => obj(f).field);
        if (!fields.includes('citizenId')) {
          c.fail(
            `error.fields does not name citizenId (fields: ${JSON.stringify(fields)})`,
            'list each refused field in error.fields as {"field":"citizenId","message":"…"}, with the names of the request\'s participant',
          );
        }
      },
      '422 invalid_participant, error.fields names citizenId',
    );
  }

  // What the contest's local government and identity document refuse (docs/contract.md, "Local
  // government and identity documents"): a 9-digit CMND when it asks for the thẻ căn cước, a
  // district when there are none.
  {
    const registration = obj(contest.registration);
    const asks = (name: string) => arr(registration.fields).some((f) => obj(f).name === name);
    const refusal = (call: string, changed: Loose, field: string, fix: string) =>
      send(call, 'POST', '/attempts', { body: { participant: { ...participant, ...changed } }, headers: { 'Idempotency-Key': randomUUID() } }).then((r) =>
        expectError(
          call,
          r,
          422,
          'invalid_participant',
          fix,
          (c, error) => {
            const fields: unknown[] = arr(error.fields).map((f): unknown => obj(f).field);
            if (!fields.includes(field)) c.fail(`error.fields does not name ${field} (fields: ${JSON.stringify(fields)})`, fix);
          },
          `422 invalid_participant, error.fields names ${field}`,
        ),
      );
    const LG = see('Local government and identity documents');
    if (registration.identityDocument === 'can-cuoc' && asks('citizenId')) {
      await refusal(
        'POST /attempts (9-digit CMND, contest asks for the thẻ căn cước)',
        { citizenId: `12${digits(7)}` },
        'citizenId',
        `with identityDocument "can-cuoc" accept only the 12-digit personal identification number; refuse 9 digits with 422 invalid_participant naming citizenId (${LG})`,
      );
    }
    if (registration.localGovernment === 'commune') {
      await refusal(
        'POST /attempts (a district, contest has none)',
        { districtId: 'huyen-kiem-tra' },
        'districtId',
        `with localGovernment "commune" there are no districts: refuse a districtId with 422 invalid_participant naming districtId (${LG})`,
      );
    }
  }

  let attempt: StartAttemptResponse['attempt'] | undefined;
  let startedAt = 0;
  const startKey = randomUUID();
  const BEFORE_SUBMISSION = 'in contest mode nothing about the answers may reach the browser before the submission';
  {
    const call = START;
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
      if (expectStatus(c, r, [201], `answer a valid start with 201 and the attempt (${see(START)})`, hint)) {
        const body = validate(c, StartAttemptResponse, 'StartAttemptResponse', START, r.json);
        nothingBeyond(c, StartAttemptResponse, 'StartAttemptResponse', START, r.json, BEFORE_SUBMISSION);
        if (body) {
          attempt = body.attempt;
          startedAt = Date.parse(body.attempt.startedAt);
          const serverTime = Date.parse(body.serverTime);
          const deadline = Date.parse(body.attempt.deadline);
          if (!(deadline > serverTime)) {
            c.fail(
              `attempt.deadline ${body.attempt.deadline} is not after serverTime ${body.serverTime}`,
              `deadline = startedAt + exam.timeLimitSeconds + extraTimeSeconds; serverTime = the server's clock now (${see('Time')})`,
            );
          }
          if (body.attempt.practice)
            c.fail(
              'attempt.practice is true, but a contest attempt (not practice) was asked for',
              "set attempt.practice from the request's practice (absent: false)",
            );
          const limit = Number(exam.timeLimitSeconds);
          const extra = body.attempt.extraTimeSeconds ?? 0;
          if (Number.isFinite(limit) && Math.abs(deadline - startedAt - (limit + extra) * 1000) > 2000) {
            c.warn(
              `deadline − startedAt is ${Math.round((deadline - startedAt) / 1000)} s, but exam.timeLimitSeconds is ${limit}${extra ? ` + ${extra} extra` : ''}`,
              `deadline = startedAt + exam.timeLimitSeconds + extraTimeSeconds: extra time is already in it (${see('Time')})`,
            );
          }
          if (Number.isFinite(Number(exam.questionCount)) && body.attempt.questions.length !== Number(exam.questionCount)) {
            c.warn(`${body.attempt.questions.length} questions, but exam.questionCount is ${show(exam.questionCount)}`);
          }
          const ids = body.attempt.questions.map((q) => q.id);
          if (new Set(ids).size !== ids.length) c.fail('attempt.questions has duplicate ids', 'give each question of an attempt an id of its own');
          // With rounds, the attempt belongs to the round open at serverTime, and says so.
          const open = rounds.find((x) => Date.parse(String(x.opensAt)) <= serverTime && serverTime < Date.parse(String(x.closesAt)));
          const roundFix = `an attempt belongs to the round open at serverTime: say which in attempt.roundId (${see(START)})`;
          if (open && body.attempt.roundId === undefined) c.fail(`attempt.roundId is missing; the round open at serverTime is "${show(open.id)}"`, roundFix);
          else if (open && body.attempt.roundId !== open.id)
            c.fail(`attempt.roundId is "${show(body.attempt.roundId)}", but the round open at serverTime is "${show(open.id)}"`, roundFix);
        }
      }
      c.done(`201, a valid StartAttemptResponse (${attempt?.questions.length ?? 0} questions, nothing beyond the schema, deadline after serverTime)`);
    }
  }

  if (attempt) {
    const call = `${START} (same Idempotency-Key again)`;
    const r = await send(call, 'POST', '/attempts', { body: { participant }, headers: { 'Idempotency-Key': startKey } });
    if (r) {
      const c = check(call);
      const fix = `store a start's Idempotency-Key with the attempt it made, and answer the same key and body with that attempt, 201 as the first time (${see('Idempotency')})`;
      if (expectStatus(c, r, [200, 201], fix)) {
        const body = validate(c, StartAttemptResponse, 'StartAttemptResponse', START, r.json);
        nothingBeyond(c, StartAttemptResponse, 'StartAttemptResponse', START, r.json, BEFORE_SUBMISSION);
        if (body && body.attempt.id !== attempt.id)
          c.fail(`returned attempt ${body.attempt.id}, not ${attempt.id}: a retried start must return the same attempt, not use up another`, fix);
      }
      c.done(`the same attempt ${attempt.id}`);
    }
  } else info(`- ${START} (same Idempotency-Key again): skipped, no attempt was started`);

  // ------------------------------------------------------------------ answers and submission

  const prediction = exam.prediction && typeof obj(exam.prediction).min === 'number' ? Number(obj(exam.prediction).min) : null;
  const answersOf = (pick: (i: number) => number) =>
    (attempt?.questions ?? []).map((q, i) => {
      // The contract gives each question at least two options; one without any is left unanswered.
      const option = q.options[Math.min(pick(i), q.options.length - 1)];
      return { questionId: q.id, optionIds: option ? [option.id] : [] };
    });
  const submission = { answers: answersOf(() => 0), prediction, reason: 'confirmed' as const };
  const otherSubmission = { ...submission, answers: answersOf((i) => (i === 0 ? 1 : 0)) };

  if (attempt && exam.autosave === true) {
    const PUT = 'PUT /attempts/{id}/answers';
    const path = `/attempts/${encodeURIComponent(attempt.id)}/answers`;
    const r = await send(PUT, 'PUT', path, { body: { revision: 0, answers: submission.answers, prediction } });
    if (r) {
      const c = check(PUT);
      if (expectStatus(c, r, [200], `exam.autosave is true: answer a save with the current revision with 200 and the new revision (${see(PUT)})`)) {
        validate(c, SaveAnswersResponse, 'SaveAnswersResponse', PUT, r.json);
        nothingBeyond(c, SaveAnswersResponse, 'SaveAnswersResponse', PUT, r.json, BEFORE_SUBMISSION);
      }
      c.done('200, a valid SaveAnswersResponse');
    }
    const stale = `${PUT} (stale revision)`;
    expectError(
      stale,
      await send(stale, 'PUT', path, { body: { revision: 0, answers: [], prediction } }),
      409,
      'stale_revision',
      `keep a revision per attempt; a save with any other revision is 409 stale_revision and changes nothing (${see(PUT)})`,
    );
  } else if (attempt) info('- PUT /attempts/{id}/answers: skipped, exam.autosave is not true (autosave is optional)');

  const S = 'POST /attempts/{id}/submission';
  if (attempt) {
    const path = `/attempts/${encodeURIComponent(attempt.id)}/submission`;

    const noKey = `${S} (no Idempotency-Key)`;
    const r0 = await send(noKey, 'POST', path, { body: submission });
    expectError(noKey, r0, 400, 'bad_request', `require the Idempotency-Key header on a submission: 400 bad_request without it (${see('Idempotency')})`);
    if (r0 && r0.status < 300) info(`… ${noKey}: the attempt was submitted without a key; the checks below may fail because of it`);

    // Seven at once, as two tabs and a retry racing its original would: five keys, the first of them three times.
    const BURST = `${S} (seven at once)`;
    const first = randomUUID();
    const keys = [first, randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const burstKeys = [first, ...keys, first];
    const replies = await Promise.all(burstKeys.map((key) => send(BURST, 'POST', path, { body: submission, headers: { 'Idempotency-Key': key } })));
    const answered = replies.map((r, i) => ({ r: r!, key: burstKeys[i] })).filter((x) => x.r);
    const accepted = answered.filter((x) => x.r.status === 200 || x.r.status === 201);
    const winners = [...new Set(accepted.map((x) => x.key))];
    const winner = accepted.find((x) => x.r.status === 201) ?? accepted[0];
    let key: string | undefined;
    let result: AttemptResult | undefined;
    {
      const c = check(BURST);
      const ONCE = `make the attempt id the primary key of the submissions (or lock the attempt's row), so that of concurrent submissions exactly one is stored; answer the others 409 already_submitted, or 409 idempotency_in_progress with Retry-After while the first is being processed (${see('Idempotency')})`;
      if (winners.length > 1) {
        c.fail(
          `${winners.length} submissions with different keys were all accepted for one attempt (${accepted.map((x) => x.r.status).join(', ')}): exactly one may be`,
          ONCE,
        );
      } else if (answered.length === burstKeys.length && !winners.length) {
        c.fail(`none of them was accepted: ${answered.map((x) => describe(x.r)).join('; ')}`, ONCE);
      }
      const fiveHundreds = answered.filter((x) => x.r.status >= 500);
      const [firstFiveHundred] = fiveHundreds;
      if (firstFiveHundred) {
        c.fail(
          `${fiveHundreds.length} of ${burstKeys.length} answered ${[...new Set(fiveHundreds.map((x) => x.r.status))].join(', ')} where 409 belongs (${describe(firstFiveHundred.r)})`,
          `a submission that loses the race for its attempt (a unique-key violation, a row that is locked) is 409 idempotency_in_progress with Retry-After while the first is being processed, 409 already_submitted once it is stored, or, with the same key and body, 200 and the stored result; never 500, which the participant's phone keeps retrying (${see('Idempotency')})`,
        );
      }
      for (const x of answered.filter((a) => a.r.status < 500 && a.r.status >= 300)) {
        const code = obj(obj(x.r.json).error).code;
        if (x.r.status !== 409 || (code !== 'already_submitted' && code !== 'idempotency_in_progress')) {
          c.fail(
            `a concurrent submission answered ${describe(x.r)}: expected 409 already_submitted or idempotency_in_progress${winner && x.key === winner.key ? ', or 200 and the stored result' : ''}`,
            ONCE,
          );
        }
      }
      if (winner) {
        key = winner.key;
        const body = validate(c, SubmissionResponse, 'SubmissionResponse', S, winner.r.json);
        result = body?.result;
        const twins = accepted.filter((x) => x !== winner && x.key === winner.key);
        for (const t of twins) {
          const again = issuesOf(SubmissionResponse, t.r.json, S).data;
          if (again && result && stable(again.result) !== stable(result)) {
            c.fail(
              'a concurrent twin with the same key and body got another result',
              `the same key and body replay the stored result unchanged (${see('Idempotency')})`,
            );
          }
        }
      }
      const outcome = (r: Reply) => (r.status < 300 ? `${r.status} (the same result)` : `${r.status} ${show(obj(obj(r.json).error).code ?? '')}`.trim());
      c.done(
        `exactly one of ${burstKeys.length} accepted (${winner?.r.status ?? '?'}); the others ${[...new Set(answered.filter((x) => x !== winner).map((x) => outcome(x.r)))].join(', ')}`,
      );
    }

    if (result && attempt) {
      const c = check(S);
      const RESULT = see(S);
      if (result.attemptId !== attempt.id)
        c.fail(`result.attemptId is ${result.attemptId}, not ${attempt.id}`, `result.attemptId is the id in the path (${RESULT})`);
      if (Date.parse(result.submittedAt) < startedAt)
        c.fail(
          `result.submittedAt ${result.submittedAt} is before the attempt started`,
          `result.submittedAt is the server's clock when it accepted the submission (${see('Time')})`,
        );
      if (exam.result === 'after-close' && result.status === 'graded') {
        c.fail(
          'exam.result is "after-close" but the result is graded: it must be "announced-later" until the contest closes',
          `with exam.result "after-close", answer status "announced-later" until closesAt (${RESULT})`,
        );
      }
      if (result.status === 'graded') {
        if (result.questionCount !== attempt.questions.length) {
          c.fail(
            `result.questionCount is ${result.questionCount}, but the attempt had ${attempt.questions.length} questions`,
            `questionCount is the number of questions of the attempt (${see('Grading and ranking')})`,
          );
        }
        if (result.correctCount > result.questionCount)
          c.fail(
            `result.correctCount ${result.correctCount} > questionCount ${result.questionCount}`,
            `count each question once (${see('Grading and ranking')})`,
          );
        if (result.score > result.maxScore)
          c.fail(
            `result.score ${result.score} > maxScore ${result.maxScore}`,
            `score = correctCount / questionCount × maxScore (${see('Grading and ranking')})`,
          );
        if (exam.result === 'score' && result.review) {
          c.fail(
            'result.review (the correct answers) is present, but exam.result is "score": only the score may be shown',
            `leave review out unless exam.result is "review": it is the answer key (${RESULT})`,
          );
        }
        if (exam.result === 'review' && !result.review) c.warn('exam.result is "review" but the result carries no review');
      }
      c.done(`a valid SubmissionResponse (${result.status})`);
    }

    if (result && key) {
      const call = `${S} (replay: same key and body)`;
      const r = await send(call, 'POST', path, { body: submission, headers: { 'Idempotency-Key': key } });
      if (r) {
        const c = check(call);
        const fix = `store the result with the submission's key and body hash, and answer the same key and body with it, unchanged, 200 (${see('Idempotency')})`;
        if (expectStatus(c, r, [200, 201], fix, ' — the same key and body must replay the stored result')) {
          const body = validate(c, SubmissionResponse, 'SubmissionResponse', S, r.json);
          if (body && stable(body.result) !== stable(result)) {
            const a = result as Loose;
            const b = body.result as Loose;
            const diff = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => stable(a[k]) !== stable(b[k]));
            c.fail(`a different result, not the stored one (differs in ${diff.join(', ')})`, fix);
          }
        }
        c.done(`${r.status}, the same result replayed`);
      }

      const mismatch = `${S} (same key, other body)`;
      expectError(
        mismatch,
        await send(mismatch, 'POST', path, { body: otherSubmission, headers: { 'Idempotency-Key': key } }),
        422,
        'idempotency_mismatch',
        `compare the body of a repeated key with the stored one (equal JSON) and answer 422 idempotency_mismatch when it differs (${see('Idempotency')})`,
      );

      const again = `${S} (new key, already submitted)`;
      expectError(
        again,
        await send(again, 'POST', path, { body: submission, headers: { 'Idempotency-Key': randomUUID() } }),
        409,
        'already_submitted',
        `once an attempt has a submission, answer any other key 409 already_submitted (${see('Idempotency')})`,
      );
    } else info(`- ${S} (replay, mismatch, already submitted): skipped, no submission was accepted`);

    // Proof of participation: optional, advertised by the result's receipt (docs/contract.md, "Proof of participation").
    const receipt = result?.receipt;
    if (result && receipt) {
      const PROOF = see('Proof of participation');
      const V = 'GET /verifications/{code}';
      const r = await send(V, 'GET', `/verifications/${encodeURIComponent(receipt.code)}`);
      if (r) {
        const c = check(V);
        if (expectStatus(c, r, [200], `the result carries a receipt: answer GET /verifications/{its code} with 200 and the verification (${PROOF})`)) {
          const v = validate(c, VerificationResponse, 'VerificationResponse', V, r.json)?.verification;
          if (v && v.code !== receipt.code)
            c.fail(`verification.code is ${v.code}, not the receipt's ${receipt.code}`, `answer with the verification of the code asked for (${PROOF})`);
          if (v && (v.number !== result.number || Date.parse(v.submittedAt) !== Date.parse(result.submittedAt))) {
            c.fail(
              `number ${v.number} and submittedAt ${v.submittedAt} are not the result's (${result.number}, ${result.submittedAt})`,
              `a verification tells the facts of the attempt its code was issued for (${PROOF})`,
            );
          }
          // Only what the purpose needs (Nghị định 13/2023): never the whole citizen id, the birth date, phone or e-mail.
          const personal = ['citizenId', 'birthDate', 'phone', 'email']
            .map((k) => participant[k])
            .filter((x): x is string => typeof x === 'string' && x !== '');
          const leaked = personal.filter((x) => r.text.includes(x) || (/^\d{4}-\d\d-\d\d$/.test(x) && r.text.includes(x.split('-').reverse().join('/'))));
          if (leaked.length)
            c.fail(
              `the verification shows ${leaked.length} of the participant's details in full (citizen id, birth date, phone or e-mail)`,
              `show the citizen id by its last 3 digits only, and no birth date, phone or e-mail (${PROOF})`,
            );
          const id = participant.citizenId;
          if (v?.citizenId && typeof id === 'string' && !v.citizenId.endsWith(id.slice(-3)))
            c.fail(`verification.citizenId ${v.citizenId} does not end in the citizen id's last 3 digits`, `mask all but the last 3 digits (${PROOF})`);
        }
        c.done("200, a valid VerificationResponse for the receipt's code");
      }
      const unknown = `${V} (unknown code)`;
      expectError(
        unknown,
        await send(unknown, 'GET', '/verifications/ZZZZZZZZZZ'),
        404,
        'bad_request',
        `answer a code you did not issue with 404 bad_request (${PROOF})`,
      );

      const L = 'POST /verifications/lookup';
      const { citizenId, birthDate } = participant as { citizenId?: unknown; birthDate?: unknown };
      if (typeof citizenId === 'string' && typeof birthDate === 'string') {
        const mine = await send(L, 'POST', '/verifications/lookup', { body: { citizenId, birthDate } });
        const other = await send(`${L} (wrong birth date)`, 'POST', '/verifications/lookup', {
          body: { citizenId, birthDate: birthDate === '1970-01-01' ? '1970-01-02' : '1970-01-01' },
        });
        if (mine && other) {
          const c = check(L);
          if (expectStatus(c, mine, [200], `answer a lookup with 200 and the participant's attempts (${PROOF})`)) {
            const list = validate(c, LookupResponse, 'LookupResponse', L, mine.json)?.attempts;
            if (list && !list.some((v) => v.code === receipt.code))
              c.fail(
                `the participant's attempts do not include the one just submitted (${receipt.code})`,
                `list every submitted contest attempt of the citizen id and birth date (${PROOF})`,
              );
          }
          if (other.status !== 200 || arr(obj(other.json).attempts).length !== 0) {
            c.fail(
              `a wrong birth date answered ${describe(other)}, not 200 with no attempts`,
              `answer every mismatch (unknown citizen id, wrong birth date, nothing submitted) alike: 200 and an empty list, so a lookup never tells who took part (${PROOF})`,
            );
          }
          c.done('200 with the attempt; a wrong birth date, 200 and an empty list');
        }
      } else info(`- ${L}: skipped, the participant has no citizen id or birth date`);
    } else if (result) info('- GET /verifications/{code}: skipped, the result carries no receipt (proof of participation is optional)');
  } else info(`- ${S}: skipped, no attempt was started`);

  {
    const call = `${S} (unknown attempt)`;
    const path = `/attempts/${encodeURIComponent(`conformance-missing-${randomUUID()}`)}/submission`;
    const body = attempt ? submission : { answers: [], prediction: null, reason: 'confirmed' };
    expectError(
      call,
      await send(call, 'POST', path, { body, headers: { 'Idempotency-Key': randomUUID() } }),
      404,
      'attempt_not_found',
      `answer 404 attempt_not_found for an attempt id you do not know (${see('Errors')})`,
    );
  }

  // ------------------------------------------------------------------ exam integrity

  /**
   * #13 F8: a script takes the bank's published answers and answers a fresh attempt by looking
   * its question and option ids up in them. Against a server whose attempts have ids of their
   * own (random, mapped back on the server) it finds nothing and scores what guessing would; a
   * server that reuses the bank's ids gives the whole key away to anyone who reads GET /bank.
   */
  const answerFromBank = async (published: BankResponse) => {
    const call = `${START} (answered from the bank by id)`;
    const key = new Map(published.questions.filter((q) => q.correctOptionIds?.length).map((q) => [q.id, q.correctOptionIds!]));
    const FIX = `give each attempt's questions and options ids of its own, random and mapped back to the bank's on the server, and shuffle them (${see(START)}); publish the bank's answers during the contest only if the organisers mean them as study material`;
    const r = await send(call, 'POST', '/attempts', { body: { participant: generateParticipant(contest) }, headers: { 'Idempotency-Key': randomUUID() } });
    const started = r?.status === 201 ? issuesOf(StartAttemptResponse, r.json, START).data : undefined;
    if (!started) {
      info(`- ${call}: skipped, a second attempt did not start${r ? ` (${describe(r)})` : ''}`);
      return;
    }
    const questions = started.attempt.questions;
    // Ids found in the bank (question and every option of its answer): what the lookup can answer.
    const answers = questions.map((q) => {
      const found = key.get(q.id)?.filter((id) => q.options.some((o) => o.id === id)) ?? [];
      return { questionId: q.id, optionIds: found };
    });
    const looked = answers.filter((a) => a.optionIds.length).length;
    const c = check(call);
    if (!key.size) {
      // Nothing to look up now; but if the bank's answers come out later (after the contest), do its ids match?
      const same = questions.filter((q) => published.questions.some((b) => b.id === q.id)).length;
      if (same)
        c.warn(
          `${same} of ${questions.length} questions of an attempt have the bank's ids: once the bank's answers are published, they answer the attempts by id`,
          FIX,
        );
      c.done(`the bank publishes no answers (${same ? `${same} question ids are the bank's` : "the attempt's ids are its own"})`);
      return;
    }
    const path = `/attempts/${encodeURIComponent(started.attempt.id)}/submission`;
    const reply = await send(call, 'POST', path, { body: { answers, prediction, reason: 'confirmed' }, headers: { 'Idempotency-Key': randomUUID() } });
    const result = reply && reply.status < 300 ? issuesOf(SubmissionResponse, reply.json, S).data?.result : undefined;
    // What guessing one option (or one non-empty set of options) per question scores, and how far luck goes (2 standard deviations).
    const p = questions.map((q) => (q.kind === 'multiple' ? 1 / (2 ** q.options.length - 1) : 1 / q.options.length));
    const chance = p.reduce((a, b) => a + b, 0);
    const bound = chance + 2 * Math.sqrt(p.reduce((a, b) => a + b * (1 - b), 0));
    if (result?.status === 'graded') {
      if (result.correctCount > bound) {
        c.fail(
          `answered by looking its ids up in GET /bank's correctOptionIds, an attempt scored ${result.correctCount}/${result.questionCount} (guessing: about ${chance.toFixed(1)}): anyone can take the whole key`,
          FIX,
        );
      }
      c.done(`answered by id lookup in the bank, ${result.correctCount}/${result.questionCount}: no better than guessing (about ${chance.toFixed(1)})`);
    } else {
      // No score to judge by (results announced later): the ids found are the evidence.
      if (looked > bound)
        c.fail(`${looked} of ${questions.length} questions of an attempt can be answered by looking their ids up in GET /bank's correctOptionIds`, FIX);
      c.done(`${looked} of ${questions.length} questions of an attempt found in the bank by id: no better than guessing`);
    }
  };

  // ------------------------------------------------------------------ bank and leaderboard

  let bank: BankResponse | undefined;
  if (features.bank === true) {
    const call = 'GET /bank';
    const r = await send(call, 'GET', '/bank');
    if (r) {
      const c = check(call);
      if (expectStatus(c, r, [200], `features.bank is true: answer GET /bank with 200 and the bank (${see(call)})`)) {
        const body = (bank = validate(c, BankResponse, 'BankResponse', call, r.json));
        if (body && !body.answersPublished) {
          const withAnswers = arr(obj(r.json).questions).flatMap((q, i) =>
            ['correctOptionIds', 'explanation'].filter((k) => obj(q)[k] !== undefined && obj(q)[k] !== null).map((k) => `questions[${i}].${k}`),
          );
          for (const [member, paths] of byName([...withAnswers, ...extraMembers(BankResponse, r.json)])) {
            c.fail(
              `${andMore(paths)}: "${member}" present though answersPublished is false`,
              `leave out correctOptionIds, explanation and anything beyond the schema while answersPublished is false (${see(call)})`,
            );
          }
        }
      }
      c.done('200, a valid BankResponse');
    }
  } else info('- GET /bank: skipped, features.bank is not true');

  if (bank && attempt) await answerFromBank(bank);

  if (features.leaderboard === true) {
    const call = 'GET /leaderboard';
    const r = await send(call, 'GET', '/leaderboard');
    if (r) {
      const c = check(call);
      if (expectStatus(c, r, [200], `features.leaderboard is true: answer GET /leaderboard with 200 (${see(call)})`)) {
        const body = validate(c, LeaderboardResponse, 'LeaderboardResponse', call, r.json);
        const name = typeof participant.fullName === 'string' ? participant.fullName : undefined;
        if (body && name && body.individuals.some((i) => i.name === name)) {
          c.fail(
            `individuals carry the full name "${name}": names must be masked (e.g. "Nguyễn T. K. T.")`,
            `the family name in full, every other word by its first letter and a dot (${see('Names on public lists')})`,
          );
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
        if (expectStatus(c, r, [200], `answer ?round= with the leaderboard of that round (${see('GET /leaderboard')})`)) {
          const body = validate(c, LeaderboardResponse, 'LeaderboardResponse', 'GET /leaderboard', r.json);
          if (body && body.roundId !== roundId) {
            c.fail(
              `roundId is ${body.roundId === undefined ? 'missing' : `"${body.roundId}"`}, not "${roundId}" as asked`,
              `name the round asked for in roundId (${see('GET /leaderboard')})`,
            );
          }
        }
        c.done(`200, the leaderboard of round "${roundId}"`);
      }
    }
  } else info('- GET /leaderboard: skipped, features.leaderboard is not true');

  if (origin && corsResponses.total) {
    const c = check('CORS (responses)');
    const CORS = see("Cross-origin: CORS, and the portal page's CSP");
    const list = (calls: string[]) => `${calls.length} of ${corsResponses.total} responses: ${calls.slice(0, 4).join('; ')}${calls.length > 4 ? '; …' : ''}`;
    if (corsResponses.missing.length) {
      c.fail(
        `no Access-Control-Allow-Origin, so a page on ${origin} cannot read them (${list(corsResponses.missing)})`,
        `add the CORS headers to every API response, errors included (${CORS})`,
      );
    }
    for (const [allow, calls] of corsResponses.wrong)
      c.fail(`Access-Control-Allow-Origin is "${allow}", not ${origin} (${list(calls)})`, `echo the page's origin from your list of portal origins (${CORS})`);
    for (const [header, calls] of corsResponses.unexposed) {
      c.fail(
        `${header === 'age' ? 'Age' : 'Retry-After'} is not in Access-Control-Expose-Headers, so the page cannot read ${header === 'age' ? 'how old a cached contest document is' : 'how long to wait after 429 or 409'} (${list(calls)})`,
        `Access-Control-Expose-Headers: Retry-After, Age on every API response (${CORS})`,
      );
    }
    c.done(`all ${corsResponses.total} responses, errors included, allow ${origin} and expose Retry-After and Age`);
  }

  return report();
}

// ---------------------------------------------------------------------- command line

const USAGE = `Usage: npx tsx scripts/check-endpoint.ts <endpoint-url> [--origin https://portal.example] [--participant '<json>'] [--timeout SECONDS]
       npx cai-cach-quiz check <endpoint-url> [options]

Checks a running endpoint against the <cai-cach-quiz> endpoint contract (version 1).
It starts and submits ONE attempt with a generated participant: use a test deployment while the contest is open.
Each failure is followed by its fix; the rules are in docs/contract.md.

  --origin URL        the portal page's origin: also check CORS for it
  --participant JSON  the participant to start with (default: generated from the contest's registration fields)
  --timeout SECONDS   per request (default 15)`;

/** Runs the command line; resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  let url: string | undefined;
  const options: CheckOptions = {};
  try {
    // One iterator for the arguments and the values that follow flags: `--timeout 30` takes the next item.
    const args = argv.values();
    for (const arg of args) {
      const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string?]) : [arg, undefined];
      const value = () => {
        const v = inline ?? args.next().value;
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
  const report = await checkEndpoint(url, { ...options, onResult: (r) => console.log(printed(r)), onInfo: (line) => console.log(line) });
  console.log(report.summary);
  return report.failed > 0 ? 1 : 0;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
