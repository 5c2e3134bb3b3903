import type { Phase, Snapshot } from '../store/store.ts';

/** From these phases on, the review/submission/result views are needed (or about to be). */
export const LATE_PHASES: readonly Phase[] = ['exam', 'review', 'submitting', 'result'];

/**
 * When the late views' chunk (review, submission, result, and the notices of what this device
 * holds) is fetched, for the composition root, which passes in the loader (src/lazy.ts) and
 * what to do with the module once it is here.
 */
export class LateViews<M extends { defineLateViews(): void }> {
  /** Resolves when the late views are defined; undefined until they are asked for (or after a failed fetch). */
  ready?: Promise<unknown>;
  readonly #host: { updateComplete: Promise<boolean> };
  readonly #load: () => Promise<M>;
  readonly #loaded: (m: M) => void;

  constructor(host: { updateComplete: Promise<boolean> }, load: () => Promise<M>, loaded: (m: M) => void) {
    this.#host = host;
    this.#load = load;
    this.#loaded = loaded;
  }

  /** A new snapshot: fetch the chunk if it now needs it. */
  follow(s: Snapshot) {
    // Also for submissions set aside on this device (#13 F13): their notice is a late view.
    // Also for what this device holds behind its owner's details (#13 F11, F12: views/identity).
    if (this.ready || !(LATE_PHASES.includes(s.phase) || s.parked?.length || s.held?.attempts || s.held?.result)) return;
    // From the exam, once its first question is drawn (the chunk's evaluation would delay
    // that frame); a reload into review, submission or result needs the chunk at once.
    const drawn = new Promise((r) => {
      if (s.phase !== 'exam') return r(0);
      requestAnimationFrame(() => setTimeout(r));
      setTimeout(r, 300);
    });
    this.ready = drawn.then(this.#load).then(
      async (m) => {
        this.#loaded(m);
        await this.#host.updateComplete;
        m.defineLateViews();
      },
      // The connection dropped as the exam began: try again at the next change of state
      // (an answer given, the connection coming back).
      () => (this.ready = undefined),
    );
  }
}
