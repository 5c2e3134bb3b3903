/** What every panel of the dashboard reads: replaced, never mutated, so the panels redraw when it changes. */
import { createContext } from '@lit/context';
import type { AdminApi } from './api.ts';
import type { AdminMessages } from './i18n.ts';
import type { Overview, Session } from './schemas.ts';

export interface AdminState {
  api: AdminApi;
  t: AdminMessages;
  session: Session;
  /** The contest and its rounds, once the overview has arrived. */
  overview?: Overview;
  /** Why the overview could not be shown, in words; undefined while it is fine. */
  overviewError?: string;
  /** Refreshing paused because the page is hidden. */
  paused: boolean;
  /** Seconds between two refreshes of the totals. */
  refreshSeconds: number;
}

export const adminContext = createContext<AdminState>(Symbol('cai-cach-quiz-admin'));
