import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The prefix of an attempt's lock name; the start lock has another. */
const ATTEMPT_LOCK = 'cai-cach-quiz:attempt:';

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
    // Nothing to wait for: the outcome arrives through onHeldElsewhere, and #acquire catches a refused request.
    if (attemptId) void this.#acquire(attemptId, false);
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
        .request(`${ATTEMPT_LOCK}${attemptId}`, steal ? { steal: true } : { ifAvailable: true }, (lock) => {
          granted();
          if (controller.signal.aborted) return undefined;
          this.#onHeldElsewhere(!lock);
          // Keep the lock until this tab lets go (drop) — or another tab steals it.
          return lock ? new Promise<void>((resolve) => (this.#release = resolve)) : undefined;
        })
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

/**
 * Whether a tab of this origin other than this one holds an attempt's lock (has an attempt on
 * screen). A tab without an attempt then leaves the draft alone: its own "registration" draft,
 * or deleting the draft, would replace that tab's attempt (#13 F17). Without Web Locks, false.
 */
export async function attemptElsewhere(): Promise<boolean> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  const held = locks ? (await locks.query()).held : [];
  return !!held?.some((l) => l.name?.startsWith(ATTEMPT_LOCK));
}

/**
 * Run `fn` holding a Web Lock that every tab of this origin shares (#13 F17: two tabs pressing
 * "Bắt đầu" at once each started an attempt). Where Web Locks are missing (before Safari 15.4),
 * `fn` runs at once: the start key kept in storage still covers tabs that are not simultaneous.
 */
export function exclusive<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? (locks.request(`cai-cach-quiz:${name}`, fn) as Promise<T>) : fn();
}

/**
 * A synchronous copy of the attempt's draft in this tab's sessionStorage, written with every
 * change (#13 F17: a reload in the same frame as a click lost answers whose IndexedDB write had
 * not committed). sessionStorage survives a reload of the tab and goes with it; it holds the
 * attempt and answers, never personal details. Chosen over flushing on pagehide, which cannot
 * wait for IndexedDB.
 */
export function draftMirror<T>(key: string) {
  const name = `cai-cach-quiz:mirror:${key}`;
  return {
    put(draft: T | undefined) {
      try {
        if (draft) sessionStorage.setItem(name, JSON.stringify(draft));
        else sessionStorage.removeItem(name);
      } catch {
        // No sessionStorage (a sandboxed frame) or full: IndexedDB alone, as before.
      }
    },
    get(): T | undefined {
      try {
        return (JSON.parse(sessionStorage.getItem(name) ?? 'null') as T | null) ?? undefined;
      } catch {
        return undefined;
      }
    },
  };
}
