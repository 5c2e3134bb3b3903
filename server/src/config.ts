/**
 * The server's settings, from the environment. Every setting is described in the README
 * ("Running the contest server"); a wrong value stops the server with a message naming it.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root: the built element is looked for in its dist/ whatever the working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Config {
  port: number;
  host: string;
  /** postgres://… : a PostgreSQL server. Absent: the embedded database in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  databasePoolSize: number;
  /** A contest definition (JSON). Absent: the sample contest, open now. */
  contestFile?: string;
  /** Origins of the portal pages that embed the element (CORS). `*`: any origin, without credentials. */
  corsOrigins: string[];
  /** The key of the participants' identity hashes. Absent: one generated and kept in the database. */
  serverSecret?: string;
  logLevel: string;
  /** Requests per minute per client IP to the API; 0: no limit. */
  rateLimitPerMinute: number;
  /** Attempt starts per minute per participant; 0: no limit. */
  startsPerParticipantPerMinute: number;
  /** Fastify's trustProxy: how to read the client's IP behind the portal's reverse proxy. */
  trustProxy: boolean | string | number;
  leaderboardMaxAgeSeconds: number;
  /** A captcha provider's siteverify URL (reCAPTCHA, hCaptcha, Turnstile) and secret. */
  captchaVerifyUrl?: string;
  captchaSecret?: string;
  /** Where the built element is (the page at / loads it). */
  distDir: string;
  /** A link shown on the page at / (the scenario playground that `npm start` runs beside the server). */
  playgroundUrl?: string;
  /** Organiser sessions end after this long without a request… */
  adminSessionIdleSeconds: number;
  /** …or this long after sign-in, whichever comes first (docs/admin-api.md). */
  adminSessionMaxSeconds: number;
  /**
   * The origin the organisers' dashboard is reached at (https://host[:port]), which a state-changing
   * request's Origin header must equal. Absent: the origin of the request itself (its Host header,
   * and X-Forwarded-Host/-Proto from a trusted proxy).
   */
  adminOrigin?: string;
  /** Where participants reach this server (the certificate's QR code points under it); absent: each request's own address. */
  publicUrl?: string;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name}: expected a whole number from ${min} to ${max}, got "${raw}".`);
  return n;
}

function trustProxyOf(raw: string | undefined): Config['trustProxy'] {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL: expected postgres://user:password@host:port/database.');
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);
  for (const o of corsOrigins) {
    if (o !== '*' && !/^https?:\/\/[^/\s]+$/.test(o)) throw new ConfigError(`CORS_ORIGINS: "${o}" is not an origin (scheme://host[:port], no path).`);
  }
  const publicUrl = env.PUBLIC_URL ? env.PUBLIC_URL.trim().replace(/\/$/, '') : undefined;
  if (publicUrl && !/^https?:\/\/[^\s?#]+$/.test(publicUrl))
    throw new ConfigError(`PUBLIC_URL: "${publicUrl}" is not an address (https://host[/path], no query).`);
  const adminOrigin = env.ADMIN_ORIGIN ? env.ADMIN_ORIGIN.trim().replace(/\/$/, '') : undefined;
  if (adminOrigin && !/^https?:\/\/[^/\s]+$/.test(adminOrigin))
    throw new ConfigError(`ADMIN_ORIGIN: "${adminOrigin}" is not an origin (scheme://host[:port], no path).`);
  if (env.CAPTCHA_VERIFY_URL && !env.CAPTCHA_SECRET) throw new ConfigError('CAPTCHA_VERIFY_URL is set without CAPTCHA_SECRET.');
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir: resolve(root, env.DATA_DIR || 'data'),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 20, 1, 1000),
    contestFile: env.CONTEST_FILE ? resolve(root, env.CONTEST_FILE) : undefined,
    corsOrigins,
    serverSecret: env.SERVER_SECRET || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    startsPerParticipantPerMinute: integer(env, 'STARTS_PER_PARTICIPANT_PER_MINUTE', 10, 0, 1_000_000),
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    leaderboardMaxAgeSeconds: integer(env, 'LEADERBOARD_MAX_AGE_SECONDS', 10, 1, 3600),
    captchaVerifyUrl: env.CAPTCHA_VERIFY_URL || undefined,
    captchaSecret: env.CAPTCHA_SECRET || undefined,
    distDir: env.DIST_DIR ? resolve(root, env.DIST_DIR) : resolve(REPO_ROOT, 'dist'),
    playgroundUrl: env.PLAYGROUND_URL || undefined,
    adminSessionIdleSeconds: integer(env, 'ADMIN_SESSION_IDLE_SECONDS', 8 * 3600, 1, 30 * 86400),
    adminSessionMaxSeconds: integer(env, 'ADMIN_SESSION_MAX_SECONDS', 24 * 3600, 1, 30 * 86400),
    adminOrigin,
    publicUrl,
  };
}
