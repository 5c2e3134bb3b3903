/** `GET {endpoint}/contest`: the contest document. */
import * as z from 'zod/mini';
import { CONTRACT_VERSION, count, id, instant, LIMITS, list, most, optional, positive, seconds, shortText, text, timed } from './common.ts';

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
  unit: optional(z.string().check(most(40))),
});

export const RegistrationFieldName = z.literal(['fullName', 'birthDate', 'gender', 'citizenId', 'phone', 'email', 'unit', 'district', 'commune']);

export const RegistrationField = z.object({
  name: RegistrationFieldName,
  required: z.boolean(),
});

export const Unit = z.object({
  id,
  name: shortText,
  /** Grouping shown in the list: "Sở, ban, ngành", "UBND huyện, thành phố", "Trường học"… */
  group: optional(shortText),
  /** The unit for people not in the list ("Khác / Người dân"): offered as "Không thấy đơn vị của tôi" whatever is typed. */
  other: optional(z.boolean()),
});

export const Commune = z.object({ id, name: shortText });
export const District = z.object({ id, name: shortText, communes: list(Commune, LIMITS.communes) });

export const ExamSettings = z.object({
  questionCount: positive.check(z.maximum(LIMITS.questions)),
  timeLimitSeconds: seconds.check(z.minimum(1)),
  /** Seconds after the deadline during which the server still accepts a submission. */
  graceSeconds: seconds,
  attempts: z.object({
    /** null = unlimited. */
    max: z.nullable(positive),
    per: z.literal(['contest', 'round']),
    /** Which attempt counts for ranking. */
    counting: z.literal(['best', 'first', 'last']),
  }),
  prediction: z.nullable(PredictionSettings),
  /**
   * What the participant sees after submitting: `score` (correct count, time), `review`
   * (score plus the correct answers), `after-close` (results announced after the contest).
   */
  result: z.literal(['score', 'review', 'after-close']),
  /**
   * Whether the server offers `PUT /attempts/{id}/answers` autosave; the element then uses it.
   * Absent (or null) = false: a backend need not implement autosave at all.
   */
  autosave: optional(z.boolean()),
});

export const ContestDocument = z.object({
  ...timed,
  contractVersion: z.literal(CONTRACT_VERSION),
  id,
  title: shortText,
  /** Language of the organiser's content (title, rules, questions, units), BCP 47. Default `vi`. */
  language: optional(z.string().check(most(20))),
  organiser: shortText,
  /** Rules as HTML; the element sanitises it before rendering. */
  rulesHtml: z.string().check(most(LIMITS.rulesHtml)),
  opensAt: instant,
  closesAt: instant,
  rounds: list(Round, LIMITS.rounds),
  exam: ExamSettings,
  registration: z.object({
    fields: list(RegistrationField, LIMITS.fields),
    units: list(Unit, LIMITS.units),
    districts: list(District, LIMITS.districts),
    /** Which local-government levels the address fields use: 'district-commune' (until 30 June 2025: huyện → xã; `districts` nests the communes) or 'commune' (from 1 July 2025: tỉnh → xã/phường/đặc khu, no districts; `communes` is the province's flat list, `districts` is empty and no 'district' field is asked). Absent: 'district-commune'. */
    localGovernment: optional(z.literal(['district-commune', 'commune'])),
    /** The province's communes, wards and special zones when localGovernment is 'commune'. */
    communes: optional(list(Commune, LIMITS.communes)),
    /** What the citizenId field asks for: 'cmnd-cccd' (a 9-digit CMND or a 12-digit CCCD, as in 2020) or 'can-cuoc' (the 12-digit personal identification number of the thẻ căn cước, Luật Căn cước 2023, in force 1 July 2024). Absent: 'cmnd-cccd'. */
    identityDocument: optional(z.literal(['cmnd-cccd', 'can-cuoc'])),
    /** The consent statement for processing personal data (Nghị định 13/2023/NĐ-CP). */
    consentText: text,
  }),
  features: z.object({ bank: z.boolean(), practice: z.boolean(), leaderboard: z.boolean() }),
  /**
   * The organisers' RSA public key (JWK, RSA-OAEP with SHA-256). When present, the copy of
   * the answers a participant saves because a submission could not be delivered is
   * encrypted with it, so only the organisers can read it.
   */
  // n: base64url of up to 8192 bits.
  submissionKey: optional(z.object({ kty: z.literal('RSA'), n: z.string().check(most(1400)), e: z.string().check(most(16)) })),
  /**
   * Whether starting and submitting need the portal's login (#14), said before the form is filled.
   * `loginUrl`: the portal's login page, `https:` or a path on the page's own site (`/dang-nhap`);
   * no other scheme (never `javascript:`), no `//host` path. `provider`: the account, e.g. "VNeID".
   */
  auth: optional(
    z.object({
      required: z.boolean(),
      loginUrl: optional(z.string().check(z.regex(/^(https:\/\/|\/(?![/\\]))\S*$/), most(2000))),
      provider: optional(shortText),
    }),
  ),
  /**
   * Whom to contact when something goes wrong that the participant cannot fix alone (a
   * submission refused, an attempt expired): shown with every such error. Each part optional;
   * absent, the element tells the participant to contact the organisers (Ban Tổ chức).
   */
  contact: optional(
    z.object({
      /** A telephone number as people dial it, e.g. "0204 3 854 xxx"; the element links it with tel:. */
      hotline: optional(z.string().check(most(40))),
      email: optional(z.string().check(most(254))),
      /** A postal address, or office and hours. */
      address: optional(shortText),
    }),
  ),
});

export type Round = z.infer<typeof Round>;
export type PredictionSettings = z.infer<typeof PredictionSettings>;
export type RegistrationFieldName = z.infer<typeof RegistrationFieldName>;
export type RegistrationField = z.infer<typeof RegistrationField>;
export type Unit = z.infer<typeof Unit>;
export type Commune = z.infer<typeof Commune>;
export type District = z.infer<typeof District>;
/** The registration's local-government levels; absent in a document means 'district-commune'. */
export type LocalGovernment = NonNullable<ContestDocument['registration']['localGovernment']>;
/** What a citizenId is; absent in a document means 'cmnd-cccd'. */
export type IdentityDocument = NonNullable<ContestDocument['registration']['identityDocument']>;
export type ExamSettings = z.infer<typeof ExamSettings>;
export type ContestDocument = z.infer<typeof ContestDocument>;
