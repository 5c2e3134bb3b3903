/** Building blocks shared by the contract's schemas. */
import * as z from 'zod/mini';

export const CONTRACT_VERSION = '1';

/**
 * The contract's bounds on every count and length (docs/contract.md, "Limits"). Each is far
 * above what a real contest uses, so no honest server meets one, and low enough that a broken
 * or hostile server cannot make the element validate, draw or store something that freezes a
 * phone (#13 F3: 100,000 questions hung a tab for minutes). The checker reports a server
 * beyond one, by path.
 */
export const LIMITS = {
  /** Characters: an id; a question, an option, an explanation; a name or title; the rules. */
  id: 128,
  text: 4000,
  shortText: 500,
  rulesHtml: 200_000,
  /** Questions in one attempt (real contests: 10–50) and answers in one request. */
  questions: 500,
  /** Options of one question (the bank template has A–J). */
  options: 10,
  /** Questions in the bank (a province's banks: a few hundred). */
  bank: 10_000,
  /** Topics, rounds (weekly rounds for two years), registration fields (9 names exist). */
  topics: 500,
  rounds: 100,
  fields: 20,
  /** Units a participant can choose from, or ranked (a province: ~1,000 with its schools). */
  units: 5000,
  /** Districts, and communes in one district. */
  districts: 200,
  communes: 1000,
  /** Leaderboard rows of individuals (the reference backend sends 20). */
  rows: 1000,
  /** Per-field problems in one error. */
  problems: 100,
  /**
   * Seconds of a time limit, a grace period, extra time, and from serverTime to a new
   * attempt's deadline: 21 days, under the 24.8 days (2^31 ms) that a browser timer holds.
   */
  seconds: 21 * 86_400,
  /** Any other whole number (participants, attempts, a prediction, a revision). */
  count: 1e9,
} as const;

/** At most `n` items (or characters), said in the message so that the path and it tell what and where. */
export const most = (n: number) => z.maxLength(n, `at most ${n}`);
export const list = <T extends z.ZodMiniType>(item: T, n: number) => z.array(item).check(most(n));
const chars = (n: number) => z.string().check(z.minLength(1), most(n));

/**
 * An id: 1–128 of `A–Z a–z 0–9 . _ ~ : -`, never `.` or `..` (#13 F4). Ids go into URLs
 * (`…/attempts/{id}/submission`): a lone surrogate cannot be encoded there, and `..` is a
 * path step even when percent-encoded. Covers base64url (the contest server's opaque ids),
 * UUIDs, numbers, slugs and codes like `Q001` or `urn:x:1`.
 */
export const ID_PATTERN = /^(?!\.\.?$)[\w.~:-]{1,128}$/;
export const id = z.string().check(z.regex(ID_PATTERN, 'an id of 1 to 128 characters A-Z a-z 0-9 . _ ~ : - (not . or ..)'));
export const text = chars(LIMITS.text);
export const shortText = chars(LIMITS.shortText);
/**
 * An instant with an offset, as Java, .NET, PHP and JavaScript write them (docs/contract.md,
 * "Date-times"): `2020-09-15T08:00:00+07:00`, without seconds (`2020-09-15T08:00+07:00`), with a
 * fraction of any length, with `Z`, `+0700` or `+07`. An instant without an offset is refused:
 * nobody could tell which time zone it meant. A regex rather than `z.iso.datetime()`: a liberal
 * check for 0.7 KB gzip less in the widget; the OpenAPI file says `format: date-time` with this
 * pattern (scripts/contract.ts).
 */
export const INSTANT_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3])(:?[0-5]\d)?)$/;
/** What an instant that breaks the pattern is told it should be. */
export const INSTANT_EXPECTED = 'a date-time with an offset (2020-09-15T08:00:00+07:00)';
/**
 * An instant, with its offset rewritten as `±HH:MM`: what every browser's `Date.parse` reads
 * (Safari refuses `+0700` and `+07`). Without seconds and with a fraction of any length are
 * already read by all of them (ECMAScript's own format has `THH:mm`; V8, JavaScriptCore and
 * SpiderMonkey take any number of decimals).
 */
export const instant = z.string().check(
  z.regex(INSTANT_PATTERN, INSTANT_EXPECTED),
  // A real calendar day (#13 F5): Date.parse reads 2020-09-31 as 1 October. The day is checked
  // against the month's length in a year of the same place in the 400-year leap cycle.
  // (z.check rather than z.refine: the same, without the custom schema type, 0.2 KB gzip less.)
  z.check<string>((ctx) => {
    // zod runs this check after a failed pattern too: a missing part (0) then adds no second issue.
    const [y = 0, m = 0, d = 0] = ctx.value.split(/\D/, 3).map(Number);
    if (d > new Date(Date.UTC(2000 + (y % 400), m, 0)).getUTCDate()) ctx.issues.push({ code: 'custom', message: INSTANT_EXPECTED, input: ctx.value });
  }),
  z.overwrite((s) => s.replace(/([+-]\d\d):?(\d\d)?$/, (_, h: string, m = '00') => `${h}:${m}`)),
);
export const count = z.number().check(z.multipleOf(1), z.minimum(0), z.maximum(LIMITS.count));
export const positive = z.number().check(z.multipleOf(1), z.minimum(1), z.maximum(LIMITS.count));
/** A duration in whole seconds, up to `LIMITS.seconds`. */
export const seconds = z.number().check(z.multipleOf(1), z.minimum(0), z.maximum(LIMITS.seconds));

/**
 * An optional field of a response: absent or `null` (what Jackson and System.Text.Json write
 * for an unset field) mean the same, and both come out as `undefined`. Every optional field of
 * every response is declared with this, so the rule holds everywhere. The cast keeps the
 * inferred type `T | undefined`, which is what the code after validation sees; the JSON
 * Schema still says the field may be null.
 */
export const optional = <T extends z.ZodMiniType>(schema: T): z.ZodMiniOptional<T> =>
  z.optional(z.nullable(schema).check(z.overwrite((v) => v ?? (undefined as never)))) as never;

/** Every response body carries the server's clock; the client never trusts its own. */
export const timed = { serverTime: instant };
