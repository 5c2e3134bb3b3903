/**
 * A real HTTP server for the endpoint contract: the demo's `ReferenceBackend` behind
 * node:http, with a real (offsettable) server clock, CORS, and a static test page that
 * loads the built element from dist/. Used by hand (`npm run serve:reference`) and by
 * scripts/chaos.ts, which plugs a fault injector into it. The fault layer itself (what a hook
 * sees and decides, and how a decision is carried out) is scripts/http-faults.ts, shared with
 * the reverse proxy that puts it in front of the real server (scripts/fault-proxy.ts).
 *
 *   npm run build && npm run serve:reference            # http://127.0.0.1:8787/
 *   tsx scripts/reference-server.ts --port 9000 --time 2020-09-21T09:30:00+07:00
 *   tsx scripts/reference-server.ts --sample 2026 --time 2026-12-01T09:30:00+07:00   # the two-level sample (#14)
 */
import { existsSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ReferenceBackend, roundsAt, type BackendResponse } from '../demo/mocks/backend.ts';
import { sampleContest, sampleContest2026 } from '../demo/mocks/contest.ts';
import { SAMPLE_BANK, SAMPLE_TOPICS } from '../demo/mocks/data/bank.ts';
import type { SubmissionRequest } from '../src/contract/schemas.ts';
import {
  applyFaults,
  bump,
  cors,
  CORS_HEADERS,
  headerOf,
  preflight,
  readBody,
  routeOf,
  send,
  serveSite,
  testPage,
  type CorsHeaders,
  type FaultHook,
} from './http-faults.ts';

export type { FaultDecision, FaultHook, FaultRequest } from './http-faults.ts';

export const API_BASE = '/api/cuoc-thi/cchc-2020';
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');

export interface CreatedAttempt {
  attemptId: string;
  idempotencyKey: string | null;
  participantKey: string;
  /** Whether a response carrying this attempt (first or replayed) reached the client. */
  delivered: boolean;
}

export interface AcceptedSubmission {
  attemptId: string;
  idempotencyKey: string | null;
  /** The request body of the accepted (201) submission, as the server parsed it. */
  body: SubmissionRequest;
  /** Whether the 201 reached the client (false when its response was lost). */
  delivered: boolean;
}

export interface ServerStats {
  /** Requests per route, e.g. `POST /attempts/:id/submission`, `OPTIONS *`, `GET /dist/*`. */
  requests: Record<string, number>;
  /** Responses per route and status, e.g. `POST /attempts 201`. */
  responses: Record<string, number>;
  /** Per attempt id: how many submission requests were accepted (201). Must never exceed 1. */
  accepted: Record<string, number>;
  /** Every accepted submission, in order. */
  acceptedSubmissions: AcceptedSubmission[];
  /** Every attempt the backend created (not replays), in order. */
  createdAttempts: CreatedAttempt[];
}

export interface ReferenceServerOptions {
  /** 0 picks a free port. Default 8787. */
  port?: number;
  host?: string;
  /** Server time at start (ISO 8601); the clock runs on from there. Default: the real time. */
  startTime?: string;
  faults?: FaultHook;
  /** Randomness of the backend (question and option shuffles). Default Math.random. */
  random?: () => number;
  /** Log each API request to stderr. */
  log?: boolean;
  /** Where the built element is served from at /dist/. Default: the repository's dist/. */
  distDir?: string;
  /** Other CORS headers than the contract's (a server broken on purpose, for the checker's tests). */
  cors?: Partial<CorsHeaders>;
  /** Which sample contest: '2020' (Bắc Giang, districts, CMND/CCCD; default) or '2026' (Bắc Ninh, communes only, thẻ căn cước; #14). */
  sample?: '2020' | '2026';
}

export interface ReferenceServer {
  url: string;
  close(): Promise<void>;
  backend: ReferenceBackend;
  stats: ServerStats;
  /** Server time now, epoch ms. */
  now(): number;
}

export const TEST_PAGE = testPage(API_BASE);

export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const { port = 8787, host = '127.0.0.1', startTime, faults, random, log = false } = options;
  const dist = resolve(options.distDir ?? DIST);
  let offsetMs = 0;
  if (startTime !== undefined) {
    const at = Date.parse(startTime);
    if (Number.isNaN(at)) throw new Error(`--time: not a date: ${startTime}`);
    offsetMs = at - Date.now();
  }
  const now = () => Date.now() + offsetMs;
  const contest = options.sample === '2026' ? sampleContest2026() : sampleContest();
  const backend = new ReferenceBackend({ contest, bank: SAMPLE_BANK, topics: SAMPLE_TOPICS, now, random });
  const corsHeaders = { ...CORS_HEADERS, ...options.cors };
  const stats: ServerStats = { requests: {}, responses: {}, accepted: {}, acceptedSubmissions: [], createdAttempts: [] };

  async function api(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
    const method = req.method ?? 'GET';
    cors(req, res, corsHeaders);
    if (method === 'OPTIONS') {
      bump(stats.requests, 'OPTIONS *');
      return preflight(res, corsHeaders);
    }
    const route = routeOf(method, path);
    bump(stats.requests, route);
    const raw = method === 'GET' || method === 'HEAD' ? '' : await readBody(req);
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      bump(stats.responses, `${route} 400`);
      return send(res, 400, { error: { code: 'bad_request', message: 'Body is not JSON.' } });
    }
    const header = headerOf(req);
    let before = new Set<string>();
    await applyFaults({
      req,
      res,
      request: { method, path, query, route, headers: req.headers, header, body },
      faults,
      log: log ? (line) => console.error(`[ref] ${line}`) : undefined,
      injected: (status, afterApply) => bump(stats.responses, `${route} ${status} (injected${afterApply ? ' after applying' : ''})`),
      apply: async () => {
        before = new Set(Object.keys(backend.state.attempts));
        let out: BackendResponse;
        try {
          out = await backend.handle({ method, path, query, header: (n) => header(n) ?? null, body });
        } catch (e) {
          out = { status: 500, body: { error: { code: 'internal', message: String((e as Error)?.message ?? e) } } };
        }
        return out;
      },
      applied: (out, delivered) => {
        bump(stats.responses, `${route} ${out.status}`);
        if (route === 'POST /attempts' && out.status === 201) {
          const attemptId = (out.body as { attempt: { id: string } }).attempt.id;
          if (!before.has(attemptId)) {
            const stored = backend.state.attempts[attemptId];
            if (!stored) throw new Error(`the reference backend answered 201 for attempt ${attemptId}, which it does not hold`);
            stats.createdAttempts.push({
              attemptId,
              idempotencyKey: header('Idempotency-Key') ?? null,
              participantKey: stored.participantKey,
              delivered,
            });
          } else if (delivered) {
            const created = stats.createdAttempts.find((a) => a.attemptId === attemptId);
            if (created) created.delivered = true;
          }
        }
        if (route === 'POST /attempts/:id/submission' && out.status === 201) {
          // The route matched, so the path has the id as its second segment.
          const [, segment = ''] = path.split('/').filter(Boolean);
          const attemptId = decodeURIComponent(segment);
          bump(stats.accepted, attemptId);
          stats.acceptedSubmissions.push({ attemptId, idempotencyKey: header('Idempotency-Key') ?? null, body: body as SubmissionRequest, delivered });
        }
      },
    });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const done = (p: Promise<void>): void =>
      void p.catch((e) => {
        if (log) console.error('[ref] error', e);
        if (!res.headersSent && !res.destroyed) send(res, 500, { error: { code: 'internal', message: 'Server error.' } });
        else res.destroy();
      });
    if (path === API_BASE || path.startsWith(`${API_BASE}/`)) return void done(api(req, res, path.slice(API_BASE.length) || '/', url.searchParams));
    serveSite(req, res, path, { page: TEST_PAGE, dist, requests: stats.requests, done });
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host}:${address.port}/`;
  return {
    url,
    backend,
    stats,
    now,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------- command line

function parseArgs(argv: string[]): { port: number; time?: string; log: boolean; sample?: '2020' | '2026' } {
  const out: { port: number; time?: string; log: boolean; sample?: '2020' | '2026' } = { port: 8787, log: false };
  // One iterator for the flags and the values that follow them: `--port 8787` takes the next item.
  const args = argv.values();
  for (const arg of args) {
    const [flag, inline] = arg.split('=', 2);
    const value = () => inline ?? args.next().value;
    if (flag === '--port') out.port = Number(value());
    else if (flag === '--time') out.time = value();
    else if (flag === '--log') out.log = true;
    else if (flag === '--sample') {
      const v = value();
      if (v !== '2020' && v !== '2026') throw new Error(`--sample: ${v} is not a sample contest (2020 or 2026)`);
      out.sample = v;
    } else if (flag === '--help' || flag === '-h') {
      console.log('Usage: tsx scripts/reference-server.ts [--port 8787] [--time 2020-09-21T09:30:00+07:00] [--sample 2020|2026] [--log]');
      process.exit(0);
    } else throw new Error(`Unknown option ${arg}`);
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535) throw new Error('--port: not a port number');
  return out;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (invokedDirectly) {
  const args = parseArgs(process.argv.slice(2));
  const server = await startReferenceServer({ port: args.port, startTime: args.time, log: args.log, sample: args.sample });
  const contest = server.backend.options.contest;
  const at = server.now();
  const { current } = roundsAt(contest.rounds, at);
  const open = at >= Date.parse(contest.opensAt) && at < Date.parse(contest.closesAt) && (!contest.rounds.length || !!current);
  console.log(`Reference server: ${server.url}  (endpoint ${server.url.replace(/\/$/, '')}${API_BASE})`);
  console.log(
    `Server time: ${new Date(at).toISOString()} — the sample contest is ${open ? `open${current ? `, in ${current.name}` : ''}` : 'NOT open'} (${contest.opensAt} → ${contest.closesAt}).`,
  );
  if (!open)
    console.log(`Pass --time ${args.sample === '2026' ? '2026-12-01T09:30:00+07:00' : '2020-09-21T09:30:00+07:00'} to run the clock inside the contest.`);
  if (!existsSync(join(DIST, 'cai-cach-quiz.js'))) console.log('dist/ has no built element: run npm run build first (the test page needs it).');
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
