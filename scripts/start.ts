/**
 * `npm start`: the product as a newcomer should first see it. The contest server on the
 * embedded database (http://127.0.0.1:8080/, the built element pointed at it), and beside it
 * the scenario playground (the element against the in-browser reference backend, msw, at
 * http://127.0.0.1:5173/), which is the quickest way to see every failure state. Both stop
 * on Ctrl-C. Settings of the server pass through the environment (README).
 *
 * The first time (no data folder yet, embedded database), it also creates the organisers'
 * first account, `bantochuc`, with a random password printed once, so the dashboard at
 * /admin can be tried at once; `npm run admin:create` makes others or resets it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PLAYGROUND_PORT = 5173;
const playgroundUrl = `http://127.0.0.1:${PLAYGROUND_PORT}/`;

const children: ChildProcess[] = [];
const run = (name: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? `exit ${code}`}).`);
    if (name === 'server') stop(code ?? 1);
  });
  children.push(child);
  return child;
};

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
  // Waiting on 'exit' events cannot reject: nothing to handle, so the promise is left to run.
  void Promise.all(children.filter((c) => c.exitCode === null).map((c) => new Promise((ok) => c.once('exit', ok)))).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const dataDir = resolve(ROOT, process.env.DATA_DIR ?? 'data');
let firstAdmin: string | undefined;
if (!process.env.DATABASE_URL && !existsSync(dataDir)) {
  // Before the server: the embedded database is opened by one process at a time.
  const password = randomBytes(12).toString('base64url');
  const made = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'server', 'src', 'admin-create.ts'), '--username', 'bantochuc', '--role', 'admin'], {
    cwd: ROOT,
    env: { ...process.env, ADMIN_PASSWORD: password },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (made.status === 0) firstAdmin = password;
}

run('server', ['--import', 'tsx', join(ROOT, 'server', 'src', 'main.ts')], { PLAYGROUND_URL: process.env.PLAYGROUND_URL ?? playgroundUrl });
run('playground', [
  join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
  '--host',
  '127.0.0.1',
  '--port',
  String(PLAYGROUND_PORT),
  '--strictPort',
  '--clearScreen',
  'false',
  '--logLevel',
  'warn',
]);
console.log(`Scenario playground (in-browser reference backend): ${playgroundUrl}`);
const port = process.env.PORT ?? '8080';
console.log(
  firstAdmin
    ? `Trang quản trị (Ban Tổ chức): http://127.0.0.1:${port}/admin  (tài khoản bantochuc, mật khẩu ${firstAdmin}; mật khẩu chỉ hiện lần này, đặt lại: npm run admin:create -- --username bantochuc --reset-password)`
    : `Trang quản trị (Ban Tổ chức): http://127.0.0.1:${port}/admin (tạo tài khoản khi máy chủ dừng: npm run admin:create -- --username <tên> --role admin)`,
);
