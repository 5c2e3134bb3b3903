/**
 * The contest server: `npm run serve` (or `npm start`, which builds the element first).
 * Settings come from the environment (server/src/config.ts, README "Running the contest
 * server"). When it listens it prints one line, `endpoint http://HOST:PORT/api/cuoc-thi/<id>`,
 * the value for the element's `endpoint` attribute.
 */
import { randomBytes } from 'node:crypto';
import { buildApp, apiPrefix } from './app.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { onlyRow, openDb, type Db } from './db.ts';
import { DefinitionError, readDefinitionFile, sampleDefinition } from './definition.ts';
import { migrate } from './migrate.ts';

/** The identity-hash key: SERVER_SECRET, or one generated once and kept in the database, so every process shares it. */
async function identitySecret(db: Db, config: Config): Promise<string> {
  if (config.serverSecret) return config.serverSecret;
  await db.query("insert into settings (key, value) values ('identity_secret', $1) on conflict (key) do nothing", [randomBytes(32).toString('base64url')]);
  // The insert above made sure the row is there.
  return onlyRow(await db.query<{ value: string }>("select value from settings where key = 'identity_secret'"), 'the identity secret').value;
}

/** A siteverify check (reCAPTCHA, hCaptcha and Turnstile share this API). */
function captchaVerifier(config: Config) {
  const { captchaVerifyUrl: url, captchaSecret: secret } = config;
  if (!url || !secret) return undefined;
  return async (token: string | undefined) => {
    if (!token) return false;
    try {
      const res = await fetch(url, { method: 'POST', body: new URLSearchParams({ secret, response: token }), signal: AbortSignal.timeout(5000) });
      const json = (await res.json()) as { success?: unknown };
      return json.success === true;
    } catch {
      return false;
    }
  };
}

async function main() {
  const config = readConfig();
  const definition = config.contestFile ? readDefinitionFile(config.contestFile) : await sampleDefinition();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize });
  await migrate(db);
  const app = await buildApp({ config, db, definition, secret: await identitySecret(db, config), verifyCaptcha: captchaVerifier(config) });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // Requests in flight finish; new ones get 503. A stuck one cannot hold the exit for ever.
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const address = await app.listen({ port: config.port, host: config.host });
  const base = address.replace('://[::1]', '://localhost');
  console.log(`endpoint ${base}${apiPrefix(definition.contest.id)}`);
  console.log(
    `cai-cach-quiz server: ${base}/ · database: ${db.kind === 'pglite' ? `embedded (PGlite) in ${config.dataDir}` : 'PostgreSQL'} · contest: ${definition.contest.id} (${definition.contest.opensAt} → ${definition.contest.closesAt})`,
  );
}

main().catch((e) => {
  if (e instanceof ConfigError || e instanceof DefinitionError) console.error(e.message);
  else console.error(e);
  process.exit(1);
});
