/**
 * The fault layer shared by the in-process reference server (scripts/reference-server.ts)
 * and the reverse proxy in front of a real contest server (scripts/fault-proxy.ts): what a
 * fault hook sees and decides, how a decision is carried out around "apply this request"
 * (the in-memory backend, or forwarding upstream), and the test page with the built element.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { extname, normalize, resolve, sep } from 'node:path';

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
  'drop' | 'lose-response' | { status: number; body: unknown; headers?: Record<string, string>; afterApply?: boolean } | { delayMs: number } | undefined;

export type FaultHook = (req: FaultRequest) => FaultDecision | Promise<FaultDecision>;

/** What applying a request gave: a status, a body (a string is sent as is, anything else as JSON), headers. */
export interface Applied {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const TYPES: Record<string, string> = {
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

/** The test page: the built element from /dist/, pointed at `endpoint`. */
export const testPage = (endpoint: string, title = 'reference server') => `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>cai-cach-quiz · ${title}</title>
    <script type="module" src="/dist/cai-cach-quiz.js"></script>
  </head>
  <body>
    <cai-cach-quiz endpoint="${endpoint}"></cai-cach-quiz>
  </body>
</html>
`;

/** `POST /attempts/att-1/submission` → `POST /attempts/:id/submission`. */
export const routeOf = (method: string, path: string) => {
  const parts = path.split('/').filter(Boolean);
  return `${method} /${parts.map((p, i) => (i === 1 && parts[0] === 'attempts' ? ':id' : p)).join('/')}`;
};

export const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function readBody(req: IncomingMessage): Promise<string> {
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

/** A header of a request as one string (repeated headers joined). */
export const headerOf = (req: IncomingMessage) => (name: string) => {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : v;
};

/** The CORS headers a server sends (a test may send others, to see the checker catch it). */
export interface CorsHeaders {
  /** Access-Control-Allow-Headers of a preflight. */
  allowHeaders: string;
  /** Access-Control-Expose-Headers of every response. */
  exposeHeaders: string;
}

/** What the contract asks for (docs/contract.md, "Cross-origin: CORS, and the portal page's CSP"). */
export const CORS_HEADERS: CorsHeaders = {
  allowHeaders: 'Content-Type, Idempotency-Key, Authorization',
  // Neither is a CORS-safelisted response header: without this a cross-origin page cannot read them.
  exposeHeaders: 'Retry-After, Age, Date, Idempotent-Replayed',
};

/** CORS for any origin; with an Origin, credentials are allowed (the origin is echoed). */
export function cors(req: IncomingMessage, res: ServerResponse, headers: CorsHeaders = CORS_HEADERS) {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  } else {
    res.setHeader('Access-Control-Allow-Origin', '*');
  }
  res.setHeader('Access-Control-Expose-Headers', headers.exposeHeaders);
}

/** The answer to a CORS preflight. */
export function preflight(res: ServerResponse, headers: CorsHeaders = CORS_HEADERS) {
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
    'Access-Control-Allow-Headers': headers.allowHeaders,
    'Access-Control-Max-Age': '600',
    'Content-Length': '0',
  });
  res.end();
}

/** Send a body (a string as is, anything else as JSON) unless the client is gone. */
export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.destroyed || res.writableEnded) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export interface FaultedCall {
  req: IncomingMessage;
  res: ServerResponse;
  request: FaultRequest;
  faults?: FaultHook;
  /** Apply the request. `null`: it ended without an answer to pass on (the socket is destroyed). */
  apply(): Promise<Applied | null>;
  /** The request was applied; `delivered` says whether its answer goes to the client as it is. */
  applied?(out: Applied, delivered: boolean): void;
  /** An injected answer is sent instead of the real one (before or after applying). */
  injected?(status: number, afterApply: boolean): void;
  /** Log a line (already prefixed by the caller's tag). */
  log?: (line: string) => void;
}

/** Carry out the fault hook's decision around applying one API request. */
export async function applyFaults(call: FaultedCall): Promise<void> {
  const { req, res, request, log } = call;
  const { route } = request;
  const decision = call.faults ? await call.faults(request) : undefined;
  if (decision === 'drop') {
    log?.(`${route} → dropped`);
    req.socket.destroy();
    return;
  }
  const replace = decision && typeof decision === 'object' && 'status' in decision ? decision : undefined;
  if (replace && !replace.afterApply) {
    log?.(`${route} → injected ${replace.status}`);
    call.injected?.(replace.status, false);
    return send(res, replace.status, replace.body, replace.headers);
  }
  if (decision && typeof decision === 'object' && 'delayMs' in decision) await sleep(decision.delayMs);
  const lose = decision === 'lose-response';

  const out = await call.apply();
  if (out === null) {
    req.socket.destroy();
    return;
  }
  // The client is gone if its socket closed while we waited (a timeout, a reload, a drop).
  const delivered = !lose && !replace && !res.destroyed && !req.socket.destroyed;
  call.applied?.(out, delivered);
  log?.(`${route} → ${out.status}${lose ? ' (response lost)' : ''}`);
  if (lose) {
    req.socket.destroy();
    return;
  }
  if (replace) {
    log?.(`${route} → applied, answer replaced by ${replace.status}`);
    call.injected?.(replace.status, true);
    return send(res, replace.status, replace.body, replace.headers);
  }
  // Headers pass through (Retry-After, Idempotent-Replayed, Cache-Control).
  send(res, out.status, out.body, out.headers);
}

/** Serve a file of the built element below /dist/ from `dist`. */
export async function serveDist(req: IncomingMessage, res: ServerResponse, path: string, dist: string) {
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

/**
 * Everything that is not the API: the test page at `/`, the element at `/dist/`, no favicon,
 * 405 for other methods, 404 for the rest. `requests` counts `GET /` and `GET /dist/*`.
 */
export function serveSite(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  site: { page: string; dist: string; requests: Record<string, number>; done: (p: Promise<void>) => void },
) {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' });
    return void res.end();
  }
  if (path === '/' || path === '/index.html') {
    bump(site.requests, 'GET /');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    return void res.end(method === 'HEAD' ? undefined : site.page);
  }
  if (path.startsWith('/dist/')) {
    bump(site.requests, 'GET /dist/*');
    return void site.done(serveDist(req, res, path, site.dist));
  }
  if (path === '/favicon.ico') {
    res.writeHead(204);
    return void res.end();
  }
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found.\n');
}
