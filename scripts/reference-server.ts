/**
 * A real HTTP server for the endpoint contract: the demo's `ReferenceBackend` behind
 * node:http, with a real (offsettable) server clock, CORS, and a static test page that
 * loads the built element from dist/. Used by hand (`npm run serve:reference`) and by
 * scripts/chaos.ts, which plugs a fault injector into it.
 *
 *   npm run build && npm run serve:reference            # http://127.0.0.1:8787/
 *   tsx scripts/reference-server.ts --port 9000 --time 2020-09-21T09:30:00+07:00
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ReferenceBackend, roundsAt, type BackendResponse } from '../demo/mocks/backend.ts';
import { sampleContest } from '../demo/mocks/contest.ts';
import { SAMPLE_BANK, SAMPLE_TOPICS } from '../demo/mocks/data/bank.ts';
import type { SubmissionRequest } from '../src/contract/schemas.ts';

export const API_BASE = '/api/cuoc-thi/cchc-2020';
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');

/** What a fault hook sees of an API request (preflights are never passed to it). */
export interface FaultRequest {
  method: string;
  /** Path below the endpoint, e.g. `/attempts/att-1-x/submission`. */
  path: string;
  /** The query string, e.g. `round=dot-1` for `GET /leaderboard`. */
  query: URLSearchParams;
  /** The route with ids replaced, e.g. `POST /attempts/:id/submission`. */
  route: string;
  headers: IncomingHttpHeaders;
  header(name: string): string | undefined;
  /** The parsed JSON body (undefined for GET or an empty body). */
  body: unknown;
}

/**
 * What to do with one API request:
 * - `'drop'`: destroy the socket, no response, the backend never sees the request;
 * - `'lose-response'`: the backend applies the request, then the socket is destroyed;
 * - `{ status, body, headers }`: answer with that instead (the backend never sees it); a
 *   string body is sent as is (e.g. `'{not json'`), anything else as JSON. With
 *   `afterApply: true` the backend applies the request first and only its answer is replaced
 *   (a proxy garbling the response of a request that went through);
 * - `{ delayMs }`: wait, then let the backend handle it and answer (if the client is still there);
 * - `undefined`: normal.
 */
export type FaultDecision =
  | 'drop'
  | 'lose-response'
  | { status: number; body: unknown; headers?: Record<string, string>; afterApply?: boolean }
  | { delayMs: number }
  | undefined;

export type FaultHook = (req: FaultRequest) => FaultDecision | Promise<FaultDecision>;

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
}

export interface ReferenceServer {
  url: string;
  close(): Promise<void>;
  backend: ReferenceBackend;
  stats: ServerStats;
  /** Server time now, epoch ms. */
  now(): number;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export const TEST_PAGE = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>cai-cach-quiz · reference server</title>
    <script type="module" src="/dist/cai-cach-quiz.js"></script>
  </head>
  <body>
    <cai-cach-quiz endpoint="${API_BASE}"></cai-cach-quiz>
  </body>
</html>
`;

const routeOf = (method: string, path: string) => {
  const parts = path.split('/').filter(Boolean);
  return `${method} /${parts.map((p, i) => (i === 1 && parts[0] === 'attempts' ? ':id' : p)).join('/')}`;
};

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 1_000_000) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** CORS for any origin; with an Origin, credentials are allowed (the origin is echoed). */
function cors(req: IncomingMessage, res: ServerResponse) {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  } else {
    res.setHeader('Access-Control-Allow-Origin', '*');
  }
  // Retry-After is not a CORS-safelisted response header: without this a cross-origin page cannot read it.
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Idempotent-Replayed');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
  const backend = new ReferenceBackend({ contest: sampleContest(), bank: SAMPLE_BANK, topics: SAMPLE_TOPICS, now, random });
  const stats: ServerStats = { requests: {}, responses: {}, accepted: {}, acceptedSubmissions: [], createdAttempts: [] };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.destroyed || res.writableEnded) return;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
  };

  async function api(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
    const method = req.method ?? 'GET';
    cors(req, res);
    if (method === 'OPTIONS') {
      bump(stats.requests, 'OPTIONS *');
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Authorization',
        'Access-Control-Max-Age': '600',
        'Content-Length': '0',
      });
      res.end();
      return;
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
    const header = (name: string) => {
      const v = req.headers[name.toLowerCase()];
      return Array.isArray(v) ? v.join(', ') : v;
    };

    const decision = faults ? await faults({ method, path, query, route, headers: req.headers, header, body }) : undefined;
    if (decision === 'drop') {
      if (log) console.error(`[ref] ${route} → dropped`);
      req.socket.destroy();
      return;
    }
    const replace = decision && typeof decision === 'object' && 'status' in decision ? decision : undefined;
    if (replace && !replace.afterApply) {
      if (log) console.error(`[ref] ${route} → injected ${replace.status}`);
      bump(stats.responses, `${route} ${replace.status} (injected)`);
      return send(res, replace.status, replace.body, replace.headers);
    }
    if (decision && typeof decision === 'object' && 'delayMs' in decision) await sleep(decision.delayMs);
    const lose = decision === 'lose-response';

    const before = new Set(Object.keys(backend.state.attempts));
    let out: BackendResponse;
    try {
      out = await backend.handle({ method, path, query, header: (n) => header(n) ?? null, body });
    } catch (e) {
      out = { status: 500, body: { error: { code: 'internal', message: String((e as Error)?.message ?? e) } } };
    }
    bump(stats.responses, `${route} ${out.status}`);
    // The client is gone if its socket closed while we waited (a timeout, a reload, a drop).
    const delivered = !lose && !replace && !res.destroyed && !req.socket.destroyed;

    if (route === 'POST /attempts' && out.status === 201) {
      const attemptId = (out.body as { attempt: { id: string } }).attempt.id;
      if (!before.has(attemptId)) {
        stats.createdAttempts.push({
          attemptId,
          idempotencyKey: header('Idempotency-Key') ?? null,
          participantKey: backend.state.attempts[attemptId].participantKey,
          delivered,
        });
      } else if (delivered) {
        const created = stats.createdAttempts.find((a) => a.attemptId === attemptId);
        if (created) created.delivered = true;
      }
    }
    if (route === 'POST /attempts/:id/submission' && out.status === 201) {
      const attemptId = decodeURIComponent(path.split('/').filter(Boolean)[1]);
      bump(stats.accepted, attemptId);
      stats.acceptedSubmissions.push({ attemptId, idempotencyKey: header('Idempotency-Key') ?? null, body: body as SubmissionRequest, delivered });
    }
    if (log) console.error(`[ref] ${route} → ${out.status}${lose ? ' (response lost)' : ''}`);
    if (lose) {
      req.socket.destroy();
      return;
    }
    if (replace) {
      if (log) console.error(`[ref] ${route} → applied, answer replaced by ${replace.status}`);
      bump(stats.responses, `${route} ${replace.status} (injected after applying)`);
      return send(res, replace.status, replace.body, replace.headers);
    }
    // Headers pass through (Retry-After, Idempotent-Replayed, Cache-Control).
    send(res, out.status, out.body, out.headers);
  }

  async function staticFile(req: IncomingMessage, res: ServerResponse, path: string) {
    const rel = normalize(decodeURIComponent(path.slice('/dist/'.length)));
    const file = resolve(dist, rel);
    if (!file.startsWith(dist + sep)) return send(res, 404, { error: { code: 'bad_request', message: 'Not found.' } });
    try {
      const s = await stat(file);
      if (!s.isFile()) throw new Error('not a file');
      const data = await readFile(file);
      res.writeHead(200, {
        // Module scripts load with CORS: a page on another origin may embed the element from here.
        'Access-Control-Allow-Origin': '*',
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': data.length,
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    } catch {
      const hint = existsSync(dist) ? '' : ' dist/ is missing: run npm run build first.';
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Not found: ${path}.${hint}\n`);
    }
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const done = (p: Promise<void>) =>
      p.catch((e) => {
        if (log) console.error('[ref] error', e);
        if (!res.headersSent && !res.destroyed) send(res, 500, { error: { code: 'internal', message: 'Server error.' } });
        else res.destroy();
      });
    if (path === API_BASE || path.startsWith(`${API_BASE}/`)) return void done(api(req, res, path.slice(API_BASE.length) || '/', url.searchParams));
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return void res.end();
    }
    if (path === '/' || path === '/index.html') {
      bump(stats.requests, 'GET /');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
      return void res.end(method === 'HEAD' ? undefined : TEST_PAGE);
    }
    if (path.startsWith('/dist/')) {
      bump(stats.requests, 'GET /dist/*');
      return void done(staticFile(req, res, path));
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      return void res.end();
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found.\n');
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

function parseArgs(argv: string[]): { port: number; time?: string; log: boolean } {
  const out: { port: number; time?: string; log: boolean } = { port: 8787, log: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--port') out.port = Number(value());
    else if (flag === '--time') out.time = value();
    else if (flag === '--log') out.log = true;
    else if (flag === '--help' || flag === '-h') {
      console.log('Usage: tsx scripts/reference-server.ts [--port 8787] [--time 2020-09-21T09:30:00+07:00] [--log]');
      process.exit(0);
    } else throw new Error(`Unknown option ${argv[i]}`);
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535) throw new Error('--port: not a port number');
  return out;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (invokedDirectly) {
  const args = parseArgs(process.argv.slice(2));
  const server = await startReferenceServer({ port: args.port, startTime: args.time, log: args.log });
  const contest = sampleContest();
  const at = server.now();
  const { current } = roundsAt(contest.rounds, at);
  const open = at >= Date.parse(contest.opensAt) && at < Date.parse(contest.closesAt) && (!contest.rounds.length || !!current);
  console.log(`Reference server: ${server.url}  (endpoint ${server.url.replace(/\/$/, '')}${API_BASE})`);
  console.log(
    `Server time: ${new Date(at).toISOString()} — the sample contest is ${open ? `open${current ? `, in ${current.name}` : ''}` : 'NOT open'} (${contest.opensAt} → ${contest.closesAt}).`,
  );
  if (!open) console.log('Pass --time 2020-09-21T09:30:00+07:00 to run the clock inside the contest.');
  if (!existsSync(join(DIST, 'cai-cach-quiz.js'))) console.log('dist/ has no built element: run npm run build first (the test page needs it).');
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
