/**
 * The wire format between `<cai-cach-quiz>` and the portal's endpoint, version 1.
 *
 * This file is the single source of truth: the TypeScript types are inferred from it,
 * `npm run contract` generates `contract/openapi.json` from it for backend teams, and
 * the element validates every response with it before use. No DOM, no Lit.
 *
 * zod/mini is used instead of full zod because it is about 17 KB gzip lighter in the
 * widget bundle; the schemas are the same.
 */
import * as z from 'zod/mini';

export const CONTRACT_VERSION = '1';

const id = z.string().check(z.minLength(1), z.maxLength(128));
const text = z.string().check(z.minLength(1), z.maxLength(4000));
const shortText = z.string().check(z.minLength(1), z.maxLength(500));
/** ISO 8601 with an explicit offset, e.g. `2020-09-15T08:00:00+07:00`. */
const instant = z.iso.datetime({ offset: true });
const count = z.int().check(z.minimum(0));
const positive = z.int().check(z.minimum(1));

/** Every response body carries the server's clock; the client never trusts its own. */
const timed = { serverTime: instant };

// ---------------------------------------------------------------- contest document

export const Round = z.object({
  id,
  name: shortText,
  opensAt: instant,
  closesAt: instant,
});

export const PredictionSettings = z.object({
  /** The question, e.g. "Dự đoán có bao nhiêu người trả lời đúng tất cả các câu hỏi?" */
  prompt: text,
  min: count,
  max: count,
  /** Unit shown after the number, e.g. "người" or "%". */
  unit: z.optional(z.string().check(z.maxLength(40))),
});

export const RegistrationFieldName = z.enum([
  'fullName',
  'birthDate',
  'gender',
  'citizenId',
  'phone',
  'email',
  'unit',
  'district',
  'commune',
]);

export const RegistrationField = z.object({
  name: RegistrationFieldName,
  required: z.boolean(),
});

export const Unit = z.object({
  id,
  name: shortText,
  /** Grouping shown in the list: "Sở, ban, ngành", "UBND huyện, thành phố", "Trường học"… */
  group: z.optional(shortText),
});

export const Commune = z.object({ id, name: shortText });
export const District = z.object({ id, name: shortText, communes: z.array(Commune) });

export const ExamSettings = z.object({
  questionCount: positive,
  timeLimitSeconds: positive,
  /** Seconds after the deadline during which the server still accepts a submission. */
  graceSeconds: count,
  attempts: z.object({
    /** null = unlimited. */
    max: z.nullable(positive),
    per: z.enum(['contest', 'round']),
    /** Which attempt counts for ranking. */
    counting: z.enum(['best', 'first', 'last']),
  }),
  prediction: z.nullable(PredictionSettings),
  /**
   * What the participant sees after submitting: `score` (correct count, time), `review`
   * (score plus the correct answers), `after-close` (results announced after the contest).
   */
  result: z.enum(['score', 'review', 'after-close']),
  /** Whether the server offers `PUT /attempts/{id}/answers` autosave. */
  autosave: z.boolean(),
});

export const ContestDocument = z.object({
  ...timed,
  contractVersion: z.literal(CONTRACT_VERSION),
  id,
  title: shortText,
  organiser: shortText,
  /** Rules as HTML; the element sanitises it before rendering. */
  rulesHtml: z.string().check(z.maxLength(200_000)),
  opensAt: instant,
  closesAt: instant,
  rounds: z.array(Round),
  exam: ExamSettings,
  registration: z.object({
    fields: z.array(RegistrationField),
    units: z.array(Unit),
    districts: z.array(District),
    /** The consent statement for processing personal data (Nghị định 13/2023/NĐ-CP). */
    consentText: text,
  }),
  features: z.object({ bank: z.boolean(), practice: z.boolean(), leaderboard: z.boolean() }),
});

// ---------------------------------------------------------------- attempts

export const Gender = z.enum(['male', 'female', 'other']);

/** What the participant registers with; which keys are present depends on `registration.fields`. */
export const Participant = z.object({
  fullName: z.optional(shortText),
  /** Calendar date `YYYY-MM-DD`. */
  birthDate: z.optional(z.iso.date()),
  gender: z.optional(Gender),
  citizenId: z.optional(z.string().check(z.regex(/^\d{12}$/))),
  phone: z.optional(z.string().check(z.regex(/^0\d{9}$/))),
  email: z.optional(z.email()),
  unitId: z.optional(id),
  districtId: z.optional(id),
  communeId: z.optional(id),
  /** The participant agreed to the processing of their personal data. Must be true. */
  consent: z.literal(true),
});

export const StartAttemptRequest = z.object({
  participant: Participant,
  roundId: z.optional(id),
  practice: z.optional(z.boolean()),
  captchaToken: z.optional(z.string()),
});

export const Option = z.object({ id, text });

/**
 * A question as the exam shows it. In contest mode the server sends no correct answers;
 * unknown keys are stripped by the schema, so none could reach storage even if it did.
 */
export const AttemptQuestion = z.object({
  id,
  text,
  kind: z.enum(['single', 'multiple']),
  options: z.array(Option).check(z.minLength(2), z.maxLength(10)),
});

export const Attempt = z.object({
  id,
  /** 1-based attempt number of this participant. */
  number: positive,
  /** null = unlimited. */
  attemptsLeft: z.nullable(count),
  practice: z.boolean(),
  roundId: z.optional(id),
  startedAt: instant,
  /** When the exam time ends, extra time included. */
  deadline: instant,
  /** Extra time granted to this participant (accessibility), already in `deadline`. */
  extraTimeSeconds: z.optional(count),
  questions: z.array(AttemptQuestion).check(z.minLength(1)),
});

export const StartAttemptResponse = z.object({ ...timed, attempt: Attempt });

export const AnswerEntry = z.object({
  questionId: id,
  optionIds: z.array(id),
});

export const SaveAnswersRequest = z.object({
  revision: count,
  answers: z.array(AnswerEntry),
  prediction: z.nullable(count),
});
export const SaveAnswersResponse = z.object({ ...timed, revision: count });

export const SubmissionRequest = z.object({
  answers: z.array(AnswerEntry),
  prediction: z.nullable(count),
  /** Why it was sent: the participant confirmed, or the time ran out. */
  reason: z.enum(['confirmed', 'time-up']),
});

export const ReviewItem = z.object({
  questionId: id,
  correctOptionIds: z.array(id),
  chosenOptionIds: z.array(id),
  explanation: z.optional(text),
});

const resultBase = {
  attemptId: id,
  number: positive,
  attemptsLeft: z.nullable(count),
  submittedAt: instant,
  durationSeconds: count,
};

export const GradedResult = z.object({
  ...resultBase,
  status: z.literal('graded'),
  correctCount: count,
  questionCount: positive,
  score: z.number().check(z.minimum(0)),
  maxScore: z.number().check(z.minimum(0)),
  review: z.optional(z.array(ReviewItem)),
});

export const AnnouncedLaterResult = z.object({
  ...resultBase,
  status: z.literal('announced-later'),
});

export const AttemptResult = z.discriminatedUnion('status', [GradedResult, AnnouncedLaterResult]);
export const SubmissionResponse = z.object({ ...timed, result: AttemptResult });

// ---------------------------------------------------------------- bank and leaderboard

export const Topic = z.object({ id, name: shortText });

export const BankQuestion = z.object({
  ...AttemptQuestion.shape,
  topicId: id,
  /** Present only when the organiser published the answers. */
  correctOptionIds: z.optional(z.array(id)),
  explanation: z.optional(text),
});

export const BankResponse = z.object({
  ...timed,
  answersPublished: z.boolean(),
  topics: z.array(Topic),
  questions: z.array(BankQuestion),
});

export const LeaderboardResponse = z.object({
  ...timed,
  roundId: z.optional(id),
  totalParticipants: count,
  totalAttempts: count,
  individuals: z.array(
    z.object({
      rank: positive,
      /** Masked by the server, e.g. "Nguyễn V. A." */
      name: shortText,
      unit: z.optional(shortText),
      score: z.number(),
      maxScore: z.number(),
      durationSeconds: count,
      predictionDistance: z.optional(z.number()),
    }),
  ),
  units: z.array(z.object({ rank: positive, unitId: id, name: shortText, participants: count })),
});

// ---------------------------------------------------------------- errors

/** Stable error codes; the element shows each in plain language with what to do next. */
export const ErrorCode = z.enum([
  'contest_not_open',
  'contest_closed',
  'attempts_exhausted',
  'invalid_participant',
  'attempt_not_found',
  'attempt_expired',
  'already_submitted',
  'stale_revision',
  'rate_limited',
  'idempotency_in_progress',
  'idempotency_mismatch',
  'captcha_required',
  'unauthorized',
  'bad_request',
  'internal',
]);

export const ErrorEnvelope = z.object({
  error: z.object({
    code: ErrorCode,
    /** For logs and backend teams; the element shows its own localised text. */
    message: z.string(),
    /** Per-field problems for `invalid_participant`, keyed by `Participant` property. */
    fields: z.optional(z.record(z.string(), z.string())),
    retryAfterSeconds: z.optional(count),
  }),
});

export type Round = z.infer<typeof Round>;
export type PredictionSettings = z.infer<typeof PredictionSettings>;
export type RegistrationFieldName = z.infer<typeof RegistrationFieldName>;
export type RegistrationField = z.infer<typeof RegistrationField>;
export type Unit = z.infer<typeof Unit>;
export type District = z.infer<typeof District>;
export type ExamSettings = z.infer<typeof ExamSettings>;
export type ContestDocument = z.infer<typeof ContestDocument>;
export type Gender = z.infer<typeof Gender>;
export type Participant = z.infer<typeof Participant>;
export type StartAttemptRequest = z.infer<typeof StartAttemptRequest>;
export type Option = z.infer<typeof Option>;
export type AttemptQuestion = z.infer<typeof AttemptQuestion>;
export type Attempt = z.infer<typeof Attempt>;
export type StartAttemptResponse = z.infer<typeof StartAttemptResponse>;
export type AnswerEntry = z.infer<typeof AnswerEntry>;
export type SaveAnswersRequest = z.infer<typeof SaveAnswersRequest>;
export type SaveAnswersResponse = z.infer<typeof SaveAnswersResponse>;
export type SubmissionRequest = z.infer<typeof SubmissionRequest>;
export type ReviewItem = z.infer<typeof ReviewItem>;
export type GradedResult = z.infer<typeof GradedResult>;
export type AttemptResult = z.infer<typeof AttemptResult>;
export type SubmissionResponse = z.infer<typeof SubmissionResponse>;
export type Topic = z.infer<typeof Topic>;
export type BankQuestion = z.infer<typeof BankQuestion>;
export type BankResponse = z.infer<typeof BankResponse>;
export type LeaderboardResponse = z.infer<typeof LeaderboardResponse>;
export type ErrorCode = z.infer<typeof ErrorCode>;
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;
