/**
 * English: a translation of `vi.ts`, which is the source language and defines the keys.
 * Unit (workplace) names and place names come from the server in Vietnamese and are not translated.
 */
import { pad2, type VnTime } from '../core/clock.ts';
import type { EarlyMessages } from './vi.ts';

/** "1 minute" / "5 minutes". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en: EarlyMessages = {
  locale: 'en-GB',
  /** "Tuesday, 15/09/2020, 08:00", as Intl writes it for en-GB. */
  dateTime: ({ hour, minute, weekday, day, month, year }: VnTime) =>
    `${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][weekday]}, ${pad2(day)}/${pad2(month)}/${year}, ${pad2(hour)}:${pad2(minute)}`,
  loading: 'Loading the contest…',
  tryAgain: 'Try again',

  organiser: (name: string) => `Organised by: ${name}`,
  period: (from: string, to: string) => `Open from ${from} to ${to}`,
  examSummary: (questions: number, minutes: number) =>
    `The test has ${count(questions, 'multiple-choice question', 'multiple-choice questions')}, to be completed in ${count(minutes, 'minute', 'minutes')}.`,
  predictionSummary: 'It also includes a prediction question, used to decide prizes between participants with equal scores.',
  attemptsSummary: (max: number | null, perRound: boolean) =>
    max === null
      ? 'There is no limit on the number of attempts.'
      : `Each person may take the test ${max === 1 ? 'only once' : `up to ${max} times`}${perRound ? ' in each round' : ''}.`,
  attemptsLeft: (n: number, perRound: boolean) =>
    n === 0
      ? `You have used all your attempts${perRound ? ' for this round' : ''}.`
      : `You have ${count(n, 'attempt', 'attempts')} left${perRound ? ' in this round' : ''}.`,
  roundNow: (name: string, from: string, to: string) => `Now running: ${name}, from ${from} to ${to}.`,
  roundNext: (name: string, at: string) => `Next round: ${name}, opens at ${at}.`,
  upcomingRound: (name: string, at: string) => `${name} opens at ${at} (Vietnam time).`,
  betweenRoundsHeading: 'The next round has not started yet',
  sectionsLabel: 'Parts of the contest',
  sections: { contest: 'Take part', bank: 'Question bank', practice: 'Practice', leaderboard: 'Leaderboard' },
  sectionMissing: 'This contest does not have the requested part (question bank, practice or leaderboard).',
  loadingPart: 'Loading…',
  rulesHeading: 'Contest rules',
  begin: 'Register to take part',
  beginAs: (name: string) => `Start the test (taking part as ${name})`,
  upcomingHeading: 'The contest has not started yet',
  upcomingOpensAt: (at: string) => `The contest opens at ${at} (Vietnam time).`,
  upcomingCountdown: 'Time remaining until it opens:',
  days: (n: number) => count(n, 'day', 'days'),
  closedHeading: 'The contest has ended',
  closedText: (at: string) => `The contest closed at ${at}. Thank you for your interest.`,

  registerHeading: 'Participant details',
  registerIntro: 'Fields marked * are required. Your information is sent only to the contest Organising Committee.',
  required: 'required',
  fields: {
    fullName: 'Full name',
    birthDate: 'Date of birth',
    gender: 'Gender',
    citizenId: 'ID card number (CMND/CCCD)',
    phone: 'Phone number',
    email: 'Email',
    unit: 'Workplace (organisation)',
    district: 'District or city',
    commune: 'Commune, ward or township',
  },
  canCuoc: 'Personal identification number (citizen identity card)',
  communeNow: 'Commune, ward or special zone',
  hints: {
    birthDate: 'Day/month/year, e.g. 20/05/1980',
    citizenId: '9 or 12 digits',
    phone: 'Mobile number, e.g. 0912 345 678',
    unit: 'Type to search, e.g. “tu phap” (Vietnamese accents are optional)',
    canCuoc: '12 digits',
  },
  genders: { male: 'Male', female: 'Female', other: 'Other' },
  choose: '— Select —',
  chosen: (name: string) => `Selected: ${name}`,
  unitOther: 'My organisation is not listed',
  unitCount: (n: number) => count(n, 'match', 'matches'),
  noUnit: 'No match found.',
  remember: 'Remember my details on this device for 30 days',
  sharedDevice: 'I am using a shared computer (keep no details, answers or results on it)',
  remembered: (until: string) => `Filled in from last time; kept on this device until ${until}.`,
  forgetDetails: 'Delete the saved details',
  back: 'Back',
  startExam: 'Start the test',
  starting: 'Creating your test…',
  formInvalid: (n: number) =>
    n === 1 ? '1 field needs correcting. Please see the message below it.' : `${n} fields need correcting. Please see the message below each one.`,
  errors: {
    required: 'Please fill in this field.',
    nameInvalid: 'Full name may contain only letters and spaces, and must be at least 2 characters long.',
    dateInvalid: 'Date of birth is not valid.',
    dateFuture: 'Date of birth cannot be in the future.',
    tooYoung: 'Participants must be at least 15 years old.',
    citizenIdInvalid: 'A CMND/CCCD number has 9 or 12 digits.',
    citizenIdProvince: 'This CCCD number is not valid. Please check it.',
    canCuocInvalid: 'A personal identification number has 12 digits; a 9-digit CMND number is not accepted.',
    unitNotChosen: 'Please choose your organisation from the list.',
    communeNotChosen: 'Please choose your commune or ward from the list.',
    phoneInvalid: 'A mobile number has 10 digits and starts with 03, 05, 07, 08 or 09.',
    emailInvalid: 'Please enter a valid email address, e.g. name@example.com.',
    consentRequired: 'You need to give your consent to take part in the contest.',
    serverRejected: 'The Organising Committee has not accepted this information. Please check it and try again.',
  },

  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
  questionLabel: (n: number) => `Question ${n}`,
  chooseOne: 'Choose one answer.',
  chooseMany: 'Choose all the correct answers.',
  previous: 'Previous question',
  next: 'Next question',
  flag: 'Flag for review',
  answeredCount: (n: number, total: number) => `${n} of ${total} questions answered`,
  navigator: 'Question list',
  navItem: (n: number, answered: boolean, flagged: boolean, current: boolean) =>
    `Question ${n}, ${answered ? 'answered' : 'not answered'}${flagged ? ', flagged' : ''}${current ? ', currently shown' : ''}`,
  legendAnswered: 'Answered',
  legendFlagged: 'Flagged',
  toReview: 'Review and submit',
  timeLeft: 'Time remaining',
  extraTime: (minutes: number) => `Includes ${count(minutes, 'minute', 'minutes')} of extra time.`,

  offline: 'No network connection. You can carry on with the test; your answers are being saved on this device.',
  memoryOnly: 'Your browser does not allow data to be saved on this device. Your answers are kept only while this page stays open: do not reload or close it.',
  dismiss: 'Close',
  openElsewhere: 'This test is open in another browser tab (or window). Here you can only look at it; answers are recorded only in the other tab.',
  continueHere: 'Continue the test in this tab',

  // The contest's auth (#14): a login needed, said before the form; `p` names the account ("VNeID").
  login: 'Sign in',
  loginNeeded: (p?: string) => `You must sign in${p ? ` (${p} account)` : ''} before taking part.`,
  failure: {
    contest_not_open: ['The contest is not open yet.', 'Please come back when the contest starts.'],
    contest_closed: ['The contest has ended and no longer accepts entries.', 'Please follow the results announced by the Organising Committee.'],
    attempts_exhausted: ['You have used all your attempts.', 'The results of your previous attempts still stand.'],
    invalid_participant: ['Your registration details are not valid.', 'Please correct the highlighted fields and send them again.'],
    rate_limited: ['The system is overloaded.', 'Please wait a little and try again; the information you entered has been kept.'],
    captcha_required: ['We need to check that you are not an automated program.', 'Please reload the page and follow the verification instructions.'],
    unauthorized: ['You need to sign in to take part.', 'Please sign in on the portal, then reload this page.'],
    bad_request: ['The request was not valid.', 'Please reload the page; if the error happens again, tell the Organising Committee.'],
    internal: ['The server is having problems.', 'Please try again in a few minutes.'],
    network: ['Could not connect to the server.', 'Please check your network connection and try again.'],
    timeout: ['The server did not respond in time.', 'Please try again in a moment.'],
    'invalid-response': [
      'The data received from the server was not valid.',
      'Please try again later; if the error happens again, tell the Organising Committee.',
    ],
    http: ['The server returned an unknown error.', 'Please try again in a few minutes.'],
    storage: ['Data could not be saved on this device.', 'Do not reload or close the page until you have submitted your test.'],
  },
  retryIn: (seconds: number) => `You can try again in ${count(seconds, 'second', 'seconds')}.`,
  busy: 'The system is busy, trying again — please do not reload the page.',
  retryAfter: (seconds: number) => `Trying again in ${count(seconds, 'second', 'seconds')}`,
  retrying: 'Trying again…',
  contactOrganisers: 'If you need help, please contact the contest organisers.',
  contactHeading: 'Contact the Organising Committee:',
  contactHotline: 'Phone',
  contactEmail: 'Email',
  contactAddress: 'Address',
};
