/**
 * What the /admin routes answer about results and participation, from results.ts (the
 * figures) and results-sheet.ts (the spreadsheets), with the contest definition of the bank
 * in force and the query string checked here: a round is an id of the contest or `*`, an
 * unknown one is 404 with results.ts's Vietnamese message.
 */
import type { BankStore } from '../bank-store.ts';
import type { Db } from '../db.ts';
import { overview, participation, ranking, UnknownRoundError, WHOLE_CONTEST } from '../results.ts';
import { participationXlsx, resultsCsv, resultsXlsx } from '../results-sheet.ts';
import { AdminError } from './errors.ts';

/** Rows of `GET /admin/api/results` when no `limit` is given, and the most a `limit` may ask for. */
export const RESULTS_DEFAULT_LIMIT = 100;
export const RESULTS_MAX_LIMIT = 10_000;

export interface Download {
  data: Buffer | string;
  name: string;
  round: string;
  rows: number;
}

async function notFoundRound<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UnknownRoundError) throw new AdminError(404, 'not_found', e.message);
    throw e;
  }
}

const roundOf = (raw: string | undefined) => (raw === undefined || raw === '' ? WHOLE_CONTEST : raw);

/** A file name's round part: `toan-cuoc-thi` or the round's id. */
const roundSlug = (round: string) => (round === WHOLE_CONTEST ? 'toan-cuoc-thi' : round.replace(/[^\w.-]+/g, '-'));

/**
 * How long the dashboard's figures are reused. At 1.8 million attempts `overview()` and
 * `participation('*')` take seconds of database time (scripts/bench-results.ts), and every open
 * dashboard asks every 30 s: one computation per key and period serves them all, and requests
 * that arrive while it runs wait for it rather than start their own. Each answer carries `asOf`.
 */
export const FIGURES_MAX_AGE_MS = 30_000;

function reused<T>(compute: (key: string) => Promise<T>) {
  const cache = new Map<string, { at: number; value: Promise<T> }>();
  return (key: string): Promise<T> => {
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < FIGURES_MAX_AGE_MS) return hit.value;
    const value = compute(key);
    cache.set(key, { at: Date.now(), value });
    // A failure is not kept: the next request tries again.
    value.catch(() => cache.get(key)?.value === value && cache.delete(key));
    return value;
  };
}

export function resultsApi({ db, bank }: { db: Db; bank: BankStore }) {
  const definition = async () => (await bank.current()).definition;
  const overviewOf = reused(async () => overview(db, await definition()));
  const participationOf = reused(async (round) => participation(db, await definition(), round));

  return {
    overview: () => overviewOf(''),

    participation: (round: string | undefined) => notFoundRound(() => participationOf(roundOf(round))),

    participationXlsx: (round: string | undefined) =>
      notFoundRound(async (): Promise<Download> => {
        const def = await definition();
        const r = roundOf(round);
        const figures = await participationOf(r);
        const data = await participationXlsx(figures, def);
        return { data, name: `tham-gia-${def.contest.id}-${roundSlug(r)}.xlsx`, round: r, rows: figures.rows.length };
      }),

    results: (round: string | undefined, limitRaw: string | undefined) =>
      notFoundRound(async () => {
        const limit = limitRaw === undefined || limitRaw === '' ? RESULTS_DEFAULT_LIMIT : Number(limitRaw);
        if (!Number.isInteger(limit) || limit < 1 || limit > RESULTS_MAX_LIMIT) {
          throw new AdminError(400, 'bad_request', `Tham số limit phải là số nguyên từ 1 đến ${RESULTS_MAX_LIMIT}.`);
        }
        const body = await ranking(db, await definition(), roundOf(round), { limit });
        // submittedAtMs is for formatting inside the server; the page reads submittedAt.
        return { ...body, rows: body.rows.map(({ submittedAtMs: _ms, ...row }) => row) };
      }),

    resultsXlsx: (round: string | undefined) =>
      notFoundRound(async (): Promise<Download> => {
        const def = await definition();
        const r = roundOf(round);
        // Every ranked participant: the file is the prize decision's annex, not a page of it.
        const rankingOf = await ranking(db, def, r);
        const data = await resultsXlsx(rankingOf, def);
        return { data, name: `ket-qua-${def.contest.id}-${roundSlug(r)}.xlsx`, round: r, rows: rankingOf.rows.length };
      }),

    resultsCsv: (round: string | undefined, delimiter: string | undefined) =>
      notFoundRound(async (): Promise<Download> => {
        const def = await definition();
        const r = roundOf(round);
        // `;` for an Excel whose list separator is Vietnamese (it opens a comma-separated file as one column).
        if (delimiter !== undefined && delimiter !== ',' && delimiter !== ';')
          throw new AdminError(400, 'bad_request', 'Tham số delimiter chỉ nhận "," hoặc ";".');
        const rankingOf = await ranking(db, def, r);
        const data = resultsCsv(rankingOf, def, { delimiter: delimiter ?? ',' });
        return { data, name: `ket-qua-${def.contest.id}-${roundSlug(r)}.csv`, round: r, rows: rankingOf.rows.length };
      }),
  };
}
