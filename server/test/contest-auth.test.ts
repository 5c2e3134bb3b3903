/**
 * The contest document's `auth` and the units' `other` flag (#14) in the contest server: a
 * CONTEST_FILE whose login page is not https: or a path of the portal (a `javascript:` URL), or
 * that marks two units as the "other" unit, stops the server, naming the file and each problem
 * by its path; both samples mark their "Khác / Người dân" unit.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sampleDefinition } from '../src/definition.ts';
import { removeDir, runServerCommand, tempDir } from './harness.ts';
import { nth } from './must.ts';

const folders: string[] = [];
after(() => folders.forEach(removeDir));

async function runWith(change: (def: { contest: Record<string, unknown> & { registration: { units: { id: string; other?: boolean }[] } } }) => void) {
  const def = JSON.parse(JSON.stringify(await sampleDefinition(Date.now(), '2020')));
  change(def);
  const dir = tempDir();
  folders.push(dir);
  const file = join(dir, 'contest.json');
  writeFileSync(file, JSON.stringify(def));
  const r = await runServerCommand(
    'main.ts',
    [],
    { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', DATA_DIR: dir, SERVER_SECRET: 'test-secret', CONTEST_FILE: file },
    60_000,
  );
  return { ...r, file };
}

describe('CONTEST_FILE: auth and the other unit', () => {
  it('stops the server (exit 1) on a javascript: login URL, naming the file and contest.auth.loginUrl', async () => {
    const r = await runWith((def) => {
      def.contest.auth = { required: true, loginUrl: 'javascript:alert(1)', provider: 'VNeID' };
    });
    assert.equal(r.code, 1, r.output);
    assert.ok(r.output.includes(`The contest definition ${r.file} is not valid`), r.output);
    assert.match(r.output, /contest\.auth\.loginUrl: Invalid string: must match pattern/);
    assert.doesNotMatch(r.output, /^\s+at /m, 'a message, not a stack trace');
  });

  it('stops the server on a protocol-relative login URL (//host is another site)', async () => {
    const r = await runWith((def) => {
      def.contest.auth = { required: true, loginUrl: '//evil.example/login' };
    });
    assert.equal(r.code, 1, r.output);
    assert.match(r.output, /contest\.auth\.loginUrl: Invalid string: must match pattern/);
  });

  it('stops the server when two units are the other unit', async () => {
    const r = await runWith((def) => {
      nth(def.contest.registration.units, 0, 'unit').other = true;
    });
    assert.equal(r.code, 1, r.output);
    assert.match(r.output, /contest\.registration\.units\[\d+\]\.other: only one unit may be the other unit; units\[0\] is/);
  });

  it('both samples mark their "Khác / Người dân" unit as the other unit, and only it', async () => {
    for (const sample of ['2020', '2026']) {
      const def = await sampleDefinition(Date.now(), sample);
      const others = def.contest.registration.units.filter((u) => u.other);
      assert.deepEqual(
        others.map((u) => u.name),
        ['Khác / Người dân'],
        sample,
      );
    }
  });
});
