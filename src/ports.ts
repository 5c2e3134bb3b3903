/**
 * The store's ports wired to the browser, for the composition root: the api client with the
 * element's request settings (read as each request is sent), the drafts' database, the server's
 * clock on the monotonic one, timers, keys, the one-tab locks. The root passes in what only it
 * knows (the chunk loaders, how to ask the page before a start), so nothing here imports a chunk.
 */
import { ContestApi, type ApiChunks } from './api/client.ts';
import { attemptElsewhere, draftMirror, exclusive } from './controllers/attempt-lock.ts';
import { serverClock } from './core/clock.ts';
import { noDraftHere, openDraftDatabase, type Draft, type DraftDatabase } from './storage/drafts.ts';
import { QuizStore } from './store/store.ts';

/** What the element's attributes and properties say about requests. */
export interface RequestSettings {
  endpoint: string;
  requestTimeout: number;
  credentials: RequestCredentials;
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
  tokenProvider?: () => Promise<string | undefined> | string | undefined;
  captchaProvider?: () => Promise<string | undefined> | string | undefined;
}

export interface Wiring extends ApiChunks {
  /** Asks the page before an attempt starts; false when it said no (`ccq-attempt-start`, cancelable). */
  beforeStart: () => boolean;
  /** The drafts' database as it opens, for the root to release when the element leaves. */
  opened: (database: Promise<DraftDatabase>) => void;
  /** The browser stopped storing: tells the store on screen (not one the element has replaced). */
  degraded: () => void;
}

export function wireStore(host: RequestSettings, w: Wiring): { api: ContestApi; store: QuizStore } {
  const api = new ContestApi({
    endpoint: host.endpoint,
    loadResultSchema: w.loadResultSchema,
    loadDiagnosis: w.loadDiagnosis,
    get timeoutMs() {
      return host.requestTimeout;
    },
    get credentials() {
      return host.credentials;
    },
    headers: async () => {
      const extra = typeof host.headers === 'function' ? await host.headers() : host.headers;
      const token = await host.tokenProvider?.();
      return { ...extra, ...(token ? { Authorization: `Bearer ${token}` } : {}) };
    },
  });
  const scope = (contestId: string) => `${api.endpoint}#${contestId}`;
  const mirror = draftMirror<Draft>(api.endpoint);
  const store = new QuizStore({
    api,
    // Opened once the contest document is here. Opening it while the request ran was tried and
    // measured (npm run bench:start, also with an emulated 3G network): slower, the two compete.
    // An attempt may wait in IndexedDB and this tab has no copy of it (a new tab, #17): the open is
    // waited for 15 s, not 3, on a loaded phone, rather than the rules shown without the attempt.
    openStorage: async (contestId) => {
      const database = openDraftDatabase(w.degraded, noDraftHere(scope(contestId)) || mirror.get() ? undefined : { timeoutMs: 15_000 });
      w.opened(database);
      return (await database).scoped(scope(contestId));
    },
    nothingToResume: (contestId) => noDraftHere(scope(contestId)),
    clock: (serverTime) => serverClock(serverTime, () => performance.now()),
    newKey: () => crypto.randomUUID(),
    schedule: (fn, ms) => {
      const t = setTimeout(fn, ms);
      return () => clearTimeout(t);
    },
    beforeStart: w.beforeStart,
    captcha: async () => (await host.captchaProvider?.()) ?? undefined,
    exclusive: (fn) => exclusive(`start:${api.endpoint}`, fn),
    mirror,
    attemptElsewhere,
  });
  return { api, store };
}
