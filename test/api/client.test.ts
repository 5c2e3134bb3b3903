/** The api client against msw in the real browser: validation, typed errors, retries, timeouts. */
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { ContestApi } from '../../src/api/client.ts';
import { ApiError } from '../../src/api/errors.ts';
import { backoffDelay } from '../../src/api/retry.ts';
import { ENDPOINT, useBackend, worker } from '../helpers/backend.ts';
import { chunks } from '../helpers/chunks.ts';
import { nth } from '../helpers/must.ts';

const noWait = { sleep: () => Promise.resolve(), baseMs: 1, capMs: 1 };
const api = (extra = {}) => new ContestApi({ endpoint: `${ENDPOINT}/`, retry: noWait, ...chunks, ...extra });
const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('expected a failure');
};

describe('ContestApi', () => {
  it('fetches and validates the contest document', async () => {
    await useBackend();
    const c = await api().getContest();
    expect(c.id).to.equal('test-contest');
  });

  it('turns a body that breaks the contract into invalid-response, naming the field on the console and in the error', async () => {
    await useBackend();
    worker.use(http.get(`${ENDPOINT}/contest`, () => HttpResponse.json({ serverTime: 'yesterday', title: 1 })));
    const logged: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.join(' '));
    let e: ApiError;
    try {
      e = await failure(api().getContest());
    } finally {
      console.error = error;
    }
    expect(e.code).to.equal('invalid-response');
    expect(e.where).to.deep.equal({ path: 'serverTime', message: 'expected a date-time with an offset (2020-09-15T08:00:00+07:00)' });
    expect(e.retryable).to.equal(false);
    expect(logged).to.have.length(1);
    const lines = nth(logged, 0).split('\n');
    expect(lines[0]).to.equal(`<cai-cach-quiz> GET ${ENDPOINT}/contest breaks the contract:`);
    expect(lines).to.include('  title: expected string');
    expect(lines).to.include('  id: missing, expected string');
    expect(lines).to.include('  contractVersion: missing, expected "1"');
    expect(logged[0]).not.to.contain('yesterday');
  });

  it('turns invalid JSON and non-envelope errors into typed failures', async () => {
    await useBackend();
    worker.use(http.get(`${ENDPOINT}/contest`, () => new HttpResponse('<html>oops', { status: 200, headers: { 'Content-Type': 'text/html' } })));
    const error = console.error;
    console.error = () => undefined;
    const notJson = await failure(api().getContest()).finally(() => (console.error = error));
    expect([notJson.code, notJson.where]).to.deep.equal(['invalid-response', { path: '', message: 'expected Content-Type application/json, not text/html' }]);
    worker.use(http.get(`${ENDPOINT}/contest`, () => new HttpResponse('Bad gateway', { status: 502 })));
    const e = await failure(api({ retry: { ...noWait, retries: 0 } }).getContest());
    expect([e.code, e.status]).to.deep.equal(['http', 502]);
  });

  it('reads the error envelope, field errors and Retry-After', async () => {
    await useBackend();
    worker.use(
      http.post(`${ENDPOINT}/attempts`, () =>
        HttpResponse.json({ error: { code: 'invalid_participant', message: 'bad', fields: [{ field: 'citizenId', message: 'invalid' }] } }, { status: 422 }),
      ),
    );
    const e = await failure(api().startAttempt({ participant: { consent: true } }, 'k'));
    expect(e.code).to.equal('invalid_participant');
    expect(e.fields).to.deep.equal({ citizenId: 'invalid' });

    worker.use(
      http.post(`${ENDPOINT}/attempts`, () =>
        HttpResponse.json({ error: { code: 'rate_limited', message: 'slow down' } }, { status: 429, headers: { 'Retry-After': '7' } }),
      ),
    );
    const r = await failure(api({ retry: { ...noWait, retries: 0 } }).startAttempt({ participant: { consent: true } }, 'k'));
    expect([r.code, r.retryAfterMs, r.retryable]).to.deep.equal(['rate_limited', 7000, true]);
  });

  it('reads an error envelope whose optional fields are null as one without them', async () => {
    await useBackend();
    worker.use(
      http.post(`${ENDPOINT}/attempts`, () =>
        HttpResponse.json({ error: { code: 'attempts_exhausted', message: 'x', fields: null, retryAfterSeconds: null } }, { status: 403 }),
      ),
    );
    const e = await failure(api().startAttempt({ participant: { consent: true } }, 'k'));
    expect([e.code, e.fields, e.retryAfterMs]).to.deep.equal(['attempts_exhausted', {}, undefined]);
  });

  it('retries network errors and 5xx with the same idempotency key, then succeeds', async () => {
    const server = await useBackend();
    let n = 0;
    worker.use(
      http.post(`${ENDPOINT}/attempts`, () => {
        n++;
        if (n === 1) return HttpResponse.error();
        if (n === 2) return HttpResponse.json({ error: { code: 'internal', message: 'x' } }, { status: 503 });
        return undefined;
      }),
    );
    const participant = {
      fullName: 'Lê Văn Cường',
      birthDate: '1975-03-04',
      citizenId: '024075000002',
      phone: '0977123456',
      unitId: 'so-tu-phap',
      consent: true as const,
    };
    const res = await api().startAttempt({ participant }, 'start-key-1');
    expect(res.attempt.questions).to.have.length(5);
    const keys = server.requests.filter((r) => r.path === '/attempts').map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).to.deep.equal(['start-key-1', 'start-key-1', 'start-key-1']);
  });

  it('does not retry a refusal', async () => {
    const server = await useBackend();
    worker.use(http.post(`${ENDPOINT}/attempts`, () => HttpResponse.json({ error: { code: 'attempts_exhausted', message: 'x' } }, { status: 403 })));
    expect((await failure(api().startAttempt({ participant: { consent: true } }, 'k'))).code).to.equal('attempts_exhausted');
    expect(server.requests.filter((r) => r.path === '/attempts')).to.have.length(1);
  });

  it('bounds a request that never answers with a timeout', async () => {
    await useBackend();
    worker.use(
      http.get(`${ENDPOINT}/contest`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const e = await failure(api({ timeoutMs: 200, retry: { ...noWait, retries: 1 } }).getContest());
    expect(e.code).to.equal('timeout');
  });

  it('sends extra headers from the host and honours credentials mode', async () => {
    const server = await useBackend();
    await api({ headers: () => Promise.resolve({ Authorization: 'Bearer t0k' }), credentials: 'include' }).getContest();
    expect(server.requests.at(-1)!.headers.get('Authorization')).to.equal('Bearer t0k');
  });

  it('backs off exponentially with jitter, capped, and lets Retry-After win', () => {
    const policy = { retries: 5, baseMs: 1000, capMs: 8000, random: () => 1 };
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, policy))).to.deep.equal([1000, 2000, 4000, 8000, 8000]);
    expect(backoffDelay(0, { ...policy, random: () => 0 })).to.equal(500);
    expect(backoffDelay(3, policy, new ApiError('rate_limited', '', 429, {}, 5000))).to.equal(5000);
  });
});

describe('ContestApi and caches', () => {
  it('never takes the contest from the browser cache, and corrects serverTime by a shared cache’s Age', async () => {
    const server = await useBackend();
    worker.use(
      http.get(`${ENDPOINT}/contest`, async () => {
        const body = (await server.backend.handle({ method: 'GET', path: '/contest', header: () => null })).body as Record<string, unknown>;
        return HttpResponse.json({ ...body, serverTime: '2020-09-21T09:30:00+07:00' }, { headers: { Age: '42', 'Cache-Control': 'public, max-age=60' } });
      }),
    );
    const first = await api().getContest();
    expect(first.serverTime).to.equal('2020-09-21T02:30:42.000Z');
    expect(server.requests.filter((r) => r.path === '/contest').map((r) => r.cache)).to.deep.equal(['no-store']);
    await api().getContest();
    expect(server.requests.filter((r) => r.path === '/contest')).to.have.length(2);
  });
});
