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
