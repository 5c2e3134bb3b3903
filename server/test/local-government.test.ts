/**
 * Two-level local government and the thẻ căn cước (#14) in the contest server, on PGlite: the
 * second sample contest (SAMPLE=2026, Bắc Ninh since 1 July 2025) runs and passes the
 * conformance checker; its participants are checked against its flat list of communes and its
 * 12-digit identity number; a contest definition whose levels contradict each other is refused
 * at start, saying what and where.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkEndpoint } from '../../scripts/check-endpoint.ts';
import { CAN_CUOC_12_DIGITS } from '../../src/contract/local-government.ts';
import { sampleDefinition } from '../src/definition.ts';
import { call, freshSettings, participant, removeDir, runServerCommand, startServer, tempDir, type RunningServer } from './harness.ts';

const ORIGIN = 'https://portal.example';
const folders: string[] = [];
after(() => folders.forEach(removeDir));

/** Refused fields of a reply, field → message. */
const refused = (body: { error?: { fields?: { field: string; message: string }[] } }): Record<string, string> =>
  Object.fromEntries((body.error?.fields ?? []).map((f) => [f.field, f.message]));

describe('SAMPLE=2026: Bắc Ninh in two levels, with the thẻ căn cước', () => {
  let server: RunningServer;
  before(async () => {
    server = await startServer({ ...(await freshSettings('pglite')), env: { CORS_ORIGINS: ORIGIN, SAMPLE: '2026' } });
  });
  after(() => server?.kill());

  it('serves a commune contest, open now, with no districts and no district field', async () => {
    const r = await call(server.endpoint, 'GET', '/contest');
    assert.equal(r.status, 200);
    const reg = r.body.registration;
    assert.equal(reg.localGovernment, 'commune');
    assert.equal(reg.identityDocument, 'can-cuoc');
    assert.deepEqual(reg.districts, []);
    assert.ok(reg.communes.length > 5);
    assert.ok(!(reg.fields as { name: string }[]).some((f) => f.name === 'district'));
    const now = Date.parse(r.body.serverTime);
    assert.ok(Date.parse(r.body.opensAt) < now && now < Date.parse(r.body.closesAt), `${r.body.opensAt} – ${r.body.closesAt}`);
  });

  it('refuses a 9-digit CMND with a Vietnamese field error, a district, and a commune not in the list; takes a 12-digit number and a listed commune', async () => {
    const base = { unitId: 'so-tu-phap', communeId: 'tuan-dao' };
    const cmnd = await call(server.endpoint, 'POST', '/attempts', { participant: participant({ ...base, citizenId: '121234567' }) });
    assert.equal(cmnd.status, 422);
    assert.equal(cmnd.body.error.code, 'invalid_participant');
    assert.deepEqual(refused(cmnd.body), { citizenId: CAN_CUOC_12_DIGITS });

    const place = await call(server.endpoint, 'POST', '/attempts', { participant: participant({ ...base, districtId: 'luc-nam', communeId: 'khong-co' }) });
    assert.equal(place.status, 422);
    assert.deepEqual(Object.keys(refused(place.body)).sort(), ['communeId', 'districtId']);

    const ok = await call(server.endpoint, 'POST', '/attempts', { participant: participant(base) });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
  });

  it('passes the conformance checker with 0 failed, including its local-government checks', async () => {
    const report = await checkEndpoint(server.endpoint, { origin: ORIGIN });
    assert.deepEqual(
      report.results.filter((r) => r.outcome === 'fail').map((r) => r.line),
      [],
    );
    const passed = report.results
      .filter((r) => r.outcome === 'pass')
      .map((r) => r.line)
      .join('\n');
    assert.match(passed, /GET \/contest \(local government\)/);
    assert.match(passed, /POST \/attempts \(9-digit CMND, contest asks for the thẻ căn cước\)/);
    assert.match(passed, /POST \/attempts \(a district, contest has none\)/);
  });
});

describe('a contest definition whose local government contradicts itself', () => {
  it('stops the server (exit 1), naming each problem by its path', async () => {
    const def = JSON.parse(JSON.stringify(await sampleDefinition(Date.now(), '2026')));
    const reg = def.contest.registration;
    // A two-level contest that still asks for the district, lists districts, and has no communes for its commune field.
    reg.fields.push({ name: 'district', required: false });
    reg.districts = [{ id: 'luc-nam', name: 'Huyện Lục Nam', communes: [] }];
    delete reg.communes;
    const dir = tempDir();
    folders.push(dir);
    const file = join(dir, 'contest.json');
    writeFileSync(file, JSON.stringify(def));
    const district = reg.fields.length - 1;
    const commune = (reg.fields as { name: string }[]).findIndex((f) => f.name === 'commune');
    const r = await runServerCommand(
      'main.ts',
      [],
      { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', DATA_DIR: dir, SERVER_SECRET: 'test-secret', CONTEST_FILE: file },
      60_000,
    );
    assert.equal(r.code, 1, r.output);
    assert.match(r.output, /The contest definition .*contest\.json is not valid/);
    assert.match(r.output, /contest\.registration\.districts: must be empty \(\[\]\) when localGovernment is "commune"/);
    assert.match(r.output, new RegExp(`contest\\.registration\\.fields\\[${district}\\]: no "district" field when localGovernment is "commune"`));
    assert.match(r.output, new RegExp(`contest\\.registration\\.communes: fields\\[${commune}\\] asks for the commune, but there are no communes`));
    assert.doesNotMatch(r.output, /^\s+at /m, 'a message, not a stack trace');
  });

  it('stops the server when SAMPLE names no sample contest', async () => {
    const dir = tempDir();
    folders.push(dir);
    const r = await runServerCommand(
      'main.ts',
      [],
      { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', DATA_DIR: dir, SERVER_SECRET: 'test-secret', SAMPLE: '2019' },
      60_000,
    );
    assert.equal(r.code, 1, r.output);
    assert.match(r.output, /SAMPLE: "2019" is not a sample contest; one of 2020, 2026/);
  });
});
