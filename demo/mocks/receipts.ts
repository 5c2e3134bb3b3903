/**
 * The reference backend's proof of participation (src/contract/receipt.ts): a receipt with
 * each contest submission, `GET /verifications/{code}` and `POST /verifications/lookup`. Kept
 * beside backend.ts, which calls it, so the model a backend team reads stays in one place per
 * feature. Like the contest server: codes of 10 symbols from an unambiguous alphabet, drawn
 * from the CSPRNG; a lookup answers "nobody", "wrong birth date" and "not submitted" alike.
 * (The reference backend has no rate limit; the contest server limits lookups per address and
 * per citizen id, server/src/verify.ts.)
 */
import { CODE_ALPHABET, maskCitizenId, normaliseCode } from '../../src/contract/receipt.ts';
import { LookupRequest, type Verification } from '../../src/contract/verification.ts';
import type { ContestDocument } from '../../src/contract/schemas.ts';
import type { BackendResponse, BackendState, StoredAttempt } from './backend.ts';

export interface ReceiptContext {
  state: BackendState;
  contest: Omit<ContestDocument, 'serverTime'>;
  now: () => number;
  /** Random numbers in [0, 1) from a test that wants the same codes every run; absent: the CSPRNG. */
  random?: () => number;
  /** Where the verification page lives, e.g. `https://thitructuyen.example.gov.vn/xac-minh/`; absent: no `url`. */
  verifyPage?: string;
}

const secureRandom = () => {
  const [n = 0] = crypto.getRandomValues(new Uint32Array(1));
  return n / 2 ** 32;
};
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');

/** A new code for a submitted contest attempt, unique among this backend's codes. */
export function newReceipt(ctx: ReceiptContext) {
  const taken = new Set(Object.values(ctx.state.attempts).map((a) => a.submission?.result.receipt?.code));
  let code: string;
  do {
    code = '';
    for (let i = 0; i < 10; i++) code += CODE_ALPHABET[Math.floor((ctx.random ?? secureRandom)() * CODE_ALPHABET.length)];
  } while (taken.has(code));
  return { code, ...(ctx.verifyPage ? { url: ctx.verifyPage + code } : {}) };
}

function verification(ctx: ReceiptContext, a: StoredAttempt): Verification {
  const r = a.submission!.result;
  const unit = ctx.contest.registration.units.find((u) => u.id === a.unitId);
  const round = ctx.contest.rounds.find((x) => x.id === a.attempt.roundId);
  const citizenId = /^\d{9}(\d{3})?$/.test(a.participantKey) ? a.participantKey : undefined;
  const graded = r.status === 'graded' || ctx.now() >= Date.parse(ctx.contest.closesAt);
  return {
    code: r.receipt!.code,
    ...(a.fullName ? { fullName: a.fullName } : {}),
    ...(unit ? { unit: unit.name } : {}),
    ...(citizenId ? { citizenId: maskCitizenId(citizenId) } : {}),
    ...(round ? { roundId: round.id, round: round.name } : {}),
    number: a.attempt.number,
    submittedAt: r.submittedAt,
    ...(graded
      ? {
          status: 'graded' as const,
          correctCount: r.status === 'graded' ? r.correctCount : undefined,
          questionCount: r.status === 'graded' ? r.questionCount : undefined,
          score: a.submission!.score,
          maxScore: a.submission!.maxScore,
        }
      : { status: 'announced-later' as const }),
  };
}

/** `GET /verifications/{code}` and `POST /verifications/lookup`. */
export function verificationCall(ctx: ReceiptContext, method: string, rest: string[], body: unknown): BackendResponse {
  const submitted = Object.values(ctx.state.attempts).filter((a) => a.submission?.result.receipt);
  if (method === 'POST' && rest.join('/') === 'lookup') {
    const parsed = LookupRequest.safeParse(body);
    if (!parsed.success)
      return { status: 400, body: { error: { code: 'bad_request', message: 'citizenId (9 or 12 digits) and birthDate (YYYY-MM-DD) are required.' } } };
    const mine = submitted
      .filter((a) => a.participantKey === parsed.data.citizenId && a.birthDate === parsed.data.birthDate)
      .sort((x, y) => Date.parse(y.submission!.result.submittedAt) - Date.parse(x.submission!.result.submittedAt));
    return { status: 200, body: { serverTime: iso(ctx.now()), attempts: mine.map((a) => verification(ctx, a)) } };
  }
  const [given, ...more] = rest;
  if (method === 'GET' && given !== undefined && more.length === 0) {
    const code = normaliseCode(given);
    const found = submitted.find((a) => a.submission!.result.receipt!.code === code);
    if (found) return { status: 200, body: { serverTime: iso(ctx.now()), verification: verification(ctx, found) } };
    return { status: 404, body: { error: { code: 'bad_request', message: 'No such verification code.' } } };
  }
  return { status: 404, body: { error: { code: 'bad_request', message: `No route ${method} /verifications/${rest.join('/')}` } } };
}
