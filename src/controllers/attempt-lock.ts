import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One attempt, one tab. Holds a Web Lock named after the attempt while this tab shows
 * it. A second tab that opens the same attempt does not get the lock and reports
 * `onHeldElsewhere(true)`; when the participant chooses to continue there, `takeOver()`
 * steals the lock, and the first tab, whose lock is released by the steal, reports
 * `onHeldElsewhere(true)` in turn. Browsers without Web Locks (before Safari 15.4) run
 * without this protection.
 */
export class AttemptLockController implements ReactiveController {
  #held?: string;
  #release?: () => void;
  #pending?: AbortController;

  readonly #onHeldElsewhere: (elsewhere: boolean) => void;

  constructor(host: ReactiveControllerHost, onHeldElsewhere: (elsewhere: boolean) => void) {
    this.#onHeldElsewhere = onHeldElsewhere;
    host.addController(this);
  }

  hostConnected() {}

  hostDisconnected() {
    this.#drop();
  }

  /** Hold the lock for `attemptId` (or none): call whenever the attempt on screen changes. */
  follow(attemptId: string | undefined) {
    if (attemptId === this.#held) return;
    this.#drop();
    if (attemptId) this.#acquire(attemptId, false);
  }

  /** Continue in this tab: take the lock from the tab that holds it. */
  takeOver(): Promise<void> {
    const id = this.#held;
    if (!id) return Promise.resolve();
    this.#drop();
    return this.#acquire(id, true);
  }

  #acquire(attemptId: string, steal: boolean): Promise<void> {
    const locks = (navigator as Navigator & { locks?: LockManager }).locks;
    this.#held = attemptId;
    if (!locks) return Promise.resolve();
    const controller = (this.#pending = new AbortController());
    return new Promise<void>((granted) => {
      locks
        .request(
          `cai-cach-quiz:${attemptId}`,
          steal ? { steal: true } : { ifAvailable: true },
          (lock) => {
            granted();
            if (controller.signal.aborted) return undefined;
            this.#onHeldElsewhere(!lock);
            // Keep the lock until this tab lets go (drop) — or another tab steals it.
            return lock ? new Promise<void>((resolve) => (this.#release = resolve)) : undefined;
          },
        )
        // A steal by another tab rejects our request: that tab holds the attempt now.
        .catch(() => {
          granted();
          if (!controller.signal.aborted) this.#onHeldElsewhere(true);
        });
    });
  }

  #drop() {
    this.#pending?.abort();
    this.#release?.();
    this.#release = undefined;
    this.#held = undefined;
  }
}
