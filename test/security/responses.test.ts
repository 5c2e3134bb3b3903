/** #13 F7: what a response's headers may do to the element: Content-Type checked, Age bounded. */
import { expect } from '@open-wc/testing';
import { ageOf, ContestApi } from '../../src/api/client.ts';
import { ApiError } from '../../src/api/errors.ts';
import { chunks } from '../helpers/chunks.ts';
import { testContest } from '../helpers/fixtures.ts';

const T0 = '2020-09-21T09:30:00+07:00';
const api = (body: string, headers: Record<string, string>, status = 200) =>
  new ContestApi({ endpoint: 'https://x.test/c', retry: { retries: 0 }, ...chunks, fetch: () => Promise.resolve(new Response(body, { status, headers })) });
const contest = JSON.stringify({ serverTime: T0, ...testContest() });

describe('response headers (#13 F7)', () => {
  it('refuses a successful body that is not JSON by its Content-Type, without reading it, and reads JSON types', async () => {
    // A captive portal's page that happens to hold the contest's JSON is still not the contest.
    const error = await api(contest, { 'Content-Type': 'text/html; charset=utf-8' })
      .getContest()
      .catch((e: ApiError) => e);
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).code).to.equal('invalid-response');
    expect((error as ApiError).where).to.deep.equal({ path: '', message: 'expected Content-Type application/json, not text/html; charset=utf-8' });
    const blocked = await api('{"error":{"code":"unauthorized","message":"x"}}', { 'Content-Type': 'text/html' }, 403)
      .getContest()
      .catch((e: ApiError) => e);
    expect((blocked as ApiError).code).to.equal('http');
    // application/json and +json types, with parameters, are read.
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/vnd.contest+json']) {
      expect((await api(contest, { 'Content-Type': type }).getContest()).id, type).to.equal('test-contest');
    }
  });

  it('never lets Age move serverTime past the copy’s own lifetime, nor past 10 minutes', async () => {
    const age = (h: Record<string, string>) => ageOf(new Headers(h));
    expect(age({ Age: '1000000000', 'Cache-Control': 'public, max-age=60' })).to.equal(60);
    expect(age({ Age: '30', 'Cache-Control': 'public, max-age=60' })).to.equal(30);
    expect(age({ Age: '90', 'Cache-Control': 'max-age=10, s-maxage=60, stale-while-revalidate=20' })).to.equal(80);
    expect(age({ Age: '1000000000', 'Cache-Control': 'max-age=31536000' })).to.equal(600);
    expect(age({ Age: '1000000000' })).to.equal(0);
    expect(age({ Age: '-5', 'Cache-Control': 'max-age=60' })).to.equal(0);
    const doc = await api(contest, { 'Content-Type': 'application/json', Age: '1000000000', 'Cache-Control': 'public, max-age=60' }).getContest();
    expect(doc.serverTime).to.equal('2020-09-21T02:31:00.000Z');
  });
});
