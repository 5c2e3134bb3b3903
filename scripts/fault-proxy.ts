/**
 * A reverse proxy on 127.0.0.1 that puts the fault layer of the reference server
 * (scripts/http-faults.ts: drop, lose-response, injected statuses, afterApply, delays) in
 * front of any server of the endpoint contract, serves the test page with the built element
 * pointed at itself, and records what passed through: every attempt a start answered with,
 * every submission accepted (201) or replayed (200), with keys and bodies. A verdict built on
 * these records needs nothing from the server's memory (scripts/chaos.ts --server real).
 *
 * Also here: `UpstreamProcess`, a server run as a child process that can be killed with
 * SIGKILL and started again on the same port (and, by its environment, the same database).
 *
 *   tsx scripts/fault-proxy.ts --upstream http://127.0.0.1:3000/api/cuoc-thi/ID [--port 8788] [--log]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync, type WriteStream } from 'node:fs';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Attempt, AttemptResult, SubmissionRequest } from '../src/contract/schemas.ts';
import {
  applyFaults,
  bump,
  cors,
  headerOf,
  preflight,
  readBody,
  routeOf,
  send,
  serveSite,
  sleep,
  testPage,
  type Applied,
  type FaultHook,
} from './http-faults.ts';
import { DIST, type AcceptedSubmission, type CreatedAttempt, type ServerStats } from './reference-server.ts';

// ---------------------------------------------------------------------- forwarding

/** What came back from the upstream server, or how reaching it failed. */
export type UpstreamAnswer =
  | { status: number; headers: IncomingHttpHeaders; text: string }
  /** `refused`: nothing listens (the request never reached it); `reset`: the connection broke before a whole answer. */
  | { failure: 'refused' | 'reset'; message: string };

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
]);

/** One request to the upstream server, on a connection of its own (no keep-alive across a kill). */
export function forward(
  origin: string,
  method: string,
  pathAndQuery: string,
  headers: IncomingHttpHeaders,
  body: string,
  timeoutMs = 60_000,
): Promise<UpstreamAnswer> {
  const target = new URL(origin);
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers)) {
    // The body is read here: no compression, so what passes through can be parsed.
    if (v === undefined || HOP_BY_HOP.has(k) || k === 'accept-encoding') continue;
    out[k] = v;
  }
  if (body) out['content-length'] = String(Buffer.byteLength(body));
  return new Promise((done) => {
    let settled = false;
    const finish = (a: UpstreamAnswer) => {
      if (!settled) {
        settled = true;
        done(a);
      }
    };
    const req = http.request(
      { host: target.hostname, port: target.port, method, path: pathAndQuery, headers: out, agent: false, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => finish({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => finish({ failure: 'reset', message: e.message }));
        res.on('aborted', () => finish({ failure: 'reset', message: 'the answer was cut off' }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (e: NodeJS.ErrnoException) =>
      finish({ failure: e.code === 'ECONNREFUSED' ? 'refused' : 'reset', message: `${e.code ?? ''} ${e.message}`.trim() }),
    );
    req.end(body || undefined);
  });
}

/** The answer an nginx-like proxy gives when its upstream cannot be reached. */
const BAD_GATEWAY: Applied = {
  status: 502,
  body: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>fault-proxy</body></html>\n',
  headers: { 'Content-Type': 'text/html; charset=utf-8' },
};

// ---------------------------------------------------------------------- what passed through

export interface ObservedAttempt {
  attemptId: string;
  participantKey: string;
  idempotencyKey: string | null;
  /** The attempt as the server sent it (questions, deadline, number, attempts left). */
  attempt: Attempt;
  /** The start request's body as sent, and its key: replaying both must give this attempt again. */
  rawBody: string;
  /** The server's clock in the first answer carrying the attempt, and when that answer passed (local ms). */
  serverTime: string;
  at: number;
}

export interface ObservedSubmission extends AcceptedSubmission {
  /** The request body as sent: a replay sends exactly these bytes. */
  rawBody: string;
  /** 201: accepted here; 200: a replay of a submission accepted before. */
  status: number;
  result: AttemptResult;
  at: number;
}

export interface ProxyStats extends ServerStats {
  /** Every submission answered 201, in order. */
  acceptedSubmissions: ObservedSubmission[];
  /** Every submission answered 200 (a replay of an accepted one), in order. */
  replayedSubmissions: ObservedSubmission[];
  /** Every attempt a start answered with (first sighting), by id. */
  attempts: Record<string, ObservedAttempt>;
  /** Per start Idempotency-Key, the distinct attempt ids answered for it. */
  startKeys: Record<string, string[]>;
  /** Upstream failures per route, e.g. `POST /attempts refused`. */
  upstreamFailures: Record<string, number>;
  /** serverTime − local time of the last answer carrying serverTime, ms. */
  clockOffsetMs?: number;
}

export interface FaultProxyOptions {
  /** The upstream endpoint, e.g. `http://127.0.0.1:3000/api/cuoc-thi/cchc-2020`. The proxy serves the same path. */
  upstream: string;
  port?: number;
  host?: string;
  faults?: FaultHook;
  /** Where the built element is served from at /dist/. Default: the repository's dist/. */
  distDir?: string;
  log?: boolean;
  /** Called with every upstream answer or failure of an API request (not preflights). */
  onUpstream?: (route: string, request: IncomingMessage, answer: UpstreamAnswer) => void;
}

export interface FaultProxy {
  /** The test page, e.g. `http://127.0.0.1:8788/`. */
  url: string;
  /** The endpoint path on both the proxy and the upstream, e.g. `/api/cuoc-thi/cchc-2020`. */
  apiBase: string;
  /** The upstream's origin, e.g. `http://127.0.0.1:3000`. */
  origin: string;
  stats: ProxyStats;
  /** API requests the proxy is handling now (held, forwarded, or being answered). */
  inFlight(): number;
  /** Server time now, estimated from the last serverTime that passed (epoch ms). */
  now(): number;
  close(): Promise<void>;
}

const participantKeyOf = (body: unknown) => {
  const p = ((body ?? {}) as { participant?: Record<string, string | undefined> }).participant ?? {};
  return p.citizenId ?? p.phone ?? p.email ?? p.fullName ?? 'anonymous';
};

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const { port = 0, host = '127.0.0.1', faults, log = false, onUpstream } = options;
  const upstream = new URL(options.upstream);
  const origin = upstream.origin;
  const apiBase = upstream.pathname.replace(/\/+$/, '');
  const dist = resolve(options.distDir ?? DIST);
  const page = testPage(apiBase, 'fault proxy');
  const stats: ProxyStats = {
    requests: {},
    responses: {},
    accepted: {},
    acceptedSubmissions: [],
    replayedSubmissions: [],
    createdAttempts: [],
    attempts: {},
    startKeys: {},
    upstreamFailures: {},
  };
  let active = 0;

  async function api(req: IncomingMessage, res: ServerResponse, url: URL) {
    const method = req.method ?? 'GET';
    const path = url.pathname.slice(apiBase.length) || '/';
    cors(req, res);
    if (method === 'OPTIONS') {
      bump(stats.requests, 'OPTIONS *');
      return preflight(res);
    }
    const route = routeOf(method, path);
    bump(stats.requests, route);
    const raw = method === 'GET' || method === 'HEAD' ? '' : await readBody(req);
    const body = raw ? parse(raw) : undefined;
    const header = headerOf(req);
    const key = header('Idempotency-Key') ?? null;
    let answer: UpstreamAnswer | undefined;
    let json: unknown;

    await applyFaults({
      req,
      res,
      request: { method, path, query: url.searchParams, route, headers: req.headers, header, body },
      faults,
      log: log ? (line) => console.error(`[proxy] ${line}`) : undefined,
      injected: (status, afterApply) => bump(stats.responses, `${route} ${status} (injected${afterApply ? ' after applying' : ''})`),
      apply: async () => {
        const headers = { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '127.0.0.1', 'x-forwarded-host': req.headers.host ?? '' };
        answer = await forward(origin, method, url.pathname + url.search, headers, raw);
        onUpstream?.(route, req, answer);
        if ('failure' in answer) {
          bump(stats.upstreamFailures, `${route} ${answer.failure}`);
          bump(stats.responses, `${route} ${answer.failure === 'refused' ? '502 (upstream refused)' : 'reset (upstream)'}`);
          if (log) console.error(`[proxy] ${route} → upstream ${answer.failure}: ${answer.message}`);
          // Nothing listens: answer as a proxy does. The connection broke mid-request: the client's breaks too.
          return answer.failure === 'refused' ? BAD_GATEWAY : null;
        }
        json = parse(answer.text);
        const headersOut: Record<string, string> = {};
        for (const [k, v] of Object.entries(answer.headers)) {
          if (v === undefined || HOP_BY_HOP.has(k) || k.startsWith('access-control-') || k === 'vary') continue;
          headersOut[k] = Array.isArray(v) ? v.join(', ') : v;
        }
        return { status: answer.status, body: answer.text, headers: headersOut };
      },
      applied: (out, delivered) => {
        if (out === BAD_GATEWAY) return;
        bump(stats.responses, `${route} ${out.status}`);
        const serverTime = (json as { serverTime?: unknown } | undefined)?.serverTime;
        if (typeof serverTime === 'string' && !Number.isNaN(Date.parse(serverTime))) stats.clockOffsetMs = Date.parse(serverTime) - Date.now();
        if (route === 'POST /attempts' && out.status >= 200 && out.status < 300) {
          const attempt = (json as { attempt?: Attempt } | undefined)?.attempt;
          if (!attempt?.id) return;
          const attemptId = attempt.id;
          if (key) {
            const ids = (stats.startKeys[key] ??= []);
            if (!ids.includes(attemptId)) ids.push(attemptId);
          }
          if (!stats.attempts[attemptId]) {
            const participantKey = participantKeyOf(body);
            stats.attempts[attemptId] = {
              attemptId,
              participantKey,
              idempotencyKey: key,
              attempt,
              rawBody: raw,
              serverTime: String(serverTime),
              at: Date.now(),
            };
            stats.createdAttempts.push({ attemptId, idempotencyKey: key, participantKey, delivered } satisfies CreatedAttempt);
          } else if (delivered) {
            const created = stats.createdAttempts.find((a) => a.attemptId === attemptId);
            if (created) created.delivered = true;
          }
        }
        if (route === 'POST /attempts/:id/submission' && (out.status === 201 || out.status === 200)) {
          // The route matched, so the path has the id as its second segment.
          const [, segment = ''] = path.split('/').filter(Boolean);
          const attemptId = decodeURIComponent(segment);
          const result = (json as { result?: AttemptResult } | undefined)?.result as AttemptResult;
          const seen: ObservedSubmission = {
            attemptId,
            idempotencyKey: key,
            body: body as SubmissionRequest,
            delivered,
            rawBody: raw,
            status: out.status,
            result,
            at: Date.now(),
          };
          if (out.status === 201) {
            bump(stats.accepted, attemptId);
            stats.acceptedSubmissions.push(seen);
          } else stats.replayedSubmissions.push(seen);
        }
      },
    });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const done = (p: Promise<void>): void =>
      void p.catch((e) => {
        if (log) console.error('[proxy] error', e);
        if (!res.headersSent && !res.destroyed) send(res, 500, { error: { code: 'internal', message: 'Proxy error.' } });
        else res.destroy();
      });
    if (path === apiBase || path.startsWith(`${apiBase}/`)) {
      active++;
      return void done(api(req, res, url).finally(() => active--));
    }
    serveSite(req, res, path, { page, dist, requests: stats.requests, done });
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
  return {
    url: `http://${host}:${address.port}/`,
    apiBase,
    origin,
    stats,
    inFlight: () => active,
    now: () => Date.now() + (stats.clockOffsetMs ?? 0),
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------- the upstream as a child process

/** A port nothing listens on now (the OS's pick), to give a server that must keep it across restarts. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((ok, fail) => {
    const s = net.createServer();
    s.once('error', fail);
    s.listen(0, host, () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => ok(port));
    });
  });
}

export interface UpstreamProcessOptions {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The origin it listens on, e.g. `http://127.0.0.1:3000`. */
  origin: string;
  /** Polled until 200 after the endpoint line; none: the endpoint line alone means ready. */
  readyPath?: string;
  /** Its stdout and stderr go here (appended across restarts). */
  logFile: string;
  startTimeoutMs?: number;
}

/**
 * A server as a child process: started, killed with SIGKILL (no shutdown of any kind), and
 * started again with the same command and environment. Ready once it has printed
 * `endpoint http://…` and, with `readyPath`, that path answers 200.
 */
export class UpstreamProcess {
  endpoint?: string;
  starts = 0;
  kills = 0;
  private child?: ChildProcess;
  private exited?: Promise<void>;
  private readonly log: WriteStream;
  private busy: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: UpstreamProcessOptions) {
    this.log = createWriteStream(options.logFile, { flags: 'a' });
  }

  get pid() {
    return this.child?.pid;
  }

  get running() {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last lines it wrote (for a report when it would not start). */
  tail(lines = 30): string {
    try {
      return readFileSync(this.options.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  async start(): Promise<string> {
    const { command, args, cwd, env, origin, readyPath, startTimeoutMs = 90_000 } = this.options;
    this.starts++;
    this.log.write(`\n===== start ${this.starts} at ${new Date().toISOString()}: ${command} ${args.join(' ')}\n`);
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.exited = new Promise((ok) => child.once('exit', () => ok()));
    let printed: string | undefined;
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      this.log.write(c);
      if (printed) return;
      out += c.toString('utf8');
      const m = /endpoint (https?:\/\/\S+?)\/?[\s)]/.exec(out);
      if (m) printed = m[1];
    });
    child.stderr.on('data', (c: Buffer) => this.log.write(c));
    const deadline = Date.now() + startTimeoutMs;
    while (!printed) {
      if (!this.running) throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before it listened:\n${this.tail()}`);
      if (Date.now() > deadline) throw new Error(`the server printed no endpoint within ${startTimeoutMs / 1000} s:\n${this.tail()}`);
      await sleep(25);
    }
    this.endpoint = printed;
    if (readyPath) {
      for (;;) {
        const a = await forward(origin, 'GET', readyPath, {}, '', 5000);
        if ('status' in a && a.status === 200) break;
        if (!this.running) throw new Error(`the server exited before it was ready:\n${this.tail()}`);
        if (Date.now() > deadline) throw new Error(`${readyPath} was not 200 within ${startTimeoutMs / 1000} s:\n${this.tail()}`);
        await sleep(50);
      }
    }
    return printed;
  }

  /**
   * kill -9, wait `downMs`, start again. Kills never overlap: one asked for while another
   * restart is under way waits for it. `onKilled` runs as the signal is sent.
   */
  killAndRestart(downMs: number, onKilled?: () => void): Promise<{ downMs: number; pid?: number }> {
    const run = this.busy.then(async () => {
      const pid = this.child?.pid;
      const t0 = Date.now();
      if (this.running) {
        this.kills++;
        this.log.write(`\n===== kill -9 ${pid} at ${new Date().toISOString()}\n`);
        this.child!.kill('SIGKILL');
        onKilled?.();
        await this.exited;
      } else onKilled?.();
      await sleep(downMs);
      await this.start();
      return { downMs: Date.now() - t0, pid };
    });
    this.busy = run.catch(() => undefined);
    return run;
  }

  /** Wait for a restart under way, if any. */
  settled(): Promise<unknown> {
    return this.busy;
  }

  /** SIGKILL now, without waiting (for an exit hook). */
  killSync() {
    if (this.running) this.child!.kill('SIGKILL');
  }

  /** SIGTERM, then SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    await this.busy;
    if (this.running) {
      this.child!.kill('SIGTERM');
      const t = setTimeout(() => this.child?.kill('SIGKILL'), graceMs);
      await this.exited;
      clearTimeout(t);
    }
    await new Promise<void>((ok) => this.log.end(() => ok()));
  }
}

// ---------------------------------------------------------------------- command line

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (invokedDirectly) {
  const argv = process.argv.slice(2);
  let upstream: string | undefined;
  let port = 8788;
  let log = false;
  // One iterator for the flags and the values that follow them: `--port 8788` takes the next item.
  const args = argv.values();
  for (const arg of args) {
    const [flag, inline] = arg.split('=', 2);
    const value = () => inline ?? args.next().value;
    if (flag === '--upstream') upstream = value();
    else if (flag === '--port') port = Number(value());
    else if (flag === '--log') log = true;
    else {
      console.log('Usage: tsx scripts/fault-proxy.ts --upstream http://127.0.0.1:3000/api/cuoc-thi/ID [--port 8788] [--log]');
      process.exit(flag === '--help' || flag === '-h' ? 0 : 2);
    }
  }
  if (!upstream) throw new Error('--upstream is required (the server’s endpoint URL)');
  const proxy = await startFaultProxy({ upstream, port, log });
  console.log(
    `Fault proxy: ${proxy.url}  (endpoint ${proxy.url.replace(/\/$/, '')}${proxy.apiBase} → ${upstream}); no faults are injected from the command line.`,
  );
  const stop = () => void proxy.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
