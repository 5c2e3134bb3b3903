/**
 * scripts/pg-temp.ts: a throwaway PostgreSQL starts, answers queries over TCP on 127.0.0.1 with
 * the test settings, and stop() leaves neither its folder nor its process behind; the command form
 * hands DATABASE_URL to the command and exits with its status. Skipped where PostgreSQL is not
 * installed (the skip says how to install it).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import pg from 'pg';
import { findPostgres, INSTALL_HINT, isAlive, startPgTemp } from '../../scripts/pg-temp.ts';

const installed = (() => {
  try {
    findPostgres();
    return true;
  } catch {
    return false;
  }
})();
const skip = installed ? false : `PostgreSQL is not installed: ${INSTALL_HINT}`;

test('without PostgreSQL, the error says how to install it', () => {
  assert.throws(
    () => findPostgres('/nonexistent/postgresql'),
    (e: Error) => e.message.includes('install it with `apt-get install -y postgresql`'),
  );
});

test('starts, answers a query, and stop() removes the folder and the process', { skip, timeout: 120_000 }, async () => {
  const server = await startPgTemp({ database: 'pg_temp_test' });
  assert.match(server.url, /^postgres:\/\/postgres@127\.0\.0\.1:\d+\/pg_temp_test$/);
  assert.ok(existsSync(server.dir), 'the folder exists while it runs');
  assert.ok(isAlive(server.pid), 'the postmaster runs');
  try {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      await client.query('create table t (id int primary key, name text)');
      await client.query('insert into t values (1, $1)', ['Nguyễn Văn A']);
      const { rows } = await client.query('select name, current_database() as db from t');
      assert.deepEqual(rows, [{ name: 'Nguyễn Văn A', db: 'pg_temp_test' }]);
      const setting = async (name: string) => (await client.query(`select current_setting('${name}') as v`)).rows[0].v;
      assert.equal(await setting('fsync'), 'on', 'fsync stays on unless asked (crash tests rely on it)');
      assert.equal(await setting('listen_addresses'), '127.0.0.1');
      assert.equal(await setting('max_connections'), '200');
      assert.equal(await setting('server_encoding'), 'UTF8');
      assert.equal((await client.query(`select upper('đặng') as v`)).rows[0].v, 'ĐẶNG', 'LC_CTYPE knows Vietnamese letters');
    } finally {
      await client.end();
    }
  } finally {
    await server.stop();
  }
  assert.equal(existsSync(server.dir), false, 'the folder is deleted');
  assert.equal(isAlive(server.pid), false, 'the postmaster has exited');
  await server.stop(); // a second stop() is harmless
});

test('the command form runs the command with DATABASE_URL and exits with its status', { skip, timeout: 120_000 }, () => {
  const script = fileURLToPath(new URL('../../scripts/pg-temp.ts', import.meta.url));
  const check = `
    const u = process.env.DATABASE_URL;
    if (!/^postgres:\\/\\/postgres@127\\.0\\.0\\.1:\\d+\\/test$/.test(u)) process.exit(2);
    const pg = require('pg');
    const c = new pg.Client({ connectionString: u });
    c.connect().then(() => c.query('select 40 + 2 as n')).then((r) => c.end().then(() => process.exit(r.rows[0].n === 42 ? 7 : 3)), () => process.exit(4));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--', process.execPath, '-e', check], {
    encoding: 'utf8',
    timeout: 100_000,
  });
  assert.equal(run.status, 7, `exit status of the command (stderr: ${run.stderr})`);
  const dir = /in (\/\S+)/.exec(run.stderr)?.[1];
  assert.ok(dir, `pg-temp names its folder on stderr: ${run.stderr}`);
  assert.equal(existsSync(dir), false, 'the folder is deleted after the command');
});
