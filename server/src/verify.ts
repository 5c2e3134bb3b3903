/**
 * Proof of participation (issue #14; src/contract/receipt.ts is the contract):
 * - every accepted contest submission carries `result.receipt`, a verification code that is
 *   HMAC(secret, attempt id) in an unambiguous alphabet, written by the submission's own
 *   statement (attempts.ts; migration 004) into its row and its stored result, so a replay
 *   carries the same code and a submission costs no extra round trip; its address (under
 *   PUBLIC_URL, or the request's own) is added to the response on its way out;
 * - `GET /verifications/{code}`: the certificate's facts, masked;
 * - `POST /verifications/lookup`: a participant's own attempts by citizen id and birth date,
 *   rate limited per address and per citizen id, with one answer for "nobody", "wrong birth
 *   date" and "nothing submitted", so it cannot be used to find out who took part;
 * - `/xac-minh/{code}`: the public page the certificate's QR code opens (no script, strict CSP).
 * Nothing of it is logged beyond method, status and the path with the code replaced (app.ts).
 */
import { createHmac } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CODE_ALPHABET, maskCitizenId, normaliseCode } from '../../src/contract/receipt.ts';
import { LookupRequest, type Verification } from '../../src/contract/verification.ts';
import type { AttemptResult } from '../../src/contract/schemas.ts';
import type { Db } from './db.ts';
import { vnIso, type ContestDefinition } from './definition.ts';
import { envelope } from './http-result.ts';
import { escapeHtml as escape, identityHash } from './text.ts';

export const CODE_LENGTH = 10;
/** Lookups one address may make in LOOKUP_WINDOW_MS; and lookups of one citizen id, from anywhere. */
export const LOOKUPS_PER_ADDRESS = 20;
export const LOOKUPS_PER_CITIZEN = 5;
export const LOOKUP_WINDOW_MS = 60 * 60_000;
/** Verifications one address may read a minute (a code carries about 50 bits: guessing is hopeless anyway). */
export const VERIFICATIONS_PER_ADDRESS = 60;

/** The attempt's code: 10 symbols of 31 taken from HMAC-SHA256(secret, attempt id). */
export function receiptCode(secret: string, attemptId: string): string {
  let n = BigInt(`0x${createHmac('sha256', secret).update(`receipt:${attemptId}`).digest('hex')}`);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += CODE_ALPHABET[Number(n % 31n)];
    n /= 31n;
  }
  return code;
}

/** `ABCDEFGH23` → `ABCDE-FGH23`, as printed (easier to read out and type). */
export const displayCode = (code: string) => (code.length === CODE_LENGTH ? `${code.slice(0, 5)}-${code.slice(5)}` : code);

interface Row {
  code: string | null;
  attempt_id: string;
  full_name: string | null;
  citizen_id: string | null;
  unit_id: string | null;
  round_id: string | null;
  number: number;
  correct_count: number;
  question_count: number;
  score: string;
  max_score: string;
  result: AttemptResult;
}

const COLUMNS = `a.id as attempt_id, p.full_name, p.citizen_id, a.unit_id, a.round_id, a.number,
  s.correct_count, s.question_count, s.score, s.max_score, s.result`;

export interface VerifyOptions {
  db: Db;
  definition: ContestDefinition;
  secret: string;
}

export class Verifications {
  constructor(private readonly options: VerifyOptions) {}

  private get contest() {
    return this.options.definition.contest;
  }

  async verify(typed: string): Promise<Verification | undefined> {
    const code = normaliseCode(typed);
    if (code.length !== CODE_LENGTH) return undefined;
    const { rows } = await this.options.db.query<Row>(
      `select s.receipt_code as code, ${COLUMNS}
       from submissions s join attempts a on a.id = s.attempt_id join participants p on p.id = a.participant_id
       where s.receipt_code = $1 and a.contest_id = $2`,
      [code, this.contest.id],
    );
    return rows[0] && this.toVerification(rows[0]);
  }

  /** Newest first; an empty list for every kind of "no". */
  async lookup(citizenId: string, birthDate: string): Promise<Verification[]> {
    const { rows } = await this.options.db.query<Row>(
      `select s.receipt_code as code, ${COLUMNS}
       from participants p join attempts a on a.participant_id = p.id and not a.practice
         join submissions s on s.attempt_id = a.id
       where p.contest_id = $1 and p.key_hash = $2 and p.birth_date = $3::date
       order by s.submitted_at desc limit 100`,
      [this.contest.id, identityHash(this.options.secret, `citizen:${citizenId}`), birthDate],
    );
    return rows.map((row) => this.toVerification(row));
  }

  private toVerification(row: Row): Verification {
    const unit = this.contest.registration.units.find((u) => u.id === row.unit_id);
    const round = this.contest.rounds.find((r) => r.id === row.round_id);
    // "Announced later" until the contest closes; after that, a verification shows the grade.
    const graded = row.result.status === 'graded' || Date.now() >= Date.parse(this.contest.closesAt);
    return {
      code: row.code!,
      ...(row.full_name ? { fullName: row.full_name } : {}),
      ...(unit ? { unit: unit.name } : {}),
      ...(row.citizen_id ? { citizenId: maskCitizenId(row.citizen_id) } : {}),
      ...(round ? { roundId: round.id, round: round.name } : {}),
      number: row.number,
      submittedAt: row.result.submittedAt,
      ...(graded
        ? {
            status: 'graded' as const,
            correctCount: row.correct_count,
            questionCount: row.question_count,
            score: Number(row.score),
            maxScore: Number(row.max_score),
          }
        : { status: 'announced-later' as const }),
    };
  }
}

const isSubmission = (request: FastifyRequest) => request.routeOptions.url?.endsWith('/attempts/:id/submission') === true;

/**
 * The API's part (registered inside the API's scope in app.ts, which has CORS and the rate
 * limiter): the receipt on accepted submissions, and the two calls.
 */
export function verificationRoutes(api: FastifyInstance, verifications: Verifications, secret: string, publicUrl: string | undefined) {
  // The code is in the stored result (attempts.ts); its address depends on where the server is
  // reached, so it is added here. With several processes behind a proxy, PUBLIC_URL keeps it the
  // same whichever process answers (a replay through another one included).
  api.addHook('onSend', async (request, reply, payload) => {
    if (!isSubmission(request) || (reply.statusCode !== 200 && reply.statusCode !== 201) || typeof payload !== 'string' || !payload.includes('"receipt"'))
      return payload;
    const body = JSON.parse(payload) as { result?: { receipt?: { code: string; url?: string } } };
    const receipt = body.result?.receipt;
    if (!receipt) return payload;
    receipt.url = `${publicUrl ?? `${request.protocol}://${request.host}`}/xac-minh/${receipt.code}`;
    return JSON.stringify(body);
  });

  const perAddress = api.rateLimit({ max: LOOKUPS_PER_ADDRESS, timeWindow: LOOKUP_WINDOW_MS, keyGenerator: (req) => `lookup-ip:${req.ip}` });
  // Checked in the handler, after the body is read (the plugin runs one limiter per request); keyed
  // by a keyed hash, so the limiter's memory holds no citizen id.
  const perCitizen = api.createRateLimit({
    max: LOOKUPS_PER_CITIZEN,
    timeWindow: LOOKUP_WINDOW_MS,
    keyGenerator: (req) => `lookup-id:${identityHash(secret, `lookup:${(req.body as { citizenId: string }).citizenId}`).slice(0, 22)}`,
  });
  const reading = api.rateLimit({ max: VERIFICATIONS_PER_ADDRESS, timeWindow: 60_000, keyGenerator: (req) => `verify-ip:${req.ip}` });

  api.get<{ Params: { code: string } }>('/verifications/:code', { onRequest: reading }, async (req, reply) => {
    const verification = await verifications.verify(req.params.code);
    reply.header('Cache-Control', 'no-store');
    if (!verification) return reply.code(404).send(envelope('bad_request', 'No such verification code.'));
    return { serverTime: vnIso(Date.now()), verification };
  });
  api.post('/verifications/lookup', { onRequest: perAddress }, async (req, reply) => {
    const parsed = LookupRequest.safeParse(req.body);
    reply.header('Cache-Control', 'no-store');
    if (!parsed.success) return reply.code(400).send(envelope('bad_request', 'citizenId (9 or 12 digits) and birthDate (YYYY-MM-DD) are required.'));
    const limit = await perCitizen(req);
    if (!limit.isAllowed && limit.isExceeded) {
      const retryAfterSeconds = Math.max(1, limit.ttlInSeconds);
      reply.header('Retry-After', String(retryAfterSeconds));
      return reply.code(429).send(envelope('rate_limited', 'Too many lookups of this citizen id; try again later.', { retryAfterSeconds }));
    }
    return { serverTime: vnIso(Date.now()), attempts: await verifications.lookup(parsed.data.citizenId, parsed.data.birthDate) };
  });
}

// ------------------------------------------------------------------ the public page

export const VERIFY_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const vnTime = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
const num = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);

const PAGE_STYLE = `
body { margin: 0; font-family: system-ui, "Segoe UI", Roboto, sans-serif; background: #f3f6fa; color: #1b1f24; line-height: 1.5; }
header { background: #0b4f9c; color: #fff; }
.wrap { max-width: 40rem; margin: 0 auto; padding: 12px 16px; }
h1 { font-size: 1.375rem; margin: 0.5em 0; }
.card { background: #fff; border: 1px solid #c5ced8; border-radius: 8px; padding: 16px; margin: 16px 0; }
.ok { border-left: 6px solid #00703c; }
.ko { border-left: 6px solid #b3261e; }
.status { font-weight: 700; font-size: 1.125rem; margin: 0 0 0.5em; }
dl { margin: 0; }
dl div { display: flex; flex-wrap: wrap; gap: 0 1em; padding: 6px 0; border-top: 1px solid #e3e8ee; }
dt { min-width: 11em; color: #4a5561; }
dd { margin: 0; font-weight: 700; overflow-wrap: anywhere; }
label { display: block; font-weight: 700; margin-bottom: 4px; }
input { font: inherit; padding: 10px; border: 2px solid #5a6672; border-radius: 4px; width: 100%; max-width: 16em; box-sizing: border-box; text-transform: uppercase; }
button { font: inherit; margin-top: 8px; padding: 10px 16px; border: 0; border-radius: 4px; background: #0b4f9c; color: #fff; min-height: 44px; }
:focus-visible { outline: 3px solid #fd0; outline-offset: 2px; }
.muted { color: #4a5561; font-size: 0.9375rem; }
`;

function verificationPage(title: string, organiser: string, code: string, v: Verification | undefined, asked: boolean): string {
  const rows: [string, string | undefined][] = v
    ? [
        ['Mã xác minh', displayCode(v.code)],
        ['Họ và tên', v.fullName ?? 'Đã xóa theo thời hạn lưu trữ dữ liệu'],
        ['Số định danh (CCCD)', v.citizenId],
        ['Đơn vị', v.unit],
        ['Đợt thi', v.round],
        ['Lần thi', String(v.number)],
        ['Thời điểm nộp bài', `${vnTime(v.submittedAt)} (giờ Việt Nam)`],
        [
          'Kết quả',
          v.status === 'graded' ? `${v.correctCount}/${v.questionCount} câu đúng, ${num(v.score!)}/${num(v.maxScore!)} điểm` : 'Kết quả sẽ được công bố sau',
        ],
      ]
    : [];
  const result = v
    ? `<section class="card ok" aria-labelledby="kq"><p class="status" id="kq">✓ Mã xác minh hợp lệ: người dưới đây đã tham gia cuộc thi.</p>
<dl>${rows
        .filter(([, value]) => value)
        .map(([k, value]) => `<div><dt>${escape(k)}</dt><dd>${escape(value!)}</dd></div>`)
        .join('')}</dl></section>`
    : asked
      ? `<section class="card ko" aria-labelledby="kq"><p class="status" id="kq">✗ Không tìm thấy mã xác minh “${escape(code)}”.</p><p>Vui lòng kiểm tra lại mã in trên giấy xác nhận (10 ký tự, không có chữ O, I, L và số 0, 1).</p></section>`
      : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="robots" content="noindex" />
<title>Xác minh giấy xác nhận tham gia – ${escape(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header><div class="wrap"><strong>${escape(organiser)}</strong></div></header>
<main class="wrap">
<h1>Xác minh giấy xác nhận tham gia</h1>
<p>${escape(title)}</p>
${result}
<form class="card" method="get" action="/xac-minh">
<label for="ma">Nhập mã xác minh</label>
<input id="ma" name="ma" autocomplete="off" spellcheck="false" maxlength="32" value="${escape(code)}" aria-describedby="ma-hint" />
<p class="muted" id="ma-hint">Mã gồm 10 ký tự in trên giấy xác nhận, ví dụ ABCDE-FGH23.</p>
<button type="submit">Xác minh</button>
</form>
<p class="muted">Trang này chỉ hiển thị các thông tin cần để xác minh việc tham gia; số định danh chỉ hiện 3 chữ số cuối (Nghị định 13/2023/NĐ-CP).</p>
</main>
</body>
</html>
`;
}

/** `/xac-minh/{code}` (what the QR code opens) and `/xac-minh?ma=CODE` (the form). */
export function verificationPageRoutes(app: FastifyInstance, verifications: Verifications, definition: ContestDefinition) {
  const { title, organiser } = definition.contest;
  const show = async (reply: FastifyReply, typed: string | undefined) => {
    const code = (typed ?? '').slice(0, 32);
    const v = code ? await verifications.verify(code) : undefined;
    return reply
      .code(code && !v ? 404 : 200)
      .type('text/html; charset=utf-8')
      .header('Content-Security-Policy', VERIFY_PAGE_POLICY)
      .header('Cache-Control', 'no-store')
      .header('Referrer-Policy', 'no-referrer')
      .send(verificationPage(title, organiser, code, v, !!code));
  };
  app.get<{ Params: { code: string } }>('/xac-minh/:code', async (req, reply) => show(reply, req.params.code));
  app.get<{ Querystring: { ma?: string } }>('/xac-minh', async (req, reply) => show(reply, typeof req.query.ma === 'string' ? req.query.ma : undefined));
}
