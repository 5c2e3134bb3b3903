import { createContext } from '@lit/context';
import type { Messages } from './i18n/index.ts';
import type { QuizStore, Snapshot } from './store/store.ts';

/** What every view reads: replaced (never mutated) whenever the snapshot or language changes. */
export interface QuizContext {
  store: QuizStore;
  state: Snapshot;
  t: Messages;
}

export const quizContext = createContext<QuizContext>(Symbol('cai-cach-quiz'));
