/**
 * The HTTP layer: Fastify with its CORS, helmet, rate-limit and static plugins, the
 * contract's routes under `/api/cuoc-thi/<contest id>`, health and readiness, and the page
 * at `/`. Errors always leave in the contract's envelope; logs never carry request bodies
 * (which hold personal data), only method, path, status and timing.
 */
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { adminRoutes } from './admin/routes.ts';
import { BankStore } from './bank-store.ts';
import type { Config } from './config.ts';
import type { Db } from './db.ts';
import type { ContestDefinition } from './definition.ts';
import { ContractError, envelope, type CallResult } from './http-result.ts';
import { Leaderboards } from './leaderboard.ts';
import { PAGE_CSS, PAGE_POLICY, page } from './page.ts';
import { Verifications, verificationPageRoutes, verificationRoutes } from './verify.ts';

export interface AppOptions {
  config: Config;
  db: Db;
  definition: ContestDefinition;
  secret: string;
  verifyCaptcha?: (token: string | undefined) => Promise<boolean>;
  /** Where logs go (tests capture them). Default: stdout. */
  logStream?: NodeJS.WritableStream;
}

export const apiPrefix = (contestId: string) => `/api/cuoc-thi/${encodeURIComponent(contestId)}`;

/** Largest request body accepted: a 30-question submission is a few KB. */
const BODY_LIMIT = 100_000;

/** Longest Idempotency-Key accepted (as `attempts.ts` checks for submissions). */
const MAX_KEY_LENGTH = 200;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db, definition } = options;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Method, path and status only: no headers (Authorization), no bodies (personal data), no query strings.
      serializers: {
        // A verification code opens a person's certificate: it is not logged either.
        req: (req: { method: string; url: string; ip?: string }) => ({
          method: req.method,
          url: (req.url.split('?')[0] ?? '').replace(/\/(verifications|xac-minh)\/[^/]+$/, '/$1/:code'),
          remoteAddress: req.ip,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
    bodyLimit: BODY_LIMIT,
    // A hop count trusts that many proxies in front of the server.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    // Our own 503 while closing (below), in the contract's envelope with Retry-After, not Fastify's.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    routerOptions: { maxParamLength: 200 },
  });

  // Shutting down: Node's server.close() closes the connections idle at that moment, but one whose
  // request is still in flight stays open after its answer, for the keep-alive timeout (72 s), and
  // holds the exit past main's 15 s limit (exit 1). So every answer given while closing says
  // `Connection: close`, and connections that fall idle anyway are closed as they do.
  let closing = false;
  let reaper: NodeJS.Timeout | undefined;
  app.addHook('preClose', (done) => {
    closing = true;
    reaper = setInterval(() => app.server.closeIdleConnections(), 50);
    reaper.unref();
    done();
  });
  app.addHook('onClose', (_instance, done) => {
    clearInterval(reaper);
    done();
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('Connection', 'close');
  });

  // The bank may be replaced from the dashboard: the documents and attempts of the bank in force, in every process.
  const bank = new BankStore({
    db,
    definition,
    secret: options.secret,
    verifyCaptcha: options.verifyCaptcha,
    onError: (e) => app.log.error({ err: { type: (e as Error).name, message: (e as Error).message } }, 'the newest imported bank cannot be used'),
  });
  await bank.load();
  // Said at start: an imported bank takes precedence over the bank in CONTEST_FILE (docs/admin-api.md).
  if (bank.now().version)
    app.log.info({ bankVersion: bank.now().version }, 'serving the bank imported from the dashboard, not the bank of the contest definition');
  const leaderboards = new Leaderboards({ db, definition, maxAgeSeconds: config.leaderboardMaxAgeSeconds });
  const prefix = apiPrefix(definition.contest.id);
  const verifications = new Verifications({ db, definition, secret: options.secret });

  await app.register(helmet, {
    // The page's policy is set on the page; API responses are JSON.
    contentSecurityPolicy: false,
    // A portal on another origin loads the element's script and calls the API.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string; retryAfterSeconds?: number }, request, reply) => {
    if (error instanceof ContractError) return send(reply, error.toResult());
    if (error.statusCode === 429) {
      const retryAfterSeconds = Math.max(1, Number(error.retryAfterSeconds ?? reply.getHeader('retry-after') ?? 1));
      reply.header('Retry-After', String(retryAfterSeconds));
      return reply.code(429).send(envelope('rate_limited', 'Too many requests; try again later.', { retryAfterSeconds }));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.code(status).send(envelope('bad_request', error.message));
    request.log.error({ err: { type: error.name, message: error.message, stack: error.stack } }, 'request failed');
    return reply.code(500).send(envelope('internal', 'Server error.'));
  });

  const notFound = (request: FastifyRequest, reply: FastifyReply) => {
    if (request.url.startsWith('/api/')) return reply.code(404).send(envelope('bad_request', `No route ${request.method} ${request.url.split('?')[0]}.`));
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found.\n');
  };
  app.setNotFoundHandler(notFound);

  // JSON as Fastify parses it (`__proto__` and `constructor.prototype` keys refused), and no text
  // PostgreSQL cannot store: U+0000 or a lone surrogate in any string (answers are kept as jsonb)
  // is the client's mistake, 400, not a server error.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    // The default parser answers through the callback (its type also allows the promise form, which it never takes).
    void parseJson(request, body as string, (error, value) => {
      if (error) return done(error, undefined);
      if (hasUnstorableText(value))
        return done(Object.assign(new Error('The body holds text that cannot be stored (U+0000 or an unpaired surrogate).'), { statusCode: 400 }), undefined);
      done(null, value);
    });
  });

  await app.register(
    async (api) => {
      await api.register(cors, {
        origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins.length ? config.corsOrigins : false,
        credentials: !config.corsOrigins.includes('*'),
        methods: ['GET', 'POST', 'PUT', 'OPTIONS'],
        allowedHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'],
        // Date: a Retry-After given as a date is read against it, on the server's clock (#13 F14).
        exposedHeaders: ['Retry-After', 'Age', 'Date', 'Idempotent-Replayed'],
        maxAge: 600,
      });
      await api.register(rateLimit, {
        global: config.rateLimitPerMinute > 0,
        max: config.rateLimitPerMinute || 1,
        timeWindow: 60_000,
        errorResponseBuilder: (_req, context) => ({ statusCode: 429, retryAfterSeconds: Math.ceil(context.ttl / 1000), message: 'rate limited' }),
      });
      // Under the API, a missing route answers with the API's CORS headers, so a portal page can read the envelope.
      api.setNotFoundHandler(notFound);
      // Shutting down: a request that arrives on a kept-alive connection is refused in the contract's
      // envelope (the element retries a 503 after Retry-After, by then on another process or the restarted one).
      api.addHook('onRequest', (_req, _reply, done) => {
        if (closing)
          return done(
            new ContractError(503, 'internal', 'The server is restarting; try again in a few seconds.', { retryAfterSeconds: 2 }, { 'Retry-After': '2' }),
          );
        done();
      });
      // One rule for the Idempotency-Key of every call (a key is kept in a unique index, which caps its size).
      api.addHook('onRequest', (req, _reply, done) => {
        const key = header(req, 'idempotency-key');
        if (key !== undefined && key.length > MAX_KEY_LENGTH) {
          return done(new ContractError(400, 'bad_request', `The Idempotency-Key header is longer than ${MAX_KEY_LENGTH} characters.`));
        }
        done();
      });
      // Per participant (their hashed identity), after the body is read: one person cannot start attempts in a loop.
      const perParticipant =
        config.startsPerParticipantPerMinute > 0
          ? api.rateLimit({
              max: config.startsPerParticipantPerMinute,
              timeWindow: 60_000,
              hook: 'preHandler',
              keyGenerator: (req) => `start:${participantKey(req.body)}`,
            })
          : undefined;

      api.get('/contest', async (_req, reply) => send(reply, bank.now().documents.contest()));
      api.get('/bank', async (_req, reply) => send(reply, (await bank.current()).documents.bank()));
      api.get<{ Querystring: { round?: string } }>('/leaderboard', async (req, reply) => {
        const round = typeof req.query.round === 'string' && req.query.round !== '' ? req.query.round : undefined;
        return send(reply, await leaderboards.get(round));
      });
      api.post('/attempts', { ...(perParticipant ? { preHandler: perParticipant } : {}) }, async (req, reply) =>
        send(reply, await (await bank.current()).attempts.start(req.body, header(req, 'idempotency-key'))),
      );
      api.put<{ Params: { id: string } }>('/attempts/:id/answers', async (req, reply) => send(reply, await bank.now().attempts.save(req.params.id, req.body)));
      api.post<{ Params: { id: string } }>('/attempts/:id/submission', async (req, reply) =>
        send(reply, await (await bank.current()).attempts.submit(req.params.id, req.body, header(req, 'idempotency-key'))),
      );
      verificationRoutes(api, verifications, options.secret, config.publicUrl);
    },
    { prefix },
  );

  // The organisers' side, on this origin only (no CORS), with its own error envelope (docs/admin-api.md).
  await app.register(adminRoutes, { prefix: '/admin', config, db, bank, secret: options.secret });

  app.get('/healthz', () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    // A process shutting down is not ready: the proxy stops sending it requests.
    if (closing) return reply.code(503).send({ status: 'closing', database: db.kind });
    try {
      await db.query('select 1');
      return { status: 'ready', database: db.kind };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: db.kind });
    }
  });

  // The built element, for the page below and for portals that load it from here (`npm run build` first).
  // Public files, so any origin may read them: a portal's page loads the single file as a classic script
  // (no CORS needed), but it imports cai-cach-quiz.confirmation.js from here as a module, and the ES build
  // is modules throughout, which a browser fetches only with Access-Control-Allow-Origin (#14).
  if (existsSync(config.distDir))
    await app.register(fastifyStatic, {
      root: config.distDir,
      prefix: '/dist/',
      cacheControl: true,
      maxAge: 0,
      setHeaders: (res) => {
        res.setHeader('Access-Control-Allow-Origin', '*');
      },
    });
  const html = page({
    title: definition.contest.title,
    endpoint: prefix,
    distDir: config.distDir,
    database: db.kind === 'pglite' ? 'PostgreSQL nhúng (PGlite)' : 'PostgreSQL',
    playgroundUrl: config.playgroundUrl,
  });
  app.get('/', async (_req, reply) =>
    reply.type('text/html; charset=utf-8').header('Content-Security-Policy', PAGE_POLICY).header('Cache-Control', 'no-cache').send(html),
  );
  verificationPageRoutes(app, verifications, definition);
  app.get('/page.css', async (_req, reply) => reply.type('text/css; charset=utf-8').send(PAGE_CSS));
  app.get('/favicon.ico', async (_req, reply) => reply.code(204).send());

  return app;
}

function trustHops(hops: number) {
  return (_address: string, hop: number) => hop < hops;
}

function send(reply: FastifyReply, result: CallResult) {
  if (result.headers) reply.headers(result.headers);
  if (!result.headers?.['Cache-Control']) reply.header('Cache-Control', 'no-store');
  return reply.code(result.status).send(result.body);
}

/** U+0000, or a surrogate without its pair: text that PostgreSQL's text and jsonb refuse. */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether any string (value or key) in parsed JSON is unstorable; iterative, so deep nesting cannot overflow the stack. */
function hasUnstorableText(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (UNSTORABLE.test(v)) return true;
    } else if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (UNSTORABLE.test(k)) return true;
        stack.push(x);
      }
    }
  }
  return false;
}

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The identity a start is limited by: a hash, so the rate limiter's memory holds no personal data. */
function participantKey(body: unknown): string {
  const p = (body as { participant?: Record<string, unknown> } | undefined)?.participant ?? {};
  const identity = [p.citizenId, p.phone, p.email, p.fullName].find((v): v is string => typeof v === 'string' && v !== '') ?? 'anonymous';
  return createHash('sha256').update(identity).digest('base64url').slice(0, 22);
}
