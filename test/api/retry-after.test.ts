/**
 * #13 F14: a Retry-After date is the server's clock. Read against the device's clock, a device
 * 2 h fast took "in 30 s" as long past and retried at once (806 POSTs in 5 s); a device 2 h
 * slow waited 10 min, far past the grace. Here the store and the real api client run against
 * the reference backend behind msw, with the device clock (Date.now) moved by two hours.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ContestApi } from '../../src/api/client.ts';
import { ApiError, parseRetryAfter } from '../../src/api/errors.ts';
import { backoffDelay, RETRY_CEILING_MS, RETRY_FLOOR_MS } from '../../src/api/retry.ts';
import { serverClock } from '../../src/core/clock.ts';
import { MemoryStorage } from '../../src/storage/drafts.ts';
import { QuizStore } from '../../src/store/store.ts';
import { ENDPOINT, useBackend, worker } from '../helpers/backend.ts';
import { VALID } from '../helpers/fixtures.ts';

const HOUR = 3600_000;
/** The client's lazily loaded parts, as the element passes them (a spread: older clients take none). */
const chunks = { loadResultSchema: () => import('../../src/contract/result.ts'), loadDiagnosis: () => import('../../src/api/diagnose.ts') };

/** A store on the real client; `waits` records every wait the outbox asked for. */
function wiredStore() {
  const waits: number[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const store = new QuizStore({
    api: new ContestApi({ endpoint: ENDPOINT, ...chunks }),
    openStorage: (id) => Promise.resolve(new MemoryStorage(id)),
    clock: (serverTime) => serverClock(serverTime, () => performance.now()),
    newKey: () => crypto.randomUUID(),
    schedule: (fn, ms) => {
      waits.push(ms);
      const t = setTimeout(fn, ms);
      timers.add(t);
      return () => clearTimeout(t);
    },
  });
  return { store, waits, stop: () => (store.dispose(), timers.forEach(clearTimeout)) };
}

/** The server answers every submission 429 with Retry-After as an HTTP date 30 s ahead of its own clock. */
async function rateLimitedServer(withDate: boolean) {
  const server = await useBackend();
  const serverNow = () => server.backend.options.now();
  let posts = 0;
  worker.use(
    http.post(`${ENDPOINT}/attempts/:id/submission`, () => {
      posts++;
      const headers: Record<string, string> = { 'Retry-After': new Date(serverNow() + 30_000).toUTCString() };
      if (withDate) headers.Date = new Date(serverNow()).toUTCString();
      return HttpResponse.json({ error: { code: 'rate_limited', message: 'retry in 30 s' } }, { status: 429, headers });
    }),
  );
  return { posts: () => posts };
}

async function submitWithDeviceClockOff(offsetMs: number, withDate: boolean) {
  const server = await rateLimitedServer(withDate);
  const { store, waits, stop } = wiredStore();
  const realNow = Date.now;
  Date.now = () => realNow() + offsetMs;
  try {
    await store.load();
    await store.begin();
    store.updateForm(VALID);
    expect(await store.register()).to.equal(true);
    await store.confirmSubmit();
    // Long enough for a storm: before the fix, hundreds of POSTs went in this time.
    await new Promise((r) => setTimeout(r, 1500));
    return { posts: server.posts(), waits, state: store.state };
  } finally {
    Date.now = realNow;
    stop();
  }
}

describe('Retry-After read against the server clock (#13 F14)', () => {
  it('reads a date against the response Date header, or hands the server instant on', () => {
    const at = 'Wed, 21 Oct 2020 07:28:30 GMT';
    expect(parseRetryAfter(at, 'Wed, 21 Oct 2020 07:28:00 GMT')).to.deep.equal({ ms: 30_000 });
    expect(parseRetryAfter(at, null)).to.deep.equal({ at: Date.parse(at) });
    expect(parseRetryAfter(' 7 ', null)).to.deep.equal({ ms: 7000 });
    expect(parseRetryAfter('soon', null)).to.equal(undefined);
  });

  it('bounds every wait the server asks for: at least a second, at most the ceiling given', () => {
    const policy = { retries: 1, baseMs: 2000, capMs: 60_000 };
    expect(backoffDelay(0, policy, new ApiError('rate_limited', '', 429, {}, 0))).to.equal(RETRY_FLOOR_MS);
    expect(backoffDelay(0, policy, new ApiError('rate_limited', '', 429, {}, 99 * HOUR))).to.equal(RETRY_CEILING_MS);
    expect(backoffDelay(0, policy, new ApiError('rate_limited', '', 429, {}, 99 * HOUR), 20_000)).to.equal(20_000);
    const dated = new ApiError('rate_limited', '', 429, {}, undefined, undefined, 1_000_030_000);
    expect(backoffDelay(0, policy, dated, RETRY_CEILING_MS, 1_000_000_000)).to.equal(30_000);
  });

  for (const withDate of [false, true]) {
    const how = withDate ? 'with a readable Date header' : 'cross-origin, without Date';
    it(`device clock 2 h fast, server 429 "retry in 30 s" (${how}): one try, then a wait of about 30 s`, async () => {
      const r = await submitWithDeviceClockOff(2 * HOUR, withDate);
      expect(r.posts, 'POSTs in 1.5 s').to.be.at.most(2);
      expect(r.state.outbox?.status).to.equal('waiting');
      expect(r.waits.at(-1)).to.be.within(25_000, 31_000);
    });

    it(`device clock 2 h slow (${how}): the retry still comes within the 30 s grace`, async () => {
      const r = await submitWithDeviceClockOff(-2 * HOUR, withDate);
      expect(r.posts).to.equal(1);
      expect(r.waits.at(-1)).to.be.within(25_000, 31_000);
    });
  }

  it('never waits past the deadline + grace for a submission, whatever the server says', async () => {
    const server = await useBackend();
    worker.use(
      http.post(`${ENDPOINT}/attempts/:id/submission`, () =>
        HttpResponse.json({ error: { code: 'rate_limited', message: 'come back in an hour' } }, { status: 429, headers: { 'Retry-After': '3600' } }),
      ),
    );
    const { store, waits, stop } = wiredStore();
    try {
      await store.load();
      await store.begin();
      store.updateForm(VALID);
      await store.register();
      const deadline = Date.parse(store.state.attempt!.deadline);
      server.advance(deadline - server.backend.options.now() - 5000);
      await store.load();
      // 5 s before the deadline; the grace is 30 s: the wait must end before deadline + grace.
      await store.confirmSubmit();
      expect(waits.at(-1)).to.be.at.most(35_000);
      expect(waits.at(-1)).to.be.at.least(RETRY_FLOOR_MS);
    } finally {
      stop();
    }
  });
});
