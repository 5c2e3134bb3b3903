/**
 * Proof of participation (issue #14), on each database: a submission's receipt, the public
 * verification (call and page), a participant's lookup with its uniform answers and its rate
 * limits, and logs that hold neither the codes nor the people.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CODE_ALPHABET } from '../../src/contract/receipt.ts';
import { LookupResponse, VerificationResponse } from '../../src/contract/verification.ts';
import { SubmissionResponse } from '../../src/contract/schemas.ts';
import { LOOKUPS_PER_ADDRESS, LOOKUPS_PER_CITIZEN } from '../src/verify.ts';
import { answersFor, call, databaseKinds, freshSettings, participant, PUBLIC_URL, startServer, type RunningServer } from './harness.ts';
import { nth } from './must.ts';

const CODE = new RegExp(`^[${CODE_ALPHABET}]{10}$`);

for (const kind of databaseKinds()) {
  describe(`proof of participation on ${kind}`, () => {
    let server: RunningServer;
    /** Lookups made from this test's address so far (the per-address limit counts them all). */
    let lookups = 0;
    const lookup = (body: unknown) => {
      lookups++;
      return call(server.endpoint, 'POST', '/verifications/lookup', body);
    };
    const who = participant({ fullName: 'Khổng Thị Huyền Trâm', birthDate: '1971-03-09' });
    let code = '';
    let submittedAt = '';

    before(async () => {
      server = await startServer({ ...(await freshSettings(kind)), env: { LOG_LEVEL: 'debug' } });
    });
    after(() => server?.kill());

    async function submit(p: Record<string, unknown>, practice = false) {
      const start = await call(server.endpoint, 'POST', '/attempts', { participant: p, ...(practice ? { practice: true } : {}) });
      assert.equal(start.status, 201, JSON.stringify(start.body));
      const body = answersFor(start.body.attempt);
      const key = `proof-${start.body.attempt.id}`;
      const first = await call(server.endpoint, 'POST', `/attempts/${start.body.attempt.id}/submission`, body, { 'Idempotency-Key': key });
      assert.equal(first.status, 201, JSON.stringify(first.body));
      const replay = await call(server.endpoint, 'POST', `/attempts/${start.body.attempt.id}/submission`, body, { 'Idempotency-Key': key });
      assert.equal(replay.status, 200);
      return { first: SubmissionResponse.parse(first.body), replay: SubmissionResponse.parse(replay.body) };
    }

    it('issues a short, unambiguous code with each contest submission (the same on a replay), none for practice', async () => {
      const { first, replay } = await submit(who);
      const receipt = first.result.receipt;
      assert.ok(receipt, 'the result carries a receipt');
      assert.match(receipt.code, CODE);
      assert.equal(receipt.url, `${PUBLIC_URL}/xac-minh/${receipt.code}`, 'under PUBLIC_URL');
      assert.deepEqual(replay.result.receipt, receipt, 'a replay shows the same code');
      code = receipt.code;
      submittedAt = first.result.submittedAt;
      const practice = await submit(participant(), true);
      assert.equal(practice.first.result.receipt, undefined);
    });

    it('verifies a code: name, unit, round, time and score, the citizen id masked to 3 digits; typed in lower case with a hyphen too', async () => {
      const typed = `${code.slice(0, 5)}-${code.slice(5)}`.toLowerCase();
      const r = await call(server.endpoint, 'GET', `/verifications/${typed}`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      const { verification: v } = VerificationResponse.parse(r.body);
      assert.equal(v.code, code);
      assert.equal(v.fullName, who.fullName);
      assert.equal(v.unit, 'Văn phòng Tỉnh ủy');
      assert.equal(v.citizenId, `*********${who.citizenId.slice(-3)}`);
      assert.equal(v.roundId, 'dot-1');
      assert.equal(v.submittedAt, submittedAt);
      assert.equal(v.status, 'graded');
      assert.equal(typeof v.score, 'number');
      assert.ok(!JSON.stringify(r.body).includes(who.citizenId), 'never the whole citizen id');
      assert.ok(!JSON.stringify(r.body).includes(who.birthDate), 'never the birth date');
      assert.ok(!JSON.stringify(r.body).includes(who.phone), 'never the phone');

      const missing = await call(server.endpoint, 'GET', '/verifications/ABCDEFGH23');
      assert.equal(missing.status, 404);
      assert.equal(missing.body.error.code, 'bad_request');
    });

    it('serves the page the QR code opens: the facts, masked; a wrong code is 404 with a form to try again', async () => {
      const page = await fetch(`${server.origin}/xac-minh/${code}`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/);
      const html = await page.text();
      assert.ok(html.includes(who.fullName));
      assert.ok(html.includes(`*********${who.citizenId.slice(-3)}`));
      assert.ok(html.includes(`${code.slice(0, 5)}-${code.slice(5)}`));
      assert.ok(!html.includes(who.citizenId));
      const form = await fetch(`${server.origin}/xac-minh?ma=${code.toLowerCase()}`);
      assert.equal(form.status, 200);
      const wrong = await fetch(`${server.origin}/xac-minh/ABCDEFGH23`);
      assert.equal(wrong.status, 404);
      assert.match(await wrong.text(), /Không tìm thấy mã xác minh/);
    });

    it('lists a participant\'s attempts by citizen id and birth date, and answers "nobody", "wrong birth date" and "not submitted" alike', async () => {
      const mine = await lookup({ citizenId: who.citizenId, birthDate: who.birthDate });
      assert.equal(mine.status, 200, JSON.stringify(mine.body));
      const list = LookupResponse.parse(mine.body).attempts;
      assert.equal(list.length, 1);
      assert.equal(nth(list, 0).code, code);
      assert.equal(nth(list, 0).fullName, who.fullName);

      const strip = (b: { serverTime: string }) => JSON.stringify({ ...b, serverTime: '' });
      const wrongDate = await lookup({ citizenId: who.citizenId, birthDate: '1971-03-10' });
      const nobody = await lookup({ citizenId: '001099000001', birthDate: who.birthDate });
      const started = participant();
      assert.equal((await call(server.endpoint, 'POST', '/attempts', { participant: started })).status, 201);
      const notSubmitted = await lookup({ citizenId: started.citizenId, birthDate: started.birthDate });
      for (const r of [wrongDate, nobody, notSubmitted]) {
        assert.equal(r.status, 200);
        assert.equal(strip(r.body), strip({ serverTime: '', attempts: [] } as never));
      }
      const invalid = await lookup({ citizenId: '12', birthDate: 'x' });
      assert.equal(invalid.status, 400);
    });

    it('limits lookups per citizen id and per address (429 with Retry-After), against enumeration', async () => {
      const target = { citizenId: '001099000002', birthDate: '1980-01-01' };
      for (let i = 0; i < LOOKUPS_PER_CITIZEN; i++) assert.equal((await lookup(target)).status, 200, `lookup ${i + 1} of one citizen id`);
      const sixth = await lookup({ ...target, birthDate: '1980-01-02' });
      assert.equal(sixth.status, 429, 'one citizen id, any birth date');
      assert.equal(sixth.body.error.code, 'rate_limited');
      assert.ok(Number(sixth.headers.get('retry-after')) > 0);

      // Every other citizen id from this address, until the address's allowance is spent.
      let n = 0;
      while (lookups < LOOKUPS_PER_ADDRESS) {
        const r = await lookup({ citizenId: `00109900${String(100 + n++).padStart(4, '0')}`, birthDate: '1980-01-01' });
        assert.equal(r.status, 200, `lookup ${lookups} from one address`);
      }
      const over = await lookup({ citizenId: '001099009999', birthDate: '1980-01-01' });
      assert.equal(over.status, 429, 'one address, another citizen id');
    });

    it('logs no code, name, citizen id or birth date (the verification path is logged as /verifications/:code)', () => {
      const output = server.output();
      assert.match(output, /"url":"\/api\/cuoc-thi\/[^"]+\/verifications\/:code"/, 'the verification was logged');
      assert.match(output, /"url":"\/xac-minh\/:code"/, 'and the page');
      for (const secret of [code, code.toLowerCase(), who.fullName, who.citizenId, who.birthDate]) {
        assert.ok(!output.includes(secret), `the output contains ${secret}`);
      }
    });
  });
}

describe("a receipt's address without PUBLIC_URL", () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ ...(await freshSettings('pglite')), env: { PUBLIC_URL: '' } });
  });
  after(() => server?.kill());

  it('is under the address the request reached', async () => {
    const start = await call(server.endpoint, 'POST', '/attempts', { participant: participant() });
    assert.equal(start.status, 201, JSON.stringify(start.body));
    const done = await call(server.endpoint, 'POST', `/attempts/${start.body.attempt.id}/submission`, answersFor(start.body.attempt), {
      'Idempotency-Key': 'no-public-url',
    });
    assert.equal(done.status, 201, JSON.stringify(done.body));
    const { code, url } = done.body.result.receipt;
    assert.equal(url, `${server.origin}/xac-minh/${code}`);
  });
});
