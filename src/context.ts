import { createContext } from '@lit/context';
import type { ContestApi } from './api/client.ts';
import type { Messages } from './i18n/index.ts';
import type { QuizStore, Snapshot } from './store/store.ts';

/** What every view reads: replaced (never mutated) whenever the snapshot or language changes. */
export interface QuizContext {
  store: QuizStore;
  /** For the calls views make on their own (the bank, the leaderboard). */
  api: ContestApi;
  state: Snapshot;
  t: Messages;
  /**
   * Loads the proof of participation's views (issue #14; undefined in the single files), passed in
   * by the composition root, which alone knows the chunks (src/lazy.ts).
   */
  loadConfirmation: () => Promise<{ defineConfirmation(): void } | undefined>;
}

export const quizContext = createContext<QuizContext>(Symbol('cai-cach-quiz'));
