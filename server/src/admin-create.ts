/**
 * Creates an organiser account for the dashboard at /admin, or sets a new password.
 *
 *   npm run admin:create -- --username quantri --role admin
 *   npm run admin:create -- --username thongke --role viewer
 *   npm run admin:create -- --username quantri --reset-password [--role viewer]
 *
 * The password comes from the ADMIN_PASSWORD environment variable, or is asked twice on the
 * terminal without being shown; never from the command line, where it would stay in the shell's
 * history and in the process list. At least 12 characters. A reset also signs the account out
 * everywhere. Uses the server's DATABASE_URL / DATA_DIR; on the embedded database stop the
 * server first (one process opens its data folder).
 *
 * Exit status: 0 done, 1 refused (name taken, no such account, password too short…), 2 usage.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createUser, passwordProblem, resetPassword, ROLES, usernameProblem, type Role } from './admin/accounts.ts';
import { readConfig } from './config.ts';
import { openDb } from './db.ts';
import { migrate } from './migrate.ts';

const USAGE = `Cách dùng:
  admin:create --username <tên> --role admin|viewer
      Tạo tài khoản quản trị (admin: xem, xuất dữ liệu cá nhân, nhập bộ câu hỏi, xoá dữ liệu cá nhân;
      viewer: chỉ xem số liệu tổng hợp).
  admin:create --username <tên> --reset-password [--role admin|viewer]
      Đặt lại mật khẩu (và vai trò, nếu có --role) của tài khoản đã có; mọi phiên đăng nhập của tài khoản bị đăng xuất.
Mật khẩu lấy từ biến môi trường ADMIN_PASSWORD, nếu không có thì được hỏi trên màn hình (không hiện ký tự). Tối thiểu 12 ký tự.`;

class UsageError extends Error {}

/** Reads a line from the terminal without echoing it (raw mode: each key arrives as typed, nothing is printed). */
export function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    return Promise.reject(new UsageError('Không có biến môi trường ADMIN_PASSWORD và không có màn hình (terminal) để nhập mật khẩu.'));
  }
  process.stderr.write(question);
  return new Promise((ok, fail) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          finish();
          ok(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          fail(new UsageError('Đã huỷ.'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const first = await promptHidden('Mật khẩu (ít nhất 12 ký tự): ');
  const problem = passwordProblem(first);
  if (problem) throw new UsageError(problem);
  const second = await promptHidden('Nhập lại mật khẩu: ');
  if (first.normalize('NFC') !== second.normalize('NFC')) throw new UsageError('Hai lần nhập mật khẩu không khớp nhau.');
  return first;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        username: { type: 'string' },
        role: { type: 'string' },
        'reset-password': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const reset = values['reset-password'] ?? false;
  const username = (values.username ?? '').trim().toLowerCase();
  const role = values.role as Role | undefined;
  if (!username) {
    console.error(`Thiếu --username.\n\n${USAGE}`);
    return 2;
  }
  if (role !== undefined && !ROLES.includes(role)) {
    console.error(`--role chỉ nhận admin hoặc viewer.\n\n${USAGE}`);
    return 2;
  }
  if (!reset && !role) {
    console.error(`Thiếu --role (admin hoặc viewer).\n\n${USAGE}`);
    return 2;
  }
  const nameProblem = usernameProblem(username);
  if (nameProblem) {
    console.error(nameProblem);
    return 1;
  }

  let password: string;
  try {
    password = await readPassword();
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
  const problem = passwordProblem(password);
  if (problem) {
    console.error(problem);
    return 1;
  }

  const config = readConfig();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    await migrate(db);
    if (reset) {
      if (!(await resetPassword(db, username, password, role))) {
        console.error(`Không có tài khoản “${username}”. Bỏ --reset-password để tạo tài khoản mới.`);
        return 1;
      }
      console.log(`Đã đặt lại mật khẩu cho tài khoản “${username}”${role ? ` (vai trò: ${role})` : ''}; mọi phiên đăng nhập của tài khoản đã bị đăng xuất.`);
      return 0;
    }
    if (!(await createUser(db, username, role!, password))) {
      console.error(`Tài khoản “${username}” đã có. Dùng --reset-password để đặt lại mật khẩu.`);
      return 1;
    }
    console.log(`Đã tạo tài khoản “${username}” (vai trò: ${role}). Đăng nhập tại /admin trên máy chủ cuộc thi.`);
    return 0;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => (process.exitCode = code),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
