/** Building blocks shared by the contract's schemas. */
import * as z from 'zod/mini';

export const CONTRACT_VERSION = '1';

export const id = z.string().check(z.minLength(1), z.maxLength(128));
export const text = z.string().check(z.minLength(1), z.maxLength(4000));
export const shortText = z.string().check(z.minLength(1), z.maxLength(500));
/**
 * An instant with an offset, as Java, .NET, PHP and JavaScript write them (docs/contract.md,
 * "Date-times"): `2020-09-15T08:00:00+07:00`, without seconds (`2020-09-15T08:00+07:00`), with a
 * fraction of any length, with `Z`, `+0700` or `+07`. An instant without an offset is refused:
 * nobody could tell which time zone it meant. A regex rather than `z.iso.datetime()`: a liberal
 * check for 0.7 KB gzip less in the widget; the OpenAPI file says `format: date-time` with this
 * pattern (scripts/contract.ts).
 */
export const INSTANT_PATTERN =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3])(:?[0-5]\d)?)$/;
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
  z.overwrite((s) => s.replace(/([+-]\d\d):?(\d\d)?$/, (_, h: string, m = '00') => `${h}:${m}`)),
);
export const count = z.number().check(z.multipleOf(1), z.minimum(0));
export const positive = z.number().check(z.multipleOf(1), z.minimum(1));

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
