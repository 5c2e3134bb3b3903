/**
 * The sign-in throttle: at most `max` failed sign-ins per typed username and per client IP in
 * a sliding window, counted in the database so that N server processes allow `max`, not N×max.
 *
 * An attempt is written down *before* its password is checked and removed again when it
 * succeeds: attempts running at the same moment see each other, so a burst of parallel
 * guesses cannot slip past the count while scrypt is still running for the first ones.
 * Keys are HMACs of the name and the address under the server's secret: the table holds no
 * typed name (sometimes a password typed in the wrong field) and no address in clear.
 */
import { createHmac } from 'node:crypto';
import type { Db } from '../db.ts';

export interface ThrottlePolicy {
  max: number;
  windowSeconds: number;
}

export const LOGIN_THROTTLE: ThrottlePolicy = { max: 10, windowSeconds: 15 * 60 };

export interface Ticket {
  /** Ids of this attempt's rows. */
  ids: number[];
  userKey: string;
}

export class LoginThrottle {
  constructor(
    private readonly db: Db,
    private readonly secret: string,
    private readonly policy: ThrottlePolicy = LOGIN_THROTTLE,
  ) {}

  private key(kind: 'user' | 'ip', value: string) {
    return createHmac('sha256', this.secret).update(`admin-login:${kind}:${value}`).digest('base64url');
  }

  /**
   * Records an attempt for `username` from `ip`. Returns the ticket, or how many seconds until
   * another attempt is allowed when either key has used up its window.
   */
  async begin(username: string, ip: string): Promise<{ ticket: Ticket } | { retryAfterSeconds: number }> {
    const userKey = this.key('user', username);
    const ipKey = this.key('ip', ip);
    const { max, windowSeconds } = this.policy;
    return this.db.transaction(async (tx) => {
      // Rows older than the window are useless; sweeping them here keeps the table small with no timer.
      await tx.query('delete from admin_login_attempts where at < now() - make_interval(secs => $1)', [windowSeconds]);
      const { rows: inserted } = await tx.query<{ id: number }>('insert into admin_login_attempts (key_hash) values ($1), ($2) returning id', [userKey, ipKey]);
      const ids = inserted.map((r) => Number(r.id));
      // Each key's attempts in the window (this one included), and when the oldest of them leaves it.
      const { rows } = await tx.query<{ n: number; wait: number }>(
        `select count(*)::int as n,
           greatest(1, ceil(extract(epoch from (min(at) + make_interval(secs => $2) - now()))))::int as wait
         from admin_login_attempts where key_hash = any($1::text[]) and at >= now() - make_interval(secs => $2)
         group by key_hash`,
        [[userKey, ipKey], windowSeconds],
      );
      const over = rows.filter((r) => r.n > max);
      if (over.length) {
        // A refused attempt is not a guess: it does not count, or a locked-out key would stay locked for ever.
        await tx.query('delete from admin_login_attempts where id = any($1::bigint[])', [ids]);
        return { retryAfterSeconds: Math.max(...over.map((r) => r.wait)) };
      }
      return { ticket: { ids, userKey } };
    });
  }

  /** The attempt succeeded: it was no failure, and the username's earlier failures are forgiven (not the address's). */
  async succeeded(ticket: Ticket): Promise<void> {
    await this.db.query('delete from admin_login_attempts where id = any($1::bigint[]) or key_hash = $2', [ticket.ids, ticket.userKey]);
  }
}
