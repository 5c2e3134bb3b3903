/**
 * Runs the real server as a child process (as a province would: `server/src/main.ts` with
 * environment settings) on the embedded database or on PostgreSQL, for the server's tests.
 *
 * PostgreSQL: `TEST_DATABASE_URL` (an admin URL; each suite gets a database of its own), or,
 * without it, a throwaway PostgreSQL started by scripts/pg-temp.ts when Debian's PostgreSQL is
 * installed. `TEST_DATABASES=pglite` (or `postgres`) limits the suites to one kind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { findPostgres, startPgTemp, type PgTemp } from '../../scripts/pg-temp.ts';
import { openPglite } from '../src/db.ts';
import { migrate } from '../src/migrate.ts';
import { nth } from './must.ts';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = join(REPO, 'server', 'src', 'main.ts');

export type DbKind = 'pglite' | 'postgres';

/**
 * Every child this file started and that has not exited. A suite whose `before` fails leaves
 * its `after` with nothing to kill (CI once waited 90 minutes on a server started by a
 * `Promise.all` whose twin failed), so the file's root `after` kills whatever is still alive:
 * a test file ends when its tests end.
 */
const children = new Set<ChildProcess>();
function track(child: ChildProcess) {
  children.add(child);
  child.once('exit', () => children.delete(child));
}
after(async () => {
  for (const child of children) child.kill('SIGKILL');
  await stopPostgres();
});

export interface RunningServer {
  endpoint: string;
  /** http://HOST:PORT (no trailing slash). */
  origin: string;
  port: number;
  process: ChildProcess;
  /** Everything the process wrote to stdout and stderr. */
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ServerSettings {
  /** postgres://… ; absent: embedded in `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
  port?: number;
  env?: Record<string, string>;
}

/** The PUBLIC_URL every test server gets unless a test sets its own (`env: { PUBLIC_URL: '' }`: none). */
export const PUBLIC_URL = 'https://cuocthi.example.gov.vn';

export async function startServer(settings: ServerSettings): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(settings.port ?? 0),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    SERVER_SECRET: 'test-secret',
    RATE_LIMIT_PER_MINUTE: '0',
    STARTS_PER_PARTICIPANT_PER_MINUTE: '0',
    // One public address, as a deployment behind a proxy has: tests that restart a server on another
    // port, or run two, compare replayed results, whose receipt carries this address (#14).
    PUBLIC_URL: PUBLIC_URL,
    ...(settings.databaseUrl ? { DATABASE_URL: settings.databaseUrl } : { DATABASE_URL: '', DATA_DIR: settings.dataDir ?? tempDir() }),
    ...settings.env,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  track(child);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  const endpoint = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the server did not start in 90 s:\n${out}`));
    }, 90_000);
    const look = () => {
      const m = /^endpoint (\S+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(nth(m, 1));
      }
    };
    child.stdout.on('data', look);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`the server exited with ${code} before it listened:\n${out}`));
    });
  });
  const origin = new URL(endpoint).origin;
  return {
    endpoint,
    origin,
    port: Number(new URL(endpoint).port),
    process: child,
    output: () => out,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs one of the server's commands (`server/src/<file>`) until it exits, with its whole output; killed after `timeoutMs`. */
export function runServerCommand(
  file: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'server', 'src', file), ...args], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((ok) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      ok({ code, output });
    }),
  );
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'ccq-server-test-'));

let pgTemp: Promise<PgTemp> | undefined;

/** Which kinds of database the suites run on here. */
export function databaseKinds(): DbKind[] {
  const only = process.env.TEST_DATABASES;
  if (only === 'pglite' || only === 'postgres') return [only];
  if (process.env.TEST_DATABASE_URL) return ['pglite', 'postgres'];
  try {
    findPostgres();
    return ['pglite', 'postgres'];
  } catch {
    console.log('# PostgreSQL is not installed: the PostgreSQL half is skipped (apt-get install -y postgresql)');
    return ['pglite'];
  }
}

async function adminUrl(): Promise<string> {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  pgTemp ??= startPgTemp({ database: 'admin' });
  return (await pgTemp).url;
}

/** A fresh, empty PostgreSQL database for one suite. */
export async function freshDatabase(): Promise<string> {
  const admin = await adminUrl();
  const name = `ccq_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

let pgliteTemplate: Promise<string> | undefined;

/**
 * What a suite needs of one kind of database: settings for a server on a fresh, empty database.
 * A new PGlite folder costs an initdb (seconds of CPU in WASM), so one is made and migrated once
 * per test process and copied for each server.
 */
export async function freshSettings(kind: DbKind): Promise<ServerSettings> {
  if (kind === 'postgres') return { databaseUrl: await freshDatabase() };
  pgliteTemplate ??= (async () => {
    const dir = tempDir();
    process.once('exit', () => removeDir(dir));
    const db = await openPglite(dir);
    await migrate(db);
    await db.close();
    return dir;
  })();
  const dir = tempDir();
  cpSync(await pgliteTemplate, dir, { recursive: true });
  return { dataDir: dir };
}

export async function stopPostgres() {
  if (pgTemp) await (await pgTemp).stop();
  pgTemp = undefined;
}

export function removeDir(dir: string | undefined) {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------- a participant

let serial = randomInt(0, 1_000_000);

/** A valid participant of the sample contest, different on every call (CCCD, phone). */
export function participant(overrides: Record<string, unknown> = {}) {
  const n = serial++ % 1_000_000;
  const six = String(n).padStart(6, '0');
  return {
    fullName: 'Nguyễn Thị Bình',
    birthDate: '1990-05-17',
    gender: 'female',
    citizenId: `024190${six}`,
    phone: `0912${six}`,
    email: `binh${six}@example.vn`,
    unitId: 'van-phong-tinh-uy',
    consent: true,
    ...overrides,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the default body type is JSON.parse's, on purpose
export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as Reply: a body nobody typed is JSON.parse's any
export async function call<T = any>(endpoint: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
  const res = await fetch(`${endpoint}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON: kept as text */
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

/** Answers for an attempt: the first option of every question (some right, some wrong). */
export function answersFor(attempt: { questions: { id: string; options: { id: string }[] }[] }) {
  return { answers: attempt.questions.map((q) => ({ questionId: q.id, optionIds: [nth(q.options, 0).id] })), prediction: 42, reason: 'confirmed' as const };
}
