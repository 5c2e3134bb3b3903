/**
 * The only code that talks to the endpoint. Every response is validated against the
 * contract before it is returned; every failure becomes an `ApiError` with a stable code.
 */
import type * as z from 'zod/mini';
import { StartAttemptResponse } from '../contract/attempt.ts';
import { ContestDocument } from '../contract/contest.ts';
import { ErrorEnvelope } from '../contract/errors.ts';
import type * as result from '../contract/result.ts';
import type { StartAttemptRequest, SubmissionRequest, SubmissionResponse } from '../contract/schemas.ts';
import type { brokenContract } from './diagnose.ts';
import { ApiError, parseRetryAfter } from './errors.ts';
import { withRetry, type RetryPolicy } from './retry.ts';

/**
 * What the client loads only when it needs it, passed in by the composition root (src/lazy.ts
 * says which chunk each is): the client knows no chunk, so no import runs from here back up.
 */
export interface ApiChunks {
  /** The result's schema, needed only after the exam. */
  loadResultSchema: () => Promise<{ SubmissionResponse: typeof result.SubmissionResponse }>;
  /** What is said of a response that breaks the contract (api/diagnose.ts), needed only when a server is wrong. */
  loadDiagnosis: () => Promise<{ brokenContract: typeof brokenContract }>;
}

export interface ApiOptions extends ApiChunks {
  /** Base URL of the contest endpoint, without a trailing slash. */
  endpoint: string;
  /** Per-request timeout; a request that never answers must not hang the exam. */
  timeoutMs?: number;
  credentials?: RequestCredentials;
  /** Extra headers for every request (a portal token, say); may be async. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
}

export interface Call<S extends z.ZodMiniType> {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  schema: S;
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Let the request outlive the page (an autosave as the tab is hidden or closed). */
  keepalive?: boolean;
}

export class ContestApi {
  readonly endpoint: string;
  readonly #policy: RetryPolicy;

  readonly #options: ApiOptions;

  constructor(options: ApiOptions) {
    this.#options = options;
    this.endpoint = options.endpoint.replace(/\/+$/, '');
    this.#policy = { retries: 3, baseMs: 1000, capMs: 30_000, ...options.retry };
  }

  getContest(signal?: AbortSignal): Promise<ContestDocument> {
    return this.get('/contest', ContestDocument, signal);
  }

  /**
   * A validated GET of any other call (`/bank`, `/leaderboard`), retried like the contest
   * document. The schema comes from the caller, so a call's schema ships only in the chunk
   * that makes the call.
   */
  get<S extends z.ZodMiniType>(path: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
    return withRetry(() => this.call({ method: 'GET', path, schema, signal }), this.#policy, signal);
  }

  /**
   * Starting is made safe to retry by the idempotency key: a retry never costs a second attempt.
   * `onWait` hears each wait before the next try (the store counts down to it on screen, #14).
   */
  startAttempt(body: StartAttemptRequest, idempotencyKey: string, signal?: AbortSignal, onWait?: (ms: number) => void): Promise<StartAttemptResponse> {
    return withRetry(
      () => this.call({ method: 'POST', path: '/attempts', schema: StartAttemptResponse, body, idempotencyKey, signal }),
      this.#policy,
      signal,
      onWait,
    );
  }

  /**
   * One try at submitting. The outbox owns the retries (it shows the participant when the
   * next try is and survives reloads); every retry carries the same key and body.
   */
  async submit(attemptId: string, body: SubmissionRequest, idempotencyKey: string, signal?: AbortSignal): Promise<SubmissionResponse> {
    const path = `/attempts/${encodeURIComponent(attemptId)}/submission`;
    // The result schema is needed only after the exam, in a chunk of its own. If that chunk
    // cannot arrive, nothing was sent: a network failure, retried like any other (not a refusal).
    const { SubmissionResponse: schema } = await this.#options.loadResultSchema().catch((e: Error) => {
      throw new ApiError('network', `The result schema did not load: ${e.message}`);
    });
    return this.call({ method: 'POST', path, schema, body, idempotencyKey, signal });
  }

  /** One try at any call (autosave's `PUT`, say): the response validated with `call.schema`, or an `ApiError`. */
  async call<S extends z.ZodMiniType>(call: Call<S>): Promise<z.infer<S>> {
    const { timeoutMs = 15_000, credentials = 'same-origin' } = this.#options;
    const headers: Record<string, string> = { Accept: 'application/json', ...(await this.#options.headers?.()) };
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';
    if (call.idempotencyKey) headers['Idempotency-Key'] = call.idempotencyKey;

    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await (this.#options.fetch ?? fetch)(this.endpoint + call.path, {
        method: call.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        credentials,
        // The body's serverTime anchors the exam clock: a copy from the browser's cache would be stale.
        cache: 'no-store',
        keepalive: call.keepalive,
        signal,
      });
    } catch (e) {
      if (call.signal?.aborted) throw e;
      throw timeout.aborted ? new ApiError('timeout', `No answer within ${timeoutMs} ms`) : new ApiError('network', (e as Error).message);
    }

    // A captive portal's login page or a WAF's block page is HTML, often with a 200: never read as
    // the contract's JSON (#13 F7). application/json, or a +json type (application/problem+json).
    const type = response.headers.get('Content-Type') ?? '';
    const isJson = /^application\/([\w.-]+\+)?json\b/i.test(type);
    let json: unknown;
    try {
      if (isJson) json = await response.json();
    } catch {
      json = undefined;
    }

    if (!response.ok) {
      const error = ErrorEnvelope.safeParse(json).data?.error;
      const seconds = error?.retryAfterSeconds;
      const after = parseRetryAfter(response.headers.get('Retry-After'), response.headers.get('Date'));
      const retryAfterMs = after && 'ms' in after ? after.ms : seconds === undefined ? seconds : seconds * 1000;
      const byField = Object.fromEntries((error?.fields ?? []).map((f) => [f.field, f.message]));
      const status = response.status;
      throw new ApiError(
        error?.code ?? 'http',
        error?.message ?? `HTTP ${status}`,
        status,
        byField,
        retryAfterMs,
        undefined,
        after && 'at' in after ? after.at : undefined,
      );
    }

    if (!isJson) {
      const message = `expected Content-Type application/json, not ${type || 'none'}`;
      throw new ApiError('invalid-response', message, response.status, {}, undefined, { path: '', message });
    }
    const parsed = call.schema.safeParse(json, { reportInput: true });
    if (!parsed.success) {
      // What broke, and where, is told by a module of its own, loaded only when a server is wrong.
      throw await this.#options.loadDiagnosis().then(
        (m) => m.brokenContract(`${call.method} ${this.endpoint + call.path}`, parsed.error, response.status),
        () => new ApiError('invalid-response', '', response.status),
      );
    }
    const data = parsed.data as z.infer<S> & { serverTime: string };
    const age = ageOf(response.headers);
    if (age) data.serverTime = new Date(Date.parse(data.serverTime) + age * 1000).toISOString();
    return data;
  }
}

/** A directive's seconds in a Cache-Control header; 0 when absent. */
const directive = (cacheControl: string, name: string) => Number(RegExp(`${name}=(\\d+)`, 'i').exec(cacheControl)?.[1] ?? 0);

/**
 * How old a shared cache's (a CDN's) copy is, in seconds, to add to its serverTime: its `Age`
 * when readable, but never more than the copy's own lifetime (`s-maxage`, else `max-age`, plus
 * `stale-while-revalidate`) and never more than 10 minutes (#13 F7). A bogus `Age: 1000000000`
 * would otherwise move the clock 31 years on and show the contest as ended; a response without
 * a lifetime was not meant to be stored, and its Age is ignored.
 */
export function ageOf(headers: Headers): number {
  const cc = headers.get('Cache-Control') ?? '';
  const age = Number(headers.get('Age'));
  return Math.min(age > 0 ? age : 0, (directive(cc, 's-maxage') || directive(cc, 'max-age')) + directive(cc, 'stale-while-revalidate'), 600);
}
