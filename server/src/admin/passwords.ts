/**
 * Organiser passwords: scrypt from node:crypto (no native add-on, nothing to build), stored as
 * `scrypt$N$r$p$salt$hash` with salt and hash in base64url, so the cost can be raised later
 * and old hashes still verify with their own parameters.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** N = 2^15, r = 8, p = 1: OWASP's scrypt baseline; about 32 MiB and some 50–100 ms per hash here. */
export const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

/** The fewest characters (Unicode code points, after NFC) a password may have. */
export const MIN_PASSWORD_LENGTH = 12;
/** The most: a hash of 1 MB of "password" costs nothing extra in scrypt, but there is no reason to accept it. */
export const MAX_PASSWORD_LENGTH = 1024;

/**
 * The same password typed on Windows (NFC) and on a Mac (often NFD for Vietnamese marks) is
 * the same password: both are put in NFC before hashing.
 */
export const normalizePassword = (password: string) => password.normalize('NFC');

export const passwordLength = (password: string) => [...normalizePassword(password)].length;

function derive(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  // Node's default maxmem (32 MiB) is just below what N = 2^15, r = 8 needs (128·N·r plus a little).
  const maxmem = 256 * (options.N ?? SCRYPT.N) * (options.r ?? SCRYPT.r) * (options.p ?? 1);
  return new Promise((ok, fail) =>
    scrypt(normalizePassword(password), salt, keyLength, { ...options, maxmem }, (error, key) => (error ? fail(error) : ok(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

interface Parsed {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): Parsed | undefined {
  const m = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
  if (!m) return undefined;
  // Every group takes part in a match; the defaults only satisfy the type (an empty salt fails below).
  const [, n = '', rr = '', pp = '', salt64 = '', key64 = ''] = m;
  const [N, r, p] = [Number(n), Number(rr), Number(pp)];
  // Bounds that keep a tampered row from making one sign-in cost gigabytes.
  if (N < 2 || N > 2 ** 20 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return undefined;
  const salt = Buffer.from(salt64, 'base64url');
  const key = Buffer.from(key64, 'base64url');
  if (salt.length < 8 || key.length < 16 || key.length > 128) return undefined;
  return { N, r, p, salt, key };
}

/**
 * A hash of a random password, made with the current parameters: verifying against it costs
 * what verifying a real account costs, so a wrong username answers in the same time as a
 * wrong password, and it never matches (its password was never known).
 */
export const DUMMY_HASH = `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${randomBytes(SALT_BYTES).toString('base64url')}$${randomBytes(KEY_BYTES).toString('base64url')}`;

/** Whether `password` is the one `stored` was made from; the comparison takes the same time wherever the keys differ. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored) ?? parse(DUMMY_HASH)!;
  const key = await derive(password, parsed.salt, parsed.key.length, { N: parsed.N, r: parsed.r, p: parsed.p });
  // An unreadable stored value still costs a full derivation above, then fails here.
  return timingSafeEqual(key, parsed.key) && parse(stored) !== undefined;
}
