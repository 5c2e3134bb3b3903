/**
 * One small interface over the two ways the server reaches PostgreSQL: PGlite (PostgreSQL
 * compiled to WASM, in-process, in a data folder: the default, nothing to install) and a
 * real PostgreSQL server through `pg` (`DATABASE_URL`). The SQL is the same for both; every
 * guarantee of the contract lives in that SQL (constraints, row locks, transactions), so N
 * server processes on one PostgreSQL act as one.
 */
import { mkdirSync, openSync, closeSync, writeSync, readFileSync, unlinkSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import pg from 'pg';

export interface QueryResult<T> {
  rows: T[];
  /** Rows inserted, updated or deleted by the statement (0 for a SELECT in PGlite). */
  rowCount: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction (READ COMMITTED); commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The row of a statement that always returns exactly one (an aggregate without GROUP BY, an
 * INSERT … RETURNING of one row), or an error naming the statement if it returned none.
 */
export function onlyRow<T>({ rows }: { rows: readonly T[] }, what: string): T {
  const [row] = rows;
  if (row === undefined) throw new Error(`${what} returned no row`);
  return row;
}

/** PostgreSQL's SQLSTATE of an error, when it has one. */
export const sqlState = (e: unknown): string | undefined =>
  e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? (e as { code: string }).code : undefined;

// pg parses int8 as a string by default (it may exceed 2^53); our counters never do.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/** A prepared statement's name: a hash of its text, so one text is one statement in every process. */
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `s${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    statementNames.set(sql, name);
  }
  return name;
}

export interface PostgresOptions {
  url: string;
  poolSize?: number;
}

export async function openPostgres({ url, poolSize = 20 }: PostgresOptions): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its connection (a database restart) must not crash the process.
  pool.on('error', () => {});
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params?: readonly unknown[]) {
      // With parameters: a named prepared statement, parsed and planned once per connection
      // (pg keeps them per client) instead of on every call. The hot statements (the
      // submission's one CTE above all) cost PostgreSQL a good part of their CPU in planning.
      const r = params ? await c.query({ name: statementName(sql), text: sql, values: params as unknown[] }) : await c.query(sql);
      return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
    },
    async exec(sql: string) {
      await c.query(sql);
    },
  });
  const db: Db = {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(wrap(client));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  await db.query('select 1');
  return db;
}

/**
 * The embedded database. PGlite runs PostgreSQL in this process, so exactly one process may
 * open a data folder: a lock file holding the pid refuses a second one (two PostgreSQL
 * instances on one folder would corrupt it), and a lock left by a process that died is taken over.
 */
export async function openPglite(dataDir: string): Promise<Db> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, 'server.pid');
  takeLock(lock);
  const { PGlite } = await import('@electric-sql/pglite');
  const lite = await PGlite.create({ dataDir: join(dir, 'pgdata') });
  const wrap = (c: Pick<typeof lite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params?: readonly unknown[]) {
      const r = await c.query<T>(sql, params as unknown[] | undefined);
      return { rows: r.rows, rowCount: r.affectedRows ?? 0 };
    },
    async exec(sql: string) {
      await c.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(lite),
    transaction: (fn) => lite.transaction((tx) => fn(wrap(tx))),
    async close() {
      await lite.close();
      try {
        unlinkSync(lock);
      } catch {
        /* already gone */
      }
    },
  };
}

function takeLock(file: string) {
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
      throw new Error(
        `The data folder ${file.replace(/\/server\.pid$/, '')} is in use by process ${pid}. The embedded database serves one process; ` +
          'run several processes on PostgreSQL (DATABASE_URL) instead.',
      );
    }
    unlinkSync(file);
  }
  const fd = openSync(file, 'wx');
  writeSync(fd, String(process.pid));
  closeSync(fd);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function openDb(options: { databaseUrl?: string; dataDir: string; poolSize?: number }): Promise<Db> {
  return options.databaseUrl ? openPostgres({ url: options.databaseUrl, poolSize: options.poolSize }) : openPglite(options.dataDir);
}
