/** Building blocks shared by the contract's schemas. */
import * as z from 'zod/mini';

export const CONTRACT_VERSION = '1';

export const id = z.string().check(z.minLength(1), z.maxLength(128));
export const text = z.string().check(z.minLength(1), z.maxLength(4000));
export const shortText = z.string().check(z.minLength(1), z.maxLength(500));
/** ISO 8601 with an explicit offset, e.g. `2020-09-15T08:00:00+07:00`. */
export const instant = z.iso.datetime({ offset: true });
export const count = z.number().check(z.multipleOf(1), z.minimum(0));
export const positive = z.number().check(z.multipleOf(1), z.minimum(1));

/** Every response body carries the server's clock; the client never trusts its own. */
export const timed = { serverTime: instant };
