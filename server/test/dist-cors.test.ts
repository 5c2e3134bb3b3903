/**
 * The built element under /dist/ is readable from any origin (#14): a portal's page on another origin
 * loads the single file from the contest server as a classic script, and that script imports
 * cai-cach-quiz.confirmation.js from beside it as a module, which the browser fetches only with
 * Access-Control-Allow-Origin (test/node/embed.test.ts shows the browser's side of it).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freshSettings, startServer, type RunningServer } from './harness.ts';

describe('/dist/ for portals on other origins', () => {
  let server: RunningServer;
  const dist = mkdtempSync(join(tmpdir(), 'ccq-dist-'));
  before(async () => {
    writeFileSync(join(dist, 'cai-cach-quiz.iife.js'), 'void 0;\n');
    writeFileSync(join(dist, 'cai-cach-quiz.confirmation.js'), 'export const load = () => undefined;\n');
    server = await startServer({ ...(await freshSettings('pglite')), env: { DIST_DIR: dist } });
  });
  after(async () => {
    await server?.kill();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends Access-Control-Allow-Origin: * with the single file and the file it imports, and no credentials', async () => {
    for (const file of ['cai-cach-quiz.iife.js', 'cai-cach-quiz.confirmation.js']) {
      const r = await fetch(`${server.origin}/dist/${file}`, { headers: { Origin: 'https://sotuphap.example.gov.vn' } });
      assert.equal(r.status, 200, file);
      assert.match(r.headers.get('Content-Type') ?? '', /javascript/, file);
      assert.equal(r.headers.get('Access-Control-Allow-Origin'), '*', file);
      assert.equal(r.headers.get('Access-Control-Allow-Credentials'), null, file);
    }
  });
});
