/**
 * What the store needs from the outside world, injected by the composition root (the element) or by
 * a test's fakes. One reason to change: what the store asks of the world.
 */
import type { Attempt, AttemptResult, ContestDocument, StartAttemptRequest, SubmissionRequest } from '../contract/schemas.ts';
import type { ServerClock } from '../core/clock.ts';
import type { Draft, DraftStorage } from '../storage/drafts.ts';

/** What the store needs from the outside world. */
export interface StorePorts {
  api: {
    getContest(signal?: AbortSignal): Promise<ContestDocument>;
    /** `onWait` hears each wait before the client tries again (429, 503, network): the store shows it (#14). */
    startAttempt(
      body: StartAttemptRequest,
      key: string,
      signal?: AbortSignal,
      onWait?: (ms: number) => void,
    ): Promise<{ serverTime: string; attempt: Attempt }>;
    submit(attemptId: string, body: SubmissionRequest, key: string): Promise<{ serverTime: string; result: AttemptResult }>;
  };
  /** Opened once the contest id is known (storage is scoped per contest). */
  openStorage(contestId: string): Promise<DraftStorage>;
  /**
   * True when this device surely holds nothing to resume for the contest (a synchronous
   * hint): the rules then show at once, and storage is read meanwhile. Otherwise (or when
   * absent) storage is read first, so a reload in the middle of an exam never flashes the rules.
   */
  nothingToResume?(contestId: string): boolean;
  /** Anchor a clock on a response's serverTime. */
  clock(serverTime: string): ServerClock;
  newKey(): string;
  /** Schedule a retry of the outbox; returns a cancel function. */
  schedule(fn: () => void, ms: number): () => void;
  /** The host may veto starting an attempt (a portal that wants its own login first): return false. */
  beforeStart?(): boolean;
  /** A captcha token from the host page's provider, sent with the start request. */
  captcha?(): Promise<string | undefined>;
  /** Run `fn` under a lock shared by this device's tabs: one start at a time (#13 F17). */
  exclusive?<T>(fn: () => Promise<T>): Promise<T>;
  /** A synchronous copy of the attempt's draft that survives a reload of this tab (#13 F17). */
  mirror?: { put(draft: Draft | undefined): void; get(): Draft | undefined };
  /** Whether another tab here has an attempt on screen (see controllers/attempt-lock.ts). */
  attemptElsewhere?(): Promise<boolean>;
}
