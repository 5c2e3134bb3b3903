/**
 * Entry of the organisers' dashboard bundle (dist/admin/cai-cach-quiz-admin.js): defines
 * `<cai-cach-quiz-admin>` and its internal elements, each only if the tag is free. Nothing of
 * the participant's element imports this folder; it is built by `vite build --mode admin`.
 */
import { define } from '../define.ts';
import { CaiCachQuizAdmin } from './admin.ts';
import { AdminAudit } from './audit.ts';
import { AdminChart } from './chart.ts';
import { AdminData } from './data.ts';
import { AdminOverview } from './overview.ts';
import { AdminResults } from './results.ts';
import { AdminSignIn } from './sign-in.ts';
import { AdminUnits } from './units.ts';

export { CaiCachQuizAdmin };
export type { Session, Overview, Participation, Results, BankImport, Retention, Audit } from './schemas.ts';

define([
  ['ccqa-chart', AdminChart],
  ['ccqa-sign-in', AdminSignIn],
  ['ccqa-overview', AdminOverview],
  ['ccqa-units', AdminUnits],
  ['ccqa-results', AdminResults],
  ['ccqa-data', AdminData],
  ['ccqa-audit', AdminAudit],
  ['cai-cach-quiz-admin', CaiCachQuizAdmin],
]);
