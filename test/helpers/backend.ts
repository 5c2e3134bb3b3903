/**
 * The reference backend behind msw in the test page, with a controllable server clock.
 * Each test gets a fresh backend through `useBackend()`; faults are added with `worker.use`.
 */
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { ReferenceBackend, type BackendOptions, type StoredAttempt } from '../../demo/mocks/backend.ts';
import { createHandlers } from '../../demo/mocks/handlers.ts';
import { seeded } from '../../demo/mocks/random.ts';

export { seeded };
import { DURING, makeBank, testContest } from './fixtures.ts';

export const ENDPOINT = '/test-api/contest';

export const worker = setupWorker();
let started: Promise<unknown> | undefined;

export interface TestServer {
  backend: ReferenceBackend;
  /** Move the server's clock forward. */
  advance(ms: number): void;
  /** Requests the element made, in order: "METHOD path". */
  requests: { method: string; path: string; headers: Headers; body: string; credentials: RequestCredentials; cache: RequestCache }[];
}

export async function useBackend(options: Partial<BackendOptions> = {}): Promise<TestServer> {
  started ??= worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });
  await started;
  // Server time runs in real time from DURING, plus whatever a test adds with advance().
  const t0 = performance.now();
  let offset = 0;
  const now = () => DURING + (performance.now() - t0) + offset;
  const backend = new ReferenceBackend({
    contest: testContest(),
    bank: makeBank(30),
    now,
    random: seeded(42),
    ...options,
  });
  const requests: TestServer['requests'] = [];
  worker.resetHandlers(...createHandlers(backend, ENDPOINT));
  worker.events.removeAllListeners();
  worker.events.on('request:start', async ({ request }) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(ENDPOINT)) return;
    requests.push({
      method: request.method,
      path: url.pathname.slice(ENDPOINT.length),
      headers: request.headers,
      body: await request.clone().text(),
      credentials: request.credentials,
      cache: request.cache,
    });
  });
  return { backend, advance: (ms) => (offset += ms), requests };
}

/**
 * Answers as the element sent them (the attempt's own ids, #13 F8) in the bank's ids: question
 * index → the bank's option ids ('b', or ['a', 'c'] for the test bank).
 */
export function inBankIds(stored: StoredAttempt, answers: readonly { questionId: string; optionIds: readonly string[] }[]): string[][] {
  return answers.map((a) => a.optionIds.map((o) => stored.bankIds?.[a.questionId]?.options[o] ?? o));
}

/**
 * The leaderboard answered with these rows whatever the backend holds (3 participants, 3
 * attempts, at the test's server time): rows the reference backend would not make (a long unit
 * name, a name it would have stripped, a participation rate).
 */
export function serveLeaderboard(rows: { individuals: unknown[]; units: unknown[] }) {
  worker.use(
    http.get(`${ENDPOINT}/leaderboard`, () => HttpResponse.json({ serverTime: '2020-09-21T09:30:00+07:00', totalParticipants: 3, totalAttempts: 3, ...rows })),
  );
}

/** Wipe the element's IndexedDB between tests. */
// Each test file starts as a fresh tab. Chromium and Firefox give each file a new tab
// (freshTabPerFile in web-test-runner.config.js), but WebKit cannot: WebDriver drives one window,
// which goes from one file's page to about:blank to the next file's, and sessionStorage outlives
// those navigations (same tab, same origin). Kept for that: a draft's synchronous copy (#13 F17)
// left by an earlier file's store tests made the next file's element resume that attempt, so its
// section links did nothing and the navigation test's second history.back() left the page
// (about:blank), in CI's order only.
for (const key of Object.keys(sessionStorage)) if (key.startsWith('cai-cach-quiz:')) sessionStorage.removeItem(key);

export function clearStorage(): Promise<void> {
  // The hints that a draft may exist (storage/drafts.ts) go with the drafts.
  for (const key of Object.keys(localStorage)) if (key.startsWith('cai-cach-quiz:')) localStorage.removeItem(key);
  // And what this tab keeps (#13: the draft's synchronous copy, the "same visit" mark of a result):
  // each test is a fresh tab. Left behind, a copy of an earlier test's attempt (the seeded backend
  // repeats attempt ids) was taken as newer than the next test's own draft.
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('cai-cach-quiz:')) sessionStorage.removeItem(key);
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase('cai-cach-quiz');
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

/** After each test: the element gone, the page's address (and history state) as it was, the storage wiped. */
export function cleanUpAfterEach(current: () => Element | undefined) {
  const start = location.href;
  afterEach(async () => {
    current()?.remove();
    history.replaceState(null, '', start);
    await clearStorage();
  });
}
