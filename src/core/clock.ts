/**
 * Server-anchored time. The device clock may be wrong or changed during the exam, so the
 * client keeps the server's time plus the *monotonic* time elapsed since it arrived.
 * No DOM: the monotonic source is injected (performance.now in the browser).
 */
export interface ServerClock {
  /** Server time now, in epoch milliseconds. */
  now(): number;
}

export type Monotonic = () => number;

/** Anchor at a response's `serverTime`, read at monotonic instant `receivedAt`. */
export function serverClock(serverTime: string, monotonic: Monotonic, receivedAt = monotonic()): ServerClock {
  const anchor = Date.parse(serverTime);
  return { now: () => anchor + (monotonic() - receivedAt) };
}

/** Whole seconds from `now` until `deadline` (ISO), never negative. */
export function secondsLeft(deadline: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(deadline) - now) / 1000));
}

/** Split seconds into hours, minutes and seconds for display. */
export function splitSeconds(total: number): { h: number; m: number; s: number } {
  const t = Math.max(0, Math.floor(total));
  return { h: Math.floor(t / 3600), m: Math.floor((t % 3600) / 60), s: t % 60 };
}

/** Vietnam's offset from UTC. */
const VN_OFFSET_MS = 7 * 3600_000;

/** A moment as a clock in Vietnam shows it. `weekday`: 0 = Sunday … 6 = Saturday. */
export interface VnTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The calendar and clock fields of `epochMs` in Vietnam's time (Asia/Ho_Chi_Minh). Vietnam
 * has kept UTC+07:00 without daylight saving since 1975, so this is plain arithmetic. It
 * replaces Intl.DateTimeFormat with a time zone, whose first construction cost about 280 ms
 * on a 4×-slowed phone profile (the largest single item before the rules appeared).
 */
export function vnTime(epochMs: number): VnTime {
  const d = new Date(epochMs + VN_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Two digits: 5 → "05". */
export const pad2 = (n: number) => String(n).padStart(2, '0');
