/**
 * The organisers' API (docs/admin-api.md) as zod/mini schemas. Every response is parsed with
 * one of these before the dashboard uses it; a body that does not match is shown as an error,
 * never drawn half-way. Optional fields also accept `null`: either way of saying "absent" is
 * common in JSON written by other languages.
 */
import * as z from 'zod/mini';
// The contract's instant: an offset required, the forms other languages write accepted.
import { instant } from '../contract/common.ts';

const count = z.number().check(z.multipleOf(1), z.minimum(0));
const name = z.string().check(z.minLength(1));
const maybe = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

export const Role = z.enum(['admin', 'viewer']);
export type Role = z.infer<typeof Role>;

export const Session = z.object({
  user: z.object({ username: name, role: Role }),
  csrfToken: name,
});
export type Session = z.infer<typeof Session>;

export const Overview = z.object({
  contest: z.object({
    id: name,
    title: name,
    opensAt: instant,
    closesAt: instant,
    rounds: z.array(z.object({ id: name, title: name, opensAt: instant, closesAt: instant })),
  }),
  totals: z.object({ participants: count, attempts: count, perfect: count }),
  /** Calendar days in Vietnam's time (UTC+7), `YYYY-MM-DD`. */
  perDay: z.array(z.object({ day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), attempts: count, participants: count })),
  perRound: z.array(z.object({ roundId: name, title: name, attempts: count, participants: count, perfect: count })),
  scoreDistribution: z.array(z.object({ score: z.number().check(z.minimum(0)), count })),
  asOf: instant,
});
export type Overview = z.infer<typeof Overview>;

export const Participation = z.object({
  round: name,
  rows: z.array(
    z.object({
      /** null: the participants who named no unit (the server lists them as one row). */
      unitId: z.nullable(name),
      unit: name,
      staff: maybe(count),
      participants: count,
      attempts: count,
      perfect: count,
      /** participants ÷ staff; absent when the unit's staff count is not known. */
      rate: maybe(z.number().check(z.minimum(0))),
      rank: maybe(z.number().check(z.multipleOf(1), z.minimum(1))),
    }),
  ),
  asOf: instant,
});
export type Participation = z.infer<typeof Participation>;
export type ParticipationRow = Participation['rows'][number];

export const Results = z.object({
  round: name,
  /** How many answered everything correctly: the real number the predictions are measured against. */
  actualPerfect: count,
  /** How many are ranked in all (the rows are the first `limit` of them). */
  ranked: z.optional(count),
  rows: z.array(
    z.object({
      rank: z.number().check(z.multipleOf(1), z.minimum(1)),
      prize: maybe(z.string()),
      fullName: z.string(),
      /** Absent when the participant named no unit. */
      unit: z._default(z.string(), ''),
      score: z.number(),
      maxScore: z.number(),
      prediction: maybe(z.number()),
      predictionDistance: maybe(z.number()),
      durationSeconds: z.number().check(z.minimum(0)),
      submittedAt: instant,
      citizenId: maybe(z.string()),
      phone: maybe(z.string()),
      email: maybe(z.string()),
      birthDate: maybe(z.string()),
    }),
  ),
});
export type Results = z.infer<typeof Results>;
export type ResultRow = Results['rows'][number];

export const BankImport = z.object({
  problems: z.array(
    z.object({
      /** 1-based row of the sheet; 0 = the file as a whole. */
      row: count,
      /** The template's header and letter, e.g. "Đáp án đúng (cột J)"; '' = the whole row. */
      column: z.string(),
      severity: z.enum(['error', 'warning']),
      message: z.string(),
    }),
  ),
  summary: z.object({ added: count, changed: count, removed: count, unchanged: count }),
  applied: z.boolean(),
});
export type BankImport = z.infer<typeof BankImport>;

export const Retention = z.object({ participants: count, deleted: z.boolean() });
export type Retention = z.infer<typeof Retention>;

export const Audit = z.object({
  rows: z.array(z.object({ at: instant, username: z.string(), action: z.string(), detail: maybe(z.unknown()) })),
});
export type Audit = z.infer<typeof Audit>;
export type AuditRow = Audit['rows'][number];

/** The contract's error envelope with the organisers' own codes (server/src/admin/errors.ts). */
export const AdminErrorEnvelope = z.object({
  error: z.object({ code: z.string(), message: z.string(), retryAfterSeconds: z.optional(count) }),
});
