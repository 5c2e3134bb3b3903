/**
 * Organiser sessions (`admin_sessions`). The cookie holds 32 random bytes; the table holds
 * their SHA-256 only (a fast hash is enough: the token has 256 bits of entropy, nothing to
 * guess). A session ends after `idleSeconds` without a request or `maxSeconds` after sign-in,
 * whichever comes first, measured with the database's clock so every process agrees.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db.ts';
import type { AdminUser, Role } from './accounts.ts';

export const COOKIE = 'ccq_admin';

export interface SessionPolicy {
  idleSeconds: number;
  maxSeconds: number;
}

export interface Session {
  tokenHash: string;
  user: { username: string; role: Role };
  csrfToken: string;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A new session for `user`: the cookie's value and the CSRF token to give the page. */
export async function createSession(db: Queryable, user: AdminUser, policy: SessionPolicy): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db.query('insert into admin_sessions (token_hash, user_id, csrf_token) values ($1, $2, $3)', [hashToken(token), user.id, csrfToken]);
  // Expired sessions are swept here, at the rare moment someone signs in, rather than by a timer in every process.
  await db.query('delete from admin_sessions where last_seen_at < now() - make_interval(secs => $1) or created_at < now() - make_interval(secs => $2)', [
    policy.idleSeconds,
    policy.maxSeconds,
  ]);
  return { token, csrfToken };
}

/**
 * The live session a cookie value belongs to, its idle clock restarted; undefined when there is
 * none, it expired, or the value is not even shaped like a token.
 */
export async function touchSession(db: Queryable, token: string | undefined, policy: SessionPolicy): Promise<Session | undefined> {
  if (!token || !/^[\w-]{43}$/.test(token)) return undefined;
  const tokenHash = hashToken(token);
  const { rows } = await db.query<{ username: string; role: Role; csrf_token: string }>(
    `update admin_sessions s set last_seen_at = now()
     from admin_users u
     where s.token_hash = $1 and u.id = s.user_id
       and s.last_seen_at >= now() - make_interval(secs => $2) and s.created_at >= now() - make_interval(secs => $3)
     returning u.username, u.role, s.csrf_token`,
    [tokenHash, policy.idleSeconds, policy.maxSeconds],
  );
  const row = rows[0];
  return row ? { tokenHash, user: { username: row.username, role: row.role }, csrfToken: row.csrf_token } : undefined;
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('delete from admin_sessions where token_hash = $1', [tokenHash]);
}

/** Equal strings, compared in constant time for equal lengths (a CSRF token against the session's). */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The value of one cookie in a Cookie header (the only cookie this side reads, so no library for it). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    return value;
  }
  return undefined;
}

/** The Set-Cookie value: HttpOnly, SameSite=Strict, only under /admin, Secure over HTTPS; a browser-session cookie (no Max-Age). */
export function sessionCookie(token: string, secure: boolean): string {
  return `${COOKIE}=${token}; Path=/admin; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

export function clearedCookie(secure: boolean): string {
  return `${COOKIE}=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT${secure ? '; Secure' : ''}`;
}
