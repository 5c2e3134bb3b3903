import type { ReactiveControllerHost } from 'lit';
import type { ContestApi } from '../api/client.ts';
import type { ApiError } from '../api/errors.ts';
import { SaveAnswersResponse } from '../contract/attempt.ts';
import type { QuizStore } from '../store/store.ts';

/** A change reaches the server within this long, with any others made meanwhile: at most one request per period. */
export const AUTOSAVE_MS = 3000;
/** A save whose answer was lost was applied all the same: the server is then a revision ahead. How far to look. */
const STALE_TRIES = 3;

/**
 * Server-side autosave (`PUT {endpoint}/attempts/{id}/answers`) when the contest offers it
 * (`exam.autosave`): a frozen or killed tab then loses at most a few seconds of answers on the
 * server too, not only on the device. The answers and the prediction go a few seconds after they
 * change, one request at a time, with the revision the server last confirmed (kept with the
 * draft, so a reload goes on from it). It never delays the submission: nothing is sent once the
 * answers are sealed, and the outbox does not wait for a save in flight.
 *
 * A `stale_revision` means a save of ours was applied but its answer lost (the attempt is open
 * in this tab only): the next revision is tried, a few times at most. After a failure that may
 * pass (network, 5xx, 429), the next change is sent, not before the server's Retry-After. What
 * the server refuses for good (autosave not offered, the attempt expired or already submitted)
 * ends autosave for that attempt. Loaded with the late views, after the first question is drawn.
 */
export function autosave(host: ReactiveControllerHost, ports: () => { store: QuizStore; api: ContestApi } | undefined) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sending = false;
  let seen: unknown[] = [];
  /** The attempt whose autosave the server refused for good. */
  let off: string | undefined;
  let staleTries = 0;
  /** Not before (ms, this device's clock): the server's Retry-After. */
  let notBefore = 0;

  /** The store and the api while an attempt is being answered here and the contest offers autosave. */
  const live = () => {
    const p = ports();
    const s = p?.store.state;
    return p?.store.editable() && s!.contest!.exam.autosave && s!.attempt!.id !== off ? p : undefined;
  };
  // send() handles the API's failures itself; a storage failure while it does is left to the page's unhandledrejection.
  const schedule = (ms: number) => (timer = setTimeout(() => void send(), ms));

  async function send(leaving = false) {
    clearTimeout(timer);
    timer = undefined;
    const p = live();
    if (!p) return;
    if (sending) {
      schedule(AUTOSAVE_MS);
      return;
    }
    const { store, api } = p;
    const { attempt, prediction } = store.state;
    const { revision } = store;
    sending = true;
    try {
      const saved = await api.call({
        method: 'PUT',
        path: `/attempts/${encodeURIComponent(attempt!.id)}/answers`,
        schema: SaveAnswersResponse,
        body: { revision, answers: store.answerEntries(), prediction },
        // Leaving (the tab hidden, the page going away): the request outlives the page.
        keepalive: leaving,
      });
      staleTries = 0;
      if (store.state.attempt === attempt) await store.autosaved(saved.revision);
    } catch (e) {
      const { code, retryable, retryAfterMs = 0 } = e as ApiError;
      if (code === 'stale_revision' && staleTries++ < STALE_TRIES) {
        await store.autosaved(revision + 1);
        schedule(0);
      } else if (retryable) notBefore = Date.now() + retryAfterMs;
      else off = attempt!.id;
    } finally {
      sending = false;
    }
  }

  /**
   * The tab is hidden or the page goes away (#13 F16): a phone freezes or kills a hidden tab
   * without warning, so a change still waiting for its few seconds goes now.
   */
  const leave = () => {
    if (timer && document.visibilityState === 'hidden') void send(true);
  };
  const leaving = () => {
    if (timer) void send(true);
  };

  host.addController({
    hostConnected() {
      document.addEventListener('visibilitychange', leave);
      addEventListener('pagehide', leaving);
    },
    // Every change of the root's state passes here: a change of the answers or the prediction schedules a save.
    hostUpdate() {
      const s = live()?.store.state;
      if (!s) return;
      const [answers, prediction] = seen;
      seen = [s.answers, s.prediction];
      // Nothing answered yet (a new attempt) is nothing to save; an attempt resumed after a reload may be.
      if (!timer && (answers !== s.answers || prediction !== s.prediction) && (Object.keys(s.answers)[0] || s.prediction !== null)) {
        schedule(Math.max(AUTOSAVE_MS, notBefore - Date.now()));
      }
    },
    hostDisconnected() {
      document.removeEventListener('visibilitychange', leave);
      removeEventListener('pagehide', leaving);
      clearTimeout(timer);
      timer = undefined;
    },
  });
  // Look at once: an attempt resumed after a reload may hold answers the server has not seen.
  host.requestUpdate();
}
