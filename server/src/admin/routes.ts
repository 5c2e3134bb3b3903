/**
 * The organisers' side over HTTP (docs/admin-api.md), registered under `/admin`: the dashboard's
 * page and bundle, and its JSON API with accounts, sessions, CSRF, roles and the audit log.
 *
 * Same origin only: none of the participant API's CORS headers, and every answer says
 * `Cross-Origin-Resource-Policy: same-origin` and cannot be framed. Logs follow the app's rules
 * (method, path and status; never a body, a cookie, a query string or personal data).
 */
import fastifyStatic from '@fastify/static';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasErrors, readBankSheet, writeBankXlsx, type Problem } from '../bank-sheet.ts';
import type { BankStore } from '../bank-store.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db.ts';
import { DefinitionError } from '../definition.ts';
import { deletePersonalData } from '../retention.ts';
import { authenticate, normalizeUsername, type Role } from './accounts.ts';
import { audit, readAudit } from './audit.ts';
import { AdminError, MESSAGES } from './errors.ts';
import { ADMIN_CSS, ADMIN_PAGE_POLICY, adminBuilt, adminPage } from './page.ts';
import {
  clearedCookie,
  COOKIE,
  createSession,
  deleteSession,
  readCookie,
  sameSecret,
  sessionCookie,
  touchSession,
  type Session,
  type SessionPolicy,
} from './sessions.ts';
import { LoginThrottle, LOGIN_THROTTLE, type ThrottlePolicy } from './throttle.ts';
import { resultsApi } from './results-api.ts';

export interface AdminRoutesOptions {
  config: Config;
  db: Db;
  bank: BankStore;
  /** The server's secret (keys the throttle's hashes). */
  secret: string;
  throttle?: ThrottlePolicy;
}

/** The largest bank file accepted (as `readBankSheet` and the bank-import command). */
const BANK_MAX_BYTES = 50 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/**
 * What a browser may call a bank file: the two of the spec, and what Windows with Excel installed
 * reports for a `.csv` file (`application/vnd.ms-excel`), or nothing at all. The content decides
 * the format (an .xlsx is a zip), not the label.
 */
const BANK_TYPES = [XLSX_TYPE, 'text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel', 'application/octet-stream'];

const ROLE_RANK: Record<Role, number> = { viewer: 1, admin: 2 };

/** Query-string flags: `dryRun=1` or `dryRun=true`. */
const flag = (v: unknown) => v === '1' || v === 'true' || v === '';

export async function adminRoutes(app: FastifyInstance, options: AdminRoutesOptions) {
  const { config, db, bank } = options;
  const policy: SessionPolicy = { idleSeconds: config.adminSessionIdleSeconds, maxSeconds: config.adminSessionMaxSeconds };
  const throttle = new LoginThrottle(db, options.secret, options.throttle ?? LOGIN_THROTTLE);
  const sessions = new WeakMap<FastifyRequest, Session>();
  const results = resultsApi({ db, bank });

  // ------------------------------------------------------------------ headers, errors

  app.addHook('onSend', async (request, reply) => {
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    // Nothing the API answers may sit in a shared or a browser cache (personal data, a CSRF token).
    if (request.url.startsWith('/admin/api/')) reply.header('Cache-Control', 'no-store');
  });

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    if (error instanceof AdminError) return reply.code(error.status).headers(error.headers).send(error.body());
    const status = error.statusCode ?? 500;
    if (status === 413) return reply.code(413).send(new AdminError(413, 'payload_too_large', MESSAGES.tooLarge(BANK_MAX_BYTES / 1048576)).body());
    if (status === 415) return reply.code(415).send(new AdminError(415, 'unsupported_media_type', MESSAGES.unsupportedMediaType).body());
    if (status >= 400 && status < 500) return reply.code(status).send(new AdminError(status, 'bad_request', MESSAGES.badRequest).body());
    // The error's type, message and stack only: never the request (its body may be a password or a spreadsheet of people).
    request.log.error({ err: { type: error.name, message: error.message, stack: error.stack } }, 'admin request failed');
    return reply.code(500).send(new AdminError(500, 'internal', MESSAGES.internal).body());
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/admin/api/')) return reply.code(404).send(new AdminError(404, 'not_found', MESSAGES.notFound).body());
    return reply.code(404).type('text/plain; charset=utf-8').send('Không tìm thấy trang.\n');
  });

  // The bank arrives as the file itself (the body), not as JSON or a multipart form.
  app.addContentTypeParser(BANK_TYPES, { parseAs: 'buffer', bodyLimit: BANK_MAX_BYTES }, (_request, body, done) => done(null, body));

  // ------------------------------------------------------------------ sessions, CSRF, roles

  /** The origin a state-changing request must come from: ADMIN_ORIGIN, or this request's own. */
  const ownOrigin = (request: FastifyRequest) => config.adminOrigin ?? `${request.protocol}://${request.host}`;
  const secure = (request: FastifyRequest) => request.protocol === 'https' || (config.adminOrigin?.startsWith('https:') ?? false);

  /** An Origin header, when the browser sends one, must be this server's: a page elsewhere cannot post here. */
  function checkOrigin(request: FastifyRequest) {
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== ownOrigin(request)) throw new AdminError(403, 'csrf', MESSAGES.csrf);
  }

  async function sessionOf(request: FastifyRequest): Promise<Session | undefined> {
    return touchSession(db, readCookie(request.headers.cookie, COOKIE), policy);
  }

  /**
   * An onRequest hook: a live session (401), the CSRF token and Origin on anything but GET/HEAD
   * (403 csrf), and the role (403 forbidden). Before the body is read, so nobody without the
   * right to import makes the server take in a 50 MB upload.
   */
  const requireRole = (role: Role) => async (request: FastifyRequest) => {
    const session = await sessionOf(request);
    if (!session) throw new AdminError(401, 'unauthenticated', MESSAGES.unauthenticated);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      checkOrigin(request);
      const token = request.headers['x-csrf-token'];
      if (!sameSecret(Array.isArray(token) ? token[0] : token, session.csrfToken)) throw new AdminError(403, 'csrf', MESSAGES.csrf);
    }
    if (ROLE_RANK[session.user.role] < ROLE_RANK[role]) throw new AdminError(403, 'forbidden', MESSAGES.forbidden);
    sessions.set(request, session);
  };
  const viewer = { onRequest: requireRole('viewer') };
  const admin = { onRequest: requireRole('admin') };
  const who = (request: FastifyRequest) => sessions.get(request)!.user.username;

  // ------------------------------------------------------------------ the page and its bundle

  const adminDir = join(config.distDir, 'admin');
  const built = adminBuilt(adminDir);
  if (built) await app.register(fastifyStatic, { root: adminDir, prefix: '/assets/', decorateReply: false, cacheControl: true, maxAge: 0, index: false });
  const html = adminPage({ contestTitle: bank.now().definition.contest.title, built });
  app.get('/', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').header('Content-Security-Policy', ADMIN_PAGE_POLICY).header('Cache-Control', 'no-cache').send(html),
  );
  app.get('/admin.css', async (_request, reply) => reply.type('text/css; charset=utf-8').send(ADMIN_CSS));

  // ------------------------------------------------------------------ sign-in, session, sign-out

  app.post('/api/session', async (request, reply) => {
    // No session yet, so no CSRF token: the Origin check stops a page elsewhere from signing a browser in to an account of its choosing.
    checkOrigin(request);
    const body = request.body as { username?: unknown; password?: unknown } | null;
    if (
      !body ||
      typeof body !== 'object' ||
      typeof body.username !== 'string' ||
      typeof body.password !== 'string' ||
      body.username.length > 200 ||
      body.password.length > 4096
    ) {
      throw new AdminError(400, 'bad_request', 'Cần nhập tên đăng nhập và mật khẩu.');
    }
    const username = normalizeUsername(body.username);
    const gate = await throttle.begin(username, request.ip);
    if ('retryAfterSeconds' in gate) {
      const s = gate.retryAfterSeconds;
      throw new AdminError(429, 'rate_limited', MESSAGES.throttled(Math.ceil(s / 60)), { retryAfterSeconds: s }, { 'Retry-After': String(s) });
    }
    const { user, known } = await authenticate(db, username, body.password);
    if (!user) {
      // The typed name is written only when it is an account's: an unknown "name" is sometimes a password typed in the wrong box.
      await audit(db, known ? username : null, 'sign_in_failed', known ? 'Sai mật khẩu.' : 'Tên đăng nhập không thuộc tài khoản nào.');
      throw new AdminError(401, 'invalid_credentials', MESSAGES.invalidCredentials);
    }
    await throttle.succeeded(gate.ticket);
    // A new token at every sign-in (no session fixation); the browser's previous session, if any, ends.
    const previous = await sessionOf(request);
    if (previous) await deleteSession(db, previous.tokenHash);
    const { token, csrfToken } = await createSession(db, user, policy);
    await audit(db, user.username, 'sign_in');
    reply.header('Set-Cookie', sessionCookie(token, secure(request)));
    return { user: { username: user.username, role: user.role }, csrfToken };
  });

  app.get('/api/session', async (request) => {
    const session = await sessionOf(request);
    if (!session) throw new AdminError(401, 'unauthenticated', MESSAGES.unauthenticated);
    return { user: session.user, csrfToken: session.csrfToken };
  });

  app.delete('/api/session', async (request, reply) => {
    const session = await sessionOf(request);
    if (session) {
      // Signing out is a state change like any other: a page elsewhere must not be able to sign an organiser out.
      await requireRole('viewer')(request);
      await deleteSession(db, session.tokenHash);
      await audit(db, session.user.username, 'sign_out');
    }
    return reply
      .header('Set-Cookie', clearedCookie(secure(request)))
      .code(204)
      .send();
  });

  // ------------------------------------------------------------------ aggregates (viewer)

  app.get<{ Querystring: Record<string, string> }>('/api/overview', viewer, async () => results.overview());

  app.get<{ Querystring: Record<string, string> }>('/api/participation', viewer, async (request) => results.participation(request.query.round));

  app.get<{ Querystring: Record<string, string> }>('/api/participation.xlsx', viewer, async (request, reply) => {
    const file = await results.participationXlsx(request.query.round);
    return download(reply, file.data, file.name, XLSX_TYPE);
  });

  // ------------------------------------------------------------------ personal data (admin)

  app.get<{ Querystring: Record<string, string> }>('/api/results', admin, async (request) => {
    const body = await results.results(request.query.round, request.query.limit);
    await audit(db, who(request), 'results_viewed', `Đợt thi: ${body.round === '*' ? 'toàn cuộc thi' : body.round}; ${body.rows.length} dòng.`);
    return body;
  });

  for (const format of ['xlsx', 'csv'] as const) {
    app.get<{ Querystring: Record<string, string> }>(`/api/results.${format}`, admin, async (request, reply) => {
      const file = format === 'xlsx' ? await results.resultsXlsx(request.query.round) : await results.resultsCsv(request.query.round, request.query.delimiter);
      await audit(db, who(request), 'results_exported', `Tệp ${format}; đợt thi: ${file.round === '*' ? 'toàn cuộc thi' : file.round}; ${file.rows} dòng.`);
      return download(reply, file.data, file.name, format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8');
    });
  }

  // ------------------------------------------------------------------ the bank (admin)

  app.get('/api/bank.xlsx', admin, async (request, reply) => {
    const { definition, version } = await bank.current();
    const data = await writeBankXlsx(definition.bank, definition.topics ?? []);
    await audit(db, who(request), 'bank_exported', `${definition.bank.length} câu hỏi; phiên bản ${version || 'trong tệp cuộc thi'}.`);
    return download(reply, data, `bo-cau-hoi-${definition.contest.id}.xlsx`, XLSX_TYPE);
  });

  app.post<{ Querystring: Record<string, string> }>('/api/bank', { ...admin, bodyLimit: BANK_MAX_BYTES }, async (request) => {
    const dryRun = flag(request.query.dryRun);
    const file = request.body;
    if (!Buffer.isBuffer(file) || file.length === 0) throw new AdminError(400, 'bad_request', 'Chưa có tệp bộ câu hỏi trong yêu cầu.');
    const format = sniffFormat(file);
    if (format === 'xls')
      throw new AdminError(
        415,
        'unsupported_media_type',
        'Tệp Excel 97–2003 (.xls) không được hỗ trợ. Trong Excel, chọn Lưu thành (Save As) › "Excel Workbook (*.xlsx)" rồi nhập lại.',
      );
    const sheet = await readBankSheet(file, { format, maxBytes: BANK_MAX_BYTES });
    const problems: Problem[] = [...sheet.problems];
    const questionCount = bank.now().definition.contest.exam.questionCount;
    if (!hasErrors(problems) && sheet.questions.length < questionCount) {
      problems.push({
        row: 0,
        column: '',
        severity: 'error',
        message: `Bộ câu hỏi chỉ có ${sheet.questions.length} câu, ít hơn số câu của một lượt thi (${questionCount} câu).`,
      });
    }
    const summary = await bank.diff(sheet.questions);
    const answer = (applied: boolean, version?: number) => ({
      problems: problems.map(({ row, column, severity, message }) => ({ row, column, severity, message })),
      summary,
      questions: sheet.questions.length,
      topics: sheet.topics.length,
      applied,
      ...(version ? { version } : {}),
    });
    const counts = `${sheet.questions.length} câu hợp lệ; ${problems.filter((p) => p.severity === 'error').length} lỗi; thêm ${summary.added}, sửa ${summary.changed}, bỏ ${summary.removed}, giữ nguyên ${summary.unchanged}`;
    if (dryRun || hasErrors(problems)) {
      await audit(db, who(request), 'bank_checked', `Tệp ${format}; ${counts}${dryRun ? '' : '; không nhập vì còn lỗi'}.`);
      return answer(false);
    }
    let version: number;
    try {
      version = await bank.apply(sheet.questions, sheet.topics, who(request));
    } catch (e) {
      if (!(e instanceof DefinitionError)) throw e;
      // The sheet's own checks passed but the contest cannot run with it (the definition's rules): each reason as a problem of the file.
      for (const p of e.problems) problems.push({ row: 0, column: '', severity: 'error', message: `Cuộc thi không dùng được bộ câu hỏi này: ${p}` });
      await audit(db, who(request), 'bank_checked', `Tệp ${format}; ${counts}; không nhập vì cuộc thi không dùng được bộ câu hỏi.`);
      return answer(false);
    }
    await audit(db, who(request), 'bank_imported', `Tệp ${format}; ${counts}; phiên bản ${version}.`);
    return answer(true, version);
  });

  // ------------------------------------------------------------------ retention, audit (admin)

  app.post<{ Querystring: Record<string, string> }>('/api/retention', admin, async (request) => {
    const dryRun = flag(request.query.dryRun);
    const report = await deletePersonalData(db, { contestId: bank.now().definition.contest.id, confirm: !dryRun });
    await audit(
      db,
      who(request),
      report.deleted ? 'personal_data_deleted' : 'retention_checked',
      report.deleted ? `Đã xoá dữ liệu cá nhân của ${report.participants} người dự thi.` : `${report.participants} người dự thi còn dữ liệu cá nhân; chưa xoá.`,
    );
    return { participants: report.participants, deleted: report.deleted };
  });

  app.get<{ Querystring: Record<string, string> }>('/api/audit', admin, async (request) => {
    const limit = wholeNumber(request.query.limit, 100, 1, 1000, 'limit');
    return { rows: await readAudit(db, limit) };
  });
}

/** A file to download, with a name that is plain ASCII (a Vietnamese name is given as filename* too). */
function download(reply: FastifyReply, data: Buffer | string, name: string, type: string) {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\w.-]+/g, '-');
  return reply
    .type(type)
    .header('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .header('X-Content-Type-Options', 'nosniff')
    .send(data);
}

/** What the bytes are, whatever the request called them: a zip is an .xlsx, an OLE file an old .xls, anything else CSV text. */
function sniffFormat(file: Buffer): 'xlsx' | 'csv' | 'xls' {
  if (file.length >= 4 && file.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  if (file.length >= 8 && file.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'xls';
  return 'csv';
}

/** A whole number from the query string, or the fallback when absent; 400 when it is something else. */
export function wholeNumber(raw: string | undefined, fallback: number, min: number, max: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new AdminError(400, 'bad_request', `Tham số ${name} phải là số nguyên từ ${min} đến ${max}.`);
  return n;
}
