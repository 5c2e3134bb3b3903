/** The elements defined when the script loads (the late views define themselves later). */
import { CaiCachQuiz } from './cai-cach-quiz.ts';
import { define } from './define.ts';
import { ExamView } from './views/exam/exam.ts';
import { NavigatorView } from './views/exam/navigator.ts';
import { TimerView } from './views/exam/timer.ts';
import { LandingView } from './views/landing/landing.ts';
import { RegisterView } from './views/register/register.ts';
import { BusyView } from './views/status/busy.ts';

export function defineElements() {
  // Built inside the call, not at module load: the classes exist by the time it runs.
  define([
    ['ccq-landing', LandingView],
    ['ccq-register', RegisterView],
    ['ccq-busy', BusyView],
    ['ccq-timer', TimerView],
    ['ccq-navigator', NavigatorView],
    ['ccq-exam', ExamView],
    ['cai-cach-quiz', CaiCachQuiz],
  ]);
}
