/**
 * The retention command: once the prizes are decided, delete the personal data the contest
 * no longer needs (Nghị định 13/2023/NĐ-CP: kept only as long as the purpose requires).
 *
 *   npm run retention                      # what would be deleted (changes nothing)
 *   npm run retention -- --confirm         # delete it
 *   npm run retention -- --confirm --contest cchc-bac-giang-2020
 *
 * Deleted: birth date, gender, citizen id, phone, email, district and commune; the full name
 * becomes its masked form ("Nguyễn V. A."), which is all the public leaderboard ever shows.
 * Kept: the keyed hash of the identity (it cannot be reversed without the server's secret),
 * the unit, attempts, answers and scores, so the results and statistics stay whole.
 * Uses the same DATABASE_URL / DATA_DIR as the server; on the embedded database, stop the
 * server first (one process opens its data folder).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { maskName } from '../../src/contract/grading.ts';
import { readConfig } from './config.ts';
import { onlyRow, openDb, type Db } from './db.ts';
import { migrate } from './migrate.ts';

export interface RetentionReport {
  participants: number;
  deleted: boolean;
}

export async function deletePersonalData(db: Db, options: { contestId?: string; confirm: boolean }): Promise<RetentionReport> {
  const where = `personal_data_deleted_at is null${options.contestId ? ' and contest_id = $1' : ''}`;
  const params = options.contestId ? [options.contestId] : [];
  const { n } = onlyRow(await db.query<{ n: number }>(`select count(*)::int as n from participants where ${where}`, params), 'the count of participants');
  if (!options.confirm) return { participants: n, deleted: false };
  await db.transaction(async (tx) => {
    const { rows: people } = await tx.query<{ id: number; full_name: string | null }>(
      `select id, full_name from participants where ${where} for update`,
      params,
    );
    // In batches: one statement per 5,000 people, not one per person.
    for (let i = 0; i < people.length; i += 5000) {
      const batch = people.slice(i, i + 5000);
      await tx.query(
        `update participants p set full_name = m.masked, birth_date = null, gender = null, citizen_id = null, phone = null, email = null,
           district_id = null, commune_id = null, personal_data_deleted_at = now()
         from unnest($1::bigint[], $2::text[]) as m(id, masked) where p.id = m.id`,
        [batch.map((p) => p.id), batch.map((p) => (p.full_name ? maskName(p.full_name) : null))],
      );
    }
  });
  return { participants: n, deleted: true };
}

async function main() {
  const args = process.argv.slice(2);
  const confirm = args.includes('--confirm');
  const at = args.indexOf('--contest');
  const contestId = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !contestId) throw new Error('--contest needs a contest id');
  const config = readConfig();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
    const report = await deletePersonalData(db, { contestId, confirm });
    console.log(
      report.deleted
        ? `Deleted the personal data of ${report.participants} participants (birth date, gender, citizen id, phone, email, district, commune; names masked).`
        : `${report.participants} participants still have personal data. Nothing was changed: run again with --confirm to delete it.`,
    );
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
