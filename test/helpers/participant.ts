/** Acting as a participant through the element's real controls. */
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { button, deep, deepAll, settle, type, untilPhase } from './dom.ts';
import { VALID } from './fixtures.ts';

export async function fillForm(el: CaiCachQuiz, values: Partial<typeof VALID> = VALID) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (key === 'consent') {
      const box = deep<HTMLInputElement>(el, 'input#consent');
      if (box.checked !== value) box.click();
    } else if (key === 'gender') {
      deep<HTMLInputElement>(el, `input[name=gender][value=${value}]`).click();
    } else if (deepAll(el, `#${key}[role=combobox]`).length) {
      // An autocomplete (the unit; today's communes): tap the field, then the option, as a person does.
      deep<HTMLInputElement>(el, `#${key}`).click();
      await settle(el);
      deep<HTMLElement>(el, `#${CSS.escape(`${key}-o-${value}`)}`).click();
    } else {
      type(deep<HTMLInputElement>(el, `#${key}`), String(value));
    }
    await settle(el);
  }
}

/** From the landing page to the registration form. */
export async function openRegistration(el: CaiCachQuiz) {
  await untilPhase(el, 'landing');
  button(el, 'Đăng ký dự thi').click();
  await untilPhase(el, 'registration');
}

/** Fill the form with valid details and press "Bắt đầu làm bài", without waiting for the server's answer. */
export async function sendRegistration(el: CaiCachQuiz) {
  await fillForm(el);
  button(el, 'Bắt đầu làm bài').click();
}

/** From the landing page to the first question. */
export async function register(el: CaiCachQuiz) {
  await openRegistration(el);
  await sendRegistration(el);
  await untilPhase(el, 'exam');
}

/**
 * The input of an option of the current question, by the test bank's letter ('b' is the option
 * "Phương án B …", see fixtures.ts): an attempt's option ids are the server's own, random
 * (#13 F8), so they are found by their text. An id the attempt really uses is found as well.
 */
export function optionInput(el: CaiCachQuiz, letter: string): HTMLInputElement {
  const inputs = deepAll<HTMLInputElement>(el, 'input[name^="q-"]');
  const found =
    inputs.find((i) => i.value === letter) ??
    inputs.find((i) => new RegExp(`^Phương án ${letter.toUpperCase()}\\b`).test(i.closest('label')?.textContent?.trim() ?? ''));
  if (!found) throw new Error(`No option ${letter} on this page`);
  return found;
}

/** The test bank's letter of an option's input ('b' for "Phương án B …"). */
export const letterOf = (input: HTMLInputElement): string =>
  /^Phương án (\w)\b/.exec(input.closest('label')?.textContent?.trim() ?? '')?.[1]?.toLowerCase() ?? input.value;

/** Choose option(s) of the current question by clicking their labels. */
export async function choose(el: CaiCachQuiz, ...letters: string[]) {
  for (const letter of letters) optionInput(el, letter).click();
  await settle(el);
}

export function currentLegend(el: CaiCachQuiz): string {
  return deep(el, 'legend').textContent.replace(/\s+/g, ' ').trim();
}

export const optionInputs = (el: CaiCachQuiz) => deepAll<HTMLInputElement>(el, 'input[name^="q-"]');

/** From the exam to the confirmed result: review, then submit. */
/** From the exam through the review to "Nộp bài", without waiting for what the server answers. */
export async function confirmFromExam(el: CaiCachQuiz) {
  button(el, 'Xem lại và nộp bài').click();
  await untilPhase(el, 'review');
  button(el, 'Nộp bài').click();
}

export async function submitFromExam(el: CaiCachQuiz) {
  await confirmFromExam(el);
  await untilPhase(el, 'result');
}
