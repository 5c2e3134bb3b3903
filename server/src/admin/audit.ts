/**
 * The audit log of organiser actions (`admin_audit`): who did what, when, with a detail that
 * never holds personal data (counts, a round's id, a format; never a participant's name, a
 * typed username that names no account, or an address).
 */
import type { Queryable } from '../db.ts';
import { vnIso } from '../definition.ts';

/** The actions written, as stable codes (docs/admin-api.md lists them with their meaning). */
export type AuditAction =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_out'
  | 'results_viewed'
  | 'results_exported'
  | 'bank_exported'
  | 'bank_checked'
  | 'bank_imported'
  | 'retention_checked'
  | 'personal_data_deleted';

export interface AuditRow {
  at: string;
  /** '' for a failed sign-in that named no account (the dashboard reads a string in every row). */
  username: string;
  action: AuditAction;
  detail: string;
}

export async function audit(db: Queryable, username: string | null, action: AuditAction, detail = ''): Promise<void> {
  await db.query('insert into admin_audit (username, action, detail) values ($1, $2, $3)', [username, action, detail]);
}

export async function readAudit(db: Queryable, limit: number): Promise<AuditRow[]> {
  const { rows } = await db.query<{ at_ms: number; username: string | null; action: AuditAction; detail: string }>(
    `select (extract(epoch from at) * 1000)::float8 as at_ms, username, action, detail
     from admin_audit order by at desc, id desc limit $1`,
    [limit],
  );
  return rows.map((r) => ({ at: vnIso(r.at_ms), username: r.username ?? '', action: r.action, detail: r.detail }));
}
