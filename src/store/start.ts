/**
 * Start keys and the start lock. One key per start intent, kept across reloads (written before the
 * request goes): a retried or repeated start can never cost a second attempt. Across this device's
 * tabs too (#13 F17): under a lock they share, a key another tab already sent (kept with its draft
 * while its attempt runs) is reused, so the server replays that attempt instead of starting a
 * second; the tabs' attempt lock then shows it in one tab only. One reason to change: how a start
 * is made safe to repeat.
 */
import { ApiError } from '../api/errors.ts';
import type { Draft, DraftStorage } from '../storage/drafts.ts';
import type { StorePorts } from './ports.ts';

/**
 * Under the tabs' lock: the key to start with (the current one; else, on a first try, the one
 * another tab here sent; else a new one), handed to `keep`, which writes it before the lock is
 * released. Returns the draft another tab wrote, when it was read.
 */
export async function claimStartKey(
  ports: Pick<StorePorts, 'exclusive' | 'newKey'>,
  storage: DraftStorage,
  current: string | undefined,
  retried: boolean,
  keep: (key: string) => Promise<void>,
): Promise<Draft | undefined> {
  let other: Draft | undefined;
  await (ports.exclusive ?? ((fn: () => Promise<void>) => fn()))(async () => {
    let key = current;
    if (!key && !retried) {
      storage.forget();
      other = await storage.getDraft();
      key = other?.startKey;
    }
    await keep(key ?? ports.newKey());
  });
  return other;
}

/**
 * Whether a failed start's key goes: the server refused the request itself, so a new try is a new
 * intent. (A garbled answer may hide an attempt the server did create: its key stays, so that the
 * next try replays it.)
 */
export const refusedStart = (e: unknown): boolean => e instanceof ApiError && !e.retryable && e.code !== 'invalid-response';

/**
 * The kept key went with other details (changed after a reload): that request is the server's
 * business, this one is new. Tried once more with a fresh key.
 */
export const keyMismatch = (e: unknown, retried: boolean): boolean => e instanceof ApiError && e.code === 'idempotency_mismatch' && !retried;
