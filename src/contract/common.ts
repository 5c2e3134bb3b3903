/** Building blocks shared by the contract's schemas. */
import * as z from 'zod/mini';

export const CONTRACT_VERSION = '1';

export const id = z.string().check(z.minLength(1), z.maxLength(128));
export const text = z.string().check(z.minLength(1), z.maxLength(4000));
export const shortText = z.string().check(z.minLength(1), z.maxLength(500));
/**
 * RFC 3339 with an explicit offset, e.g. `2020-09-15T08:00:00+07:00` (or `Z`). A regex
 * rather than `z.iso.datetime()`: the same check for 0.7 KB gzip less in the widget; the
 * OpenAPI file still says `format: date-time` (scripts/contract.ts).
 */
export const INSTANT_PATTERN =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
export const instant = z.string().check(z.regex(INSTANT_PATTERN));
export const count = z.number().check(z.multipleOf(1), z.minimum(0));
export const positive = z.number().check(z.multipleOf(1), z.minimum(1));

/** Every response body carries the server's clock; the client never trusts its own. */
export const timed = { serverTime: instant };
