/** English strings needed only after the exam; see `vi-late.ts`. */
import type { LateMessages } from './vi.ts';

/** "1 minute" / "5 minutes". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const enLate: LateMessages = {
  // The exam's later moments: the timer's warnings and the prediction question (the last page).
  timerWarning: (minutes: number) => `Please note: ${count(minutes, 'minute', 'minutes')} left.`,
  predictionHeading: 'Prediction question',
  predictionProgress: (done: boolean) => `, prediction ${done ? 'given' : 'not given'}`,
  predictionTile: 'Prediction',
  predictionOptional: 'Prediction: optional',
  navPrediction: (done: boolean, current: boolean) =>
    `Prediction question, optional, ${done ? 'answered' : 'not answered'}${current ? ', currently shown' : ''}`,
  clockRuns: 'The time limit keeps running.',
  reviewRight: 'Correct',
  reviewWrong: 'Incorrect',
  predictionLabel: (min: string, max: string, unit: string) => `Your predicted number (from ${min} to ${max}${unit ? ` ${unit}` : ''})`,
  predictionInvalid: (min: string, max: string) => `Please enter a whole number from ${min} to ${max}.`,
  reviewHeading: 'Check before you submit',
  reviewAnswered: (n: number, total: number) => `You have answered ${n} of ${total} questions.`,
  reviewUnanswered: 'Unanswered questions:',
  reviewFlagged: 'Questions flagged for review:',
  reviewAllAnswered: 'You have answered all the questions.',
  reviewNoPrediction: 'You have not answered the prediction question.',
  reviewPrediction: (v: string) => `Your prediction: ${v}.`,
  reviewWarning: 'Once you submit, you cannot change your answers.',
  backToExam: 'Back to the test',
  submit: 'Submit',

  submittingHeading: 'Submitting…',
  timeUp: 'Time is up — your test was submitted automatically.',
  waitingHeading: 'Your test is waiting to be sent',
  waitingText: 'Your answers have been saved on this device but have not yet reached the server.',
  waitingOffline: 'This device is offline. Your test will be sent automatically as soon as the connection is restored.',
  sendNow: 'Try sending now',
  failedHeading: 'Your test has not been submitted',
  saveCopy: 'Save a copy of your answers',
  saveCopyHint: 'The copy is a file with your answers, to send to the Organising Committee if needed.',
  resend: 'Send the test again',
  resendHint:
    'If your portal login has expired, please log in again (in another tab if needed), then press “Send the test again”. Your answers are still kept on this device.',
  park: 'Back to the rules',
  parkHint: 'Your answers stay on this device, so that a copy can be saved or they can be sent later; someone else can take the contest on this device.',
  parkedHeading: 'This device still holds answers that could not be submitted',
  parkedText: (attemptId: string) =>
    `The answers of attempt ${attemptId} have not reached the server. Save a copy to send to the Organising Committee, or send them again.`,
  parkedSent: 'The answers were submitted.',
  parkedForget: 'Remove from this device',

  resultHeading: 'Your test has been submitted',
  resultCorrect: 'Correct answers',
  resultScore: 'Score',
  resultTime: 'Time taken',
  resultAttempt: 'Attempt',
  resultAttemptsLeft: (n: number | null) =>
    n === null
      ? 'You may take the test again as many times as you like.'
      : n > 0
        ? `You have ${count(n, 'attempt', 'attempts')} left.`
        : 'You have used all your attempts.',
  resultLater: 'Results will be announced after the contest ends.',
  resultReview: 'Answers',
  yourAnswer: 'Your answer',
  correctAnswer: 'Correct answer',
  noAnswer: '(no answer)',
  again: 'Start a new attempt',
  toRules: 'Back to the rules',
  duration: (m: number, s: number) => (m ? `${m} min ${s} s` : `${s} s`),
  /** Failures that only a submission can meet. */
  lateFailure: {
    attempt_not_found: ['The system could not find this attempt.', 'Please save a copy of your answers and contact the Organising Committee.'],
    attempt_expired: ['The deadline for submitting this attempt has passed.', 'Please save a copy of your answers and send it to the Organising Committee.'],
    already_submitted: ['This test has already been submitted.', 'You do not need to submit it again.'],
    idempotency_in_progress: ['The server is processing your test.', 'Please wait a moment.'],
    idempotency_mismatch: [
      'The system has already received a different submission for this attempt.',
      'Please save a copy of your answers and contact the Organising Committee.',
    ],
  },
  heldHeading: 'Tests and results kept on this device',
  heldAttempt:
    'This device holds an unsubmitted test. If it is yours, confirm your details to go on with it. If you are someone else, press “Register to take part” to take your own; the other test is kept for its owner.',
  resumeMine: 'Continue my test',
  reviewMine: 'See my result again',
  heldAsk: 'To protect personal data on a shared device, please enter your details again:',
  heldNoMatch: 'These details match no test or result kept on this device. Please check them.',
};
