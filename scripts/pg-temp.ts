/**
 * A throwaway PostgreSQL server for tests, benchmarks and CI: Debian's PostgreSQL (the newest
 * version under /usr/lib/postgresql) in a fresh temporary folder, on a free port, listening on
 * 127.0.0.1 only, deleted again by `stop()`.
 *
 *   const pg = await startPgTemp();          // { url: 'postgres://postgres@127.0.0.1:PORT/test', stop() }
 *   …
 *   await pg.stop();                         // pg_ctl -m fast stop, then the folder is deleted
 *
 *   npx tsx scripts/pg-temp.ts -- npm run test:server   # DATABASE_URL set for the command, exits with its status
 *   npx tsx scripts/pg-temp.ts                          # prints DATABASE_URL, runs until Ctrl-C
 *   npx tsx scripts/pg-temp.ts --fsync-off --database contest -- node …
 *
 * A caller that dies does not leave a server behind: `stop()` also runs on process exit, on SIGINT,
 * SIGTERM and SIGHUP (when nothing else handles them), and a detached watchdog shell stops the server
 * and deletes the folder once the caller's process is gone, even after a SIGKILL.
 *
 * As root the server runs as the `postgres` user (`runuser -u postgres --`), which owns the folder;
 * as another user it runs as that user.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const INSTALL_HINT = 'install it with `apt-get install -y postgresql`';

export interface PgTempOptions {
  /** The database created for the caller. Default `test`. */
  database?: string;
  /**
   * `fsync` stays on by default: crash tests rely on committed data surviving a kill. Turn it off
   * only where durability does not matter (it makes commits cheaper, not the server faster to start).
   */
  fsync?: boolean;
  /** Extra `postgresql.conf` settings; they override the defaults below. */
  settings?: Record<string, string | number | boolean>;
  /** The folder with `initdb`, `pg_ctl`, … Default: the newest `/usr/lib/postgresql/<version>/bin`. */
  binDir?: string;
  /** Where the temporary folder is made. Default: the system's temporary folder (`/tmp` as root). */
  baseDir?: string;
  /** Stop the server when this process dies without calling `stop()` (exit hooks and a watchdog). Default true. */
  cleanup?: boolean;
  /** Handle SIGINT/SIGTERM/SIGHUP when nothing else does (stop, then exit 128+signal). Default true. */
  signals?: boolean;
}

export interface PgTemp {
  /** `postgres://postgres@127.0.0.1:PORT/DATABASE` */
  url: string;
  port: number;
  database: string;
  /** The temporary folder (data in `data/`, the server's log in `postgres.log`, the socket). */
  dir: string;
  /** The postmaster's process id. */
  pid: number;
  /** e.g. `15` */
  version: string;
  /** Stop the server (`pg_ctl -m fast stop`) and delete the folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** The newest installed Debian PostgreSQL: its bin folder and major version. */
export function findPostgres(root = '/usr/lib/postgresql'): { binDir: string; version: string } {
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+(\.\d+)?$/.test(v) && existsSync(path.join(root, v, 'bin', 'postgres')) && existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const [newest] = versions;
  if (newest === undefined) throw new Error(`PostgreSQL is not installed (no ${root}/<version>/bin/initdb): ${INSTALL_HINT}`);
  return { binDir: path.join(root, newest, 'bin'), version: newest };
}

const isRoot = () => process.getuid?.() === 0;

/** The uid and gid of the `postgres` user (needed when running as root). */
function postgresUser(): { uid: number; gid: number } {
  const r = spawnSync('getent', ['passwd', 'postgres'], { encoding: 'utf8' });
  const fields = r.status === 0 ? r.stdout.trim().split(':') : [];
  if (fields.length < 4) throw new Error(`There is no 'postgres' user to run PostgreSQL as root: ${INSTALL_HINT}`);
  return { uid: Number(fields[2]), gid: Number(fields[3]) };
}

/** A server program's command line: as root, through `runuser -u postgres --`. */
function serverCommand(binDir: string, program: string, args: string[]): [string, string[]] {
  const bin = path.join(binDir, program);
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    const keep = (b: Buffer) => {
      if (output.length < 20_000) output += b.toString('utf8');
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (e) => resolve({ code: null, output: `${output}${e.message}` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Alive and not a zombie (the postmaster is not our child, and nobody may reap it at once). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** LC_COLLATE C (byte order, PostgreSQL's fast path, as in PGlite); LC_CTYPE C.UTF-8 where it exists, so lower()/upper() know Vietnamese letters. */
function localeArgs(): string[] {
  const r = spawnSync('locale', ['-a'], { encoding: 'utf8' });
  const utf8 = r.status === 0 && /^C\.(utf8|UTF-8)$/im.test(r.stdout);
  return ['--locale=C', ...(utf8 ? ['--lc-ctype=C.UTF-8'] : [])];
}

// ---------------------------------------------------------------------- clean-up when the caller dies

interface Live {
  dir: string;
  stopSync(): void;
}
const live = new Set<Live>();
let hooksInstalled = false;
let signalHooks = false;

function installHooks(signals: boolean) {
  if (!hooksInstalled) {
    hooksInstalled = true;
    process.on('exit', () => {
      for (const instance of [...live]) instance.stopSync();
    });
  }
  if (signals && !signalHooks) {
    signalHooks = true;
    for (const [signal, number] of [
      ['SIGINT', 2],
      ['SIGTERM', 15],
      ['SIGHUP', 1],
    ] as const) {
      process.on(signal, () => {
        // Someone else handles this signal: when they exit, the exit hook above stops the servers.
        if (process.listenerCount(signal) > 1) return;
        process.exit(128 + number);
      });
    }
  }
}

/** A detached shell that stops the server and deletes the folder once `parent` has died (SIGKILL included). */
function startWatchdog(parent: number, dir: string, stop: [string, string[]]): number | undefined {
  const script = [
    'parent=$1; dir=$2; shift 2',
    'while kill -0 "$parent" 2>/dev/null && ! grep -qs "^State:.*Z" /proc/"$parent"/status; do sleep 1; done',
    '"$@" >/dev/null 2>&1',
    'rm -rf "$dir"',
  ].join('\n');
  try {
    const child = spawn('sh', ['-c', script, 'pg-temp-watchdog', String(parent), dir, stop[0], ...stop[1]], {
      detached: true,
      stdio: 'ignore',
    });
    child.on('error', () => {});
    child.unref();
    return child.pid;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------- start

/** Start a throwaway PostgreSQL. Throws (with the way to install it) when none is installed. */
export async function startPgTemp(options: PgTempOptions = {}): Promise<PgTemp> {
  const { binDir, version } = options.binDir ? { binDir: options.binDir, version: path.basename(path.dirname(options.binDir)) } : findPostgres();
  if (!existsSync(path.join(binDir, 'pg_ctl'))) throw new Error(`No pg_ctl in ${binDir}: ${INSTALL_HINT}`);
  const database = options.database ?? 'test';
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Database name must be a plain identifier: ${database}`);
  const owner = isRoot() ? postgresUser() : undefined;
  const cleanup = options.cleanup ?? true;

  const dir = mkdtempSync(path.join(options.baseDir ?? (owner ? '/tmp' : os.tmpdir()), 'pg-temp-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'postgres.log');
  if (owner) chownSync(dir, owner.uid, owner.gid);

  const stopCommand = (mode: 'fast' | 'immediate', seconds: number) =>
    serverCommand(binDir, 'pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', String(seconds), 'stop']);
  let pid = 0;
  let watchdog: number | undefined;
  let stopped = false;

  const killWatchdog = () => {
    if (watchdog === undefined) return;
    try {
      // Its own process group (detached): the shell and its `sleep`.
      process.kill(-watchdog, 'SIGKILL');
    } catch {
      /* already gone */
    }
    watchdog = undefined;
  };
  const serverRunning = () => existsSync(path.join(dataDir, 'postmaster.pid')) || (pid > 0 && isAlive(pid));

  const instance: Live = {
    dir,
    stopSync() {
      if (stopped) return;
      stopped = true;
      live.delete(instance);
      killWatchdog();
      if (serverRunning()) {
        const [cmd, args] = stopCommand('fast', 20);
        spawnSync(cmd, args, { stdio: 'ignore', timeout: 25_000 });
        if (pid > 0 && isAlive(pid)) {
          const [icmd, iargs] = stopCommand('immediate', 10);
          spawnSync(icmd, iargs, { stdio: 'ignore', timeout: 15_000 });
        }
        if (pid > 0 && isAlive(pid)) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            /* gone */
          }
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };

  const stopAsync = async () => {
    if (stopped) return;
    stopped = true;
    live.delete(instance);
    killWatchdog();
    if (serverRunning()) {
      const [cmd, args] = stopCommand('fast', 30);
      await run(cmd, args, 35_000);
      if (pid > 0 && isAlive(pid)) {
        const [icmd, iargs] = stopCommand('immediate', 10);
        await run(icmd, iargs, 15_000);
      }
      // pg_ctl returns once postmaster.pid is gone; the process itself ends a moment later.
      for (let i = 0; i < 100 && pid > 0 && isAlive(pid); i++) await sleep(50);
      if (pid > 0 && isAlive(pid)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopAsync());

  if (cleanup) {
    live.add(instance);
    installHooks(options.signals ?? true);
  }

  try {
    const [initCmd, initArgs] = serverCommand(binDir, 'initdb', ['-D', dataDir, '-A', 'trust', '--no-sync', '-E', 'UTF8', '-U', 'postgres', ...localeArgs()]);
    const init = await run(initCmd, initArgs, 120_000);
    if (init.code !== 0) throw new Error(`initdb failed (exit ${init.code}):\n${init.output.trim()}`);

    const settings: Record<string, string | number | boolean> = {
      listen_addresses: '127.0.0.1',
      unix_socket_directories: dir,
      // Enough for several server processes with their pools, tests and psql beside them.
      max_connections: 200,
      shared_buffers: '256MB',
      fsync: options.fsync ?? true,
      // Tests and benchmarks run short queries; JIT compiling them only costs time on 2 cores.
      jit: false,
      ...options.settings,
    };
    const conf = (port: number) =>
      `\n# pg-temp (scripts/pg-temp.ts)\n${Object.entries({ port, ...settings })
        .map(([k, v]) => `${k} = ${typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 'on' : 'off') : `'${String(v).replace(/'/g, "''")}'`}`)
        .join('\n')}\n`;

    // A free port can be taken by someone else before the server binds it: try another.
    let port = 0;
    for (let tries = 1; ; tries++) {
      port = await freePort();
      // Later lines win in postgresql.conf, so a retry only appends.
      appendFileSync(path.join(dataDir, 'postgresql.conf'), conf(port));
      const [startCmd, startArgs] = serverCommand(binDir, 'pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '60', '-s', 'start']);
      const started = await run(startCmd, startArgs, 70_000);
      if (started.code === 0) break;
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      if (tries < 3 && /could not bind|already in use/i.test(log)) continue;
      throw new Error(`PostgreSQL did not start (pg_ctl exit ${started.code}):\n${started.output.trim()}\n${log.trim().split('\n').slice(-20).join('\n')}`);
    }
    pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (cleanup) watchdog = startWatchdog(process.pid, dir, stopCommand('fast', 30));

    const created = await run(path.join(binDir, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database], 30_000);
    if (created.code !== 0) throw new Error(`createdb ${database} failed (exit ${created.code}):\n${created.output.trim()}`);

    return { url: `postgres://postgres@127.0.0.1:${port}/${database}`, port, database, dir, pid, version, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

// ---------------------------------------------------------------------- command line

const USAGE = `Usage: tsx scripts/pg-temp.ts [--database NAME] [--fsync-off] [--set name=value]… [-- <command …>]

Starts a throwaway PostgreSQL on 127.0.0.1. With a command: runs it with DATABASE_URL set,
stops PostgreSQL and exits with the command's status. Without: prints DATABASE_URL and runs
until interrupted.`;

async function main(argv: string[]): Promise<number> {
  const split = argv.indexOf('--');
  const own = split < 0 ? argv : argv.slice(0, split);
  const [program, ...programArgs] = split < 0 ? [] : argv.slice(split + 1);
  const options: PgTempOptions = { signals: false, settings: {} };
  // One iterator for the flags and the values that follow them: `--database x` takes the next item.
  const args = own.values();
  for (const arg of args) {
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? args.next().value;
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--database') options.database = value();
    else if (flag === '--fsync-off') options.fsync = false;
    else if (flag === '--set') {
      const [name, setting] = value().split(/=(.*)/s, 2);
      if (!name || setting === undefined) throw new Error('--set needs name=value');
      options.settings![name] = setting;
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      return 0;
    } else throw new Error(`Unknown option ${arg}\n${USAGE}`);
  }

  const pg = await startPgTemp(options);
  console.error(`pg-temp: PostgreSQL ${pg.version} on 127.0.0.1:${pg.port} in ${pg.dir}`);
  if (program === undefined) {
    console.log(`DATABASE_URL=${pg.url}`);
    await new Promise<void>((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolve());
    });
    await pg.stop();
    return 0;
  }

  const child = spawn(program, programArgs, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: pg.url } });
  // The command decides what an interrupt means; PostgreSQL stays up until it has exited.
  const forward = (signal: NodeJS.Signals) => () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, forward(signal));
  const status = await new Promise<number>((resolve) => {
    child.on('error', (e) => {
      console.error(`pg-temp: cannot run ${program}: ${e.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 1)));
  });
  await pg.stop();
  return status;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(`pg-temp: ${(e as Error).message}`);
      process.exit(1);
    },
  );
}
