/** Public entry: defines `<cai-cach-quiz>` (guarded) and exports the public types. */
import { CaiCachQuiz } from './cai-cach-quiz.ts';
import { defineElements } from './elements.ts';

export { CaiCachQuiz };
export type { CaiCachQuizEventMap, PhaseChangeDetail } from './cai-cach-quiz.ts';
export type * from './contract/schemas.ts';

defineElements();
