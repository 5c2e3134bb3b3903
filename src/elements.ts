/**
 * The one place where elements are registered. A portal may load the script twice (a
 * CMS block and a template, say): a tag that is already defined is skipped, with a
 * warning for the public one, instead of throwing and breaking the host page.
 */
import { CaiCachQuiz } from './cai-cach-quiz.ts';
import { ExamView } from './views/exam/exam.ts';
import { NavigatorView } from './views/exam/navigator.ts';
import { TimerView } from './views/exam/timer.ts';
import { LandingView } from './views/landing/landing.ts';
import { RegisterView } from './views/register/register.ts';

const elements: [string, CustomElementConstructor][] = [
  ['ccq-landing', LandingView],
  ['ccq-register', RegisterView],
  ['ccq-timer', TimerView],
  ['ccq-navigator', NavigatorView],
  ['ccq-exam', ExamView],
  ['cai-cach-quiz', CaiCachQuiz],
];

export function defineElements(list = elements) {
  for (const [tag, cls] of list) {
    if (!customElements.get(tag)) customElements.define(tag, cls);
    else if (tag === 'cai-cach-quiz' && customElements.get(tag) !== cls) {
      console.warn(`<${tag}> is already defined on this page; this copy of the script is not used.`);
    }
  }
}
