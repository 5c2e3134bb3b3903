/**
 * The captcha hook: with CAPTCHA_VERIFY_URL and CAPTCHA_SECRET, a contest attempt starts
 * only with a token the provider's siteverify accepts; practice needs none; a retried start
 * (same key, a fresh or no token) replays without asking the provider again.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { call, participant, startServer, tempDir, type RunningServer } from './harness.ts';

describe('captcha verification', () => {
  let provider: http.Server;
  let server: RunningServer;
  const verified: { secret: string | null; response: string | null }[] = [];
  before(async () => {
    // A stand-in for reCAPTCHA / hCaptcha / Turnstile siteverify: "good" passes, anything else fails.
    provider = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        verified.push({ secret: form.get('secret'), response: form.get('response') });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ success: form.get('secret') === 's3cret' && form.get('response') === 'good' }));
      });
    });
    await new Promise<void>((ok) => provider.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/siteverify`;
    server = await startServer({ dataDir: tempDir(), env: { CAPTCHA_VERIFY_URL: url, CAPTCHA_SECRET: 's3cret' } });
  });
  after(async () => {
    await server?.kill();
    provider?.close();
  });

  it('refuses a contest attempt without a token or with a bad one, with 403 captcha_required', async () => {
    for (const captchaToken of [undefined, 'bad']) {
      const reply = await call(server.endpoint, 'POST', '/attempts', { participant: participant(), ...(captchaToken ? { captchaToken } : {}) });
      assert.equal(reply.status, 403);
      assert.equal(reply.body.error.code, 'captcha_required');
    }
    assert.deepEqual(verified.at(-1), { secret: 's3cret', response: 'bad' });
  });

  it('starts with a good token; a retry with the same key replays without a token', async () => {
    const person = participant();
    const first = await call(server.endpoint, 'POST', '/attempts', { participant: person, captchaToken: 'good' }, { 'Idempotency-Key': 'captcha-start' });
    assert.equal(first.status, 201);
    const asked = verified.length;
    const retry = await call(server.endpoint, 'POST', '/attempts', { participant: person }, { 'Idempotency-Key': 'captcha-start' });
    assert.equal(retry.status, 201);
    assert.equal(retry.body.attempt.id, first.body.attempt.id);
    assert.equal(verified.length, asked);
  });

  it('asks nothing for practice', async () => {
    const reply = await call(server.endpoint, 'POST', '/attempts', { participant: participant(), practice: true });
    assert.equal(reply.status, 201);
    assert.equal(reply.body.attempt.practice, true);
  });
});
