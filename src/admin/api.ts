/**
 * The only code of the dashboard that talks to the server (docs/admin-api.md). Same origin,
 * the session cookie sent with `credentials: 'same-origin'`, the session's CSRF token on every
 * request that is not a GET; every JSON answer parsed with its schema, every failure turned
 * into an `AdminApiError` with a code the dashboard can explain.
 */
import * as z from 'zod/mini';
import { AdminErrorEnvelope, Audit, BankImport, Overview, Participation, Results, Retention, Session } from './schemas.ts';

/**
 * The server's codes (invalid_credentials, unauthenticated, csrf, forbidden, rate_limited…)
 * plus what went wrong before one arrived.
 */
export type AdminFailure = 'network' | 'invalid-response' | 'http' | (string & {});

export class AdminApiError extends Error {
  constructor(
    readonly code: AdminFailure,
    message: string,
    readonly status = 0,
    /** Seconds the server asked to wait (a sign-in lockout), from the body or Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AdminApiError';
  }
}

/** A file the server produced, ready to be saved. */
export interface Download {
  blob: Blob;
  filename: string;
}

interface Call<S extends z.ZodMiniType | undefined> {
  method?: 'GET' | 'POST' | 'DELETE';
  path: string;
  schema: S;
  body?: BodyInit;
  contentType?: string;
  signal?: AbortSignal;
}

type Parsed<S> = S extends z.ZodMiniType ? z.infer<S> : undefined;

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;

export class AdminApi {
  /** The session's token, echoed in `X-CSRF-Token` on every request that changes something. */
  csrfToken?: string;

  constructor(
    /** Base of the API, e.g. `/admin/api` (no trailing slash). */
    readonly base: string,
    /** Called when the server says the session is gone (401 outside the sign-in itself). */
    private readonly onUnauthenticated: () => void = () => {},
  ) {}

  /** The current session, or undefined when there is none (401). */
  async session(signal?: AbortSignal): Promise<Session | undefined> {
    try {
      return this.#remember(await this.#call({ path: '/session', schema: Session, signal }));
    } catch (e) {
      if (e instanceof AdminApiError && e.status === 401) return undefined;
      throw e;
    }
  }

  async signIn(username: string, password: string): Promise<Session> {
    const body = JSON.stringify({ username, password });
    return this.#remember(await this.#call({ method: 'POST', path: '/session', schema: Session, body, contentType: 'application/json' }));
  }

  async signOut(): Promise<void> {
    try {
      await this.#call({ method: 'DELETE', path: '/session', schema: undefined });
    } finally {
      this.csrfToken = undefined;
    }
  }

  overview(signal?: AbortSignal) {
    return this.#call({ path: '/overview', schema: Overview, signal });
  }

  participation(round: string, signal?: AbortSignal) {
    return this.#call({ path: `/participation?round=${encodeURIComponent(round)}`, schema: Participation, signal });
  }

  results(round: string, signal?: AbortSignal) {
    return this.#call({ path: `/results?round=${encodeURIComponent(round)}`, schema: Results, signal });
  }

  audit(limit = 200, signal?: AbortSignal) {
    return this.#call({ path: `/audit?limit=${limit}`, schema: Audit, signal });
  }

  /** Checks (dryRun) or applies a bank spreadsheet; the server decides the format from the Content-Type. */
  importBank(file: File, dryRun: boolean) {
    const contentType = /\.csv$/i.test(file.name) ? MIME.csv : MIME.xlsx;
    return this.#call({ method: 'POST', path: `/bank${dryRun ? '?dryRun=1' : ''}`, schema: BankImport, body: file, contentType });
  }

  retention(dryRun: boolean) {
    return this.#call({ method: 'POST', path: `/retention${dryRun ? '?dryRun=1' : ''}`, schema: Retention });
  }

  /** A spreadsheet or CSV export (`results.xlsx?round=*`…), fetched so that a refusal can be explained. */
  async download(path: string, fallbackName: string): Promise<Download> {
    const response = await this.#fetch({ path, schema: undefined });
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
    const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
    let filename = fallbackName;
    try {
      filename = star ? decodeURIComponent(star) : (plain ?? fallbackName);
    } catch {
      // A malformed escape: keep the default name.
    }
    return { blob: await response.blob(), filename };
  }

  #remember(session: Session): Session {
    this.csrfToken = session.csrfToken;
    return session;
  }

  async #fetch<S extends z.ZodMiniType | undefined>(call: Call<S>): Promise<Response> {
    const method = call.method ?? 'GET';
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (call.contentType) headers['Content-Type'] = call.contentType;
    if (method !== 'GET' && this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;
    let response: Response;
    try {
      response = await fetch(this.base + call.path, { method, headers, body: call.body, credentials: 'same-origin', cache: 'no-store', signal: call.signal });
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e;
      throw new AdminApiError('network', (e as Error).message);
    }
    if (!response.ok) throw await this.#failure(response, call.path);
    return response;
  }

  async #call<S extends z.ZodMiniType | undefined>(call: Call<S>): Promise<Parsed<S>> {
    const response = await this.#fetch(call);
    if (!call.schema) return undefined as Parsed<S>;
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new AdminApiError('invalid-response', `${call.path}: the body is not JSON`, response.status);
    }
    const parsed = call.schema.safeParse(json);
    if (!parsed.success) {
      throw new AdminApiError(
        'invalid-response',
        `${call.path}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        response.status,
      );
    }
    return parsed.data as Parsed<S>;
  }

  async #failure(response: Response, path: string): Promise<AdminApiError> {
    let envelope: z.infer<typeof AdminErrorEnvelope> | undefined;
    try {
      const parsed = AdminErrorEnvelope.safeParse(await response.json());
      if (parsed.success) envelope = parsed.data;
    } catch {
      // Not JSON (a proxy's error page): the status alone tells what happened.
    }
    const header = response.headers.get('Retry-After');
    const retryAfter = envelope?.error.retryAfterSeconds ?? (header && /^\d+$/.test(header) ? Number(header) : undefined);
    const code = envelope?.error.code ?? (response.status === 429 ? 'rate_limited' : 'http');
    // The sign-in's own 401 is a wrong password, not an expired session.
    if (response.status === 401 && path !== '/session') this.onUnauthenticated();
    return new AdminApiError(code, envelope?.error.message ?? `HTTP ${response.status}`, response.status, retryAfter);
  }
}
