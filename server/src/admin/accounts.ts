/**
 * Organiser accounts (`admin_users`): made and reset by the `admin:create` command, checked
 * at sign-in. A name that names no account costs the same scrypt work as a wrong password.
 */
import type { Db, Queryable } from '../db.ts';
import { DUMMY_HASH, hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordLength, verifyPassword } from './passwords.ts';

export type Role = 'admin' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'viewer'];

export interface AdminUser {
  id: number;
  username: string;
  role: Role;
}

/** Latin letters, digits, `.`, `_` and `-`, 3–64 characters, starting with a letter or digit (as the table's check says). */
export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** How a typed username is compared: trimmed and in lower case, so `QuanTri ` signs in as `quantri`. */
export const normalizeUsername = (name: string) => name.trim().toLowerCase();

/** Why a username cannot be used, in Vietnamese, or undefined. */
export function usernameProblem(name: string): string | undefined {
  if (!USERNAME.test(name)) {
    return 'Tên đăng nhập chỉ gồm chữ cái Latinh không dấu, chữ số và các dấu . _ -, dài từ 3 đến 64 ký tự, bắt đầu bằng chữ cái hoặc chữ số.';
  }
  return undefined;
}

/** Why a password cannot be used, in Vietnamese, or undefined. */
export function passwordProblem(password: string): string | undefined {
  const n = passwordLength(password);
  if (n < MIN_PASSWORD_LENGTH) return `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự (mật khẩu đã nhập có ${n} ký tự).`;
  if (n > MAX_PASSWORD_LENGTH) return `Mật khẩu dài quá ${MAX_PASSWORD_LENGTH} ký tự.`;
  return undefined;
}

export async function findUser(db: Queryable, username: string): Promise<(AdminUser & { passwordHash: string }) | undefined> {
  const { rows } = await db.query<{ id: number; username: string; role: Role; password_hash: string }>(
    'select id, username, role, password_hash from admin_users where username = $1',
    [username],
  );
  const row = rows[0];
  return row ? { id: Number(row.id), username: row.username, role: row.role, passwordHash: row.password_hash } : undefined;
}

/**
 * The account for a typed name and password, or undefined. Both an unknown name and a wrong
 * password run one full scrypt derivation, so the answer's timing does not tell which it was.
 */
export async function authenticate(db: Queryable, typedName: string, password: string): Promise<{ user?: AdminUser; known: boolean }> {
  const username = normalizeUsername(typedName);
  const found = USERNAME.test(username) ? await findUser(db, username) : undefined;
  const ok = await verifyPassword(password, found?.passwordHash ?? DUMMY_HASH);
  if (!found) return { known: false };
  return ok ? { user: { id: found.id, username: found.username, role: found.role }, known: true } : { known: true };
}

/** Creates an account; false when the name is taken. */
export async function createUser(db: Queryable, username: string, role: Role, password: string): Promise<boolean> {
  const hash = await hashPassword(password);
  const { rowCount } = await db.query('insert into admin_users (username, role, password_hash) values ($1, $2, $3) on conflict (username) do nothing', [
    username,
    role,
    hash,
  ]);
  return rowCount === 1;
}

/**
 * Sets a new password (and the role, when given) and signs the account out everywhere: a reset
 * usually follows a password that leaked, and its sessions may be the attacker's.
 * False when there is no such account.
 */
export async function resetPassword(db: Db, username: string, password: string, role?: Role): Promise<boolean> {
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: number }>(
      'update admin_users set password_hash = $2, role = coalesce($3, role), password_changed_at = now() where username = $1 returning id',
      [username, hash, role ?? null],
    );
    if (!rows[0]) return false;
    await tx.query('delete from admin_sessions where user_id = $1', [rows[0].id]);
    return true;
  });
}
