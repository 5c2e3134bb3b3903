/**
 * What the /admin routes answer about results and participation. The figures (results.ts)
 * and the spreadsheets (results-sheet.ts) are being written alongside; until they are wired
 * here, these routes answer 503 with a Vietnamese message, behind the same session, CSRF and
 * role checks as when they are.
 */
import type { BankStore } from '../bank-store.ts';
import type { Db } from '../db.ts';
import { AdminError } from './errors.ts';

export interface Download {
  data: Buffer | string;
  name: string;
  round: string;
  rows: number;
}

const pending = (): never => {
  throw new AdminError(503, 'internal', 'Chức năng này chưa sẵn sàng trên máy chủ.');
};

export function resultsApi(_deps: { db: Db; bank: BankStore }) {
  return {
    overview: async (): Promise<object> => pending(),
    participation: async (_round: string | undefined): Promise<object> => pending(),
    participationXlsx: async (_round: string | undefined): Promise<Download> => pending(),
    results: async (_round: string | undefined, _limit: string | undefined): Promise<{ round: string; rows: unknown[] }> => pending(),
    resultsXlsx: async (_round: string | undefined): Promise<Download> => pending(),
    resultsCsv: async (_round: string | undefined): Promise<Download> => pending(),
  };
}
