/**
 * The contest definition a server runs: the contest document's settings (everything but
 * `serverTime`), the bank with its answer key, the topics, and when the bank's answers are
 * published. Read from CONTEST_FILE (JSON) or, without one, the sample contest of the demo
 * with its dates moved so that it is open now. Validated with the contract's own schemas,
 * and refused with every problem listed by its path.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { registrationProblems } from '../../src/contract/local-government.ts';
import { BankQuestion, ContestDocument, Topic, type ContestDocument as ContestDocumentType } from '../../src/contract/schemas.ts';

// zod/mini carries no messages of its own ("Invalid input" for every problem): in the server, say
// what was expected ("Too small: expected number to be >=1"), for a definition file and for a 400.
z.config(z.locales.en());

export type ContestSettings = Omit<ContestDocumentType, 'serverTime'>;

/** A bank question as the server holds it: the answer key is required. */
export const KeyedBankQuestion = z.object({
  ...BankQuestion.shape,
  correctOptionIds: z.array(z.string()).check(z.minLength(1)),
  /** Where the question's answer comes from, e.g. "Điều 3 Nghị định 61/2018/NĐ-CP". */
  source: z.optional(z.string().check(z.maxLength(1000))),
});
export type KeyedBankQuestion = z.infer<typeof KeyedBankQuestion>;

/**
 * When `GET /bank` carries the correct answers: `published` (always, for study and
 * practice), `after-close` (only once the contest has closed), `never`. Attempts use their
 * own opaque ids, so a published key cannot be looked up by id during an exam either way.
 */
export const BankAnswers = z.literal(['published', 'after-close', 'never']);

/** One tier of a prize: its name as the prize decision writes it ("Giải Nhất") and how many are given. */
export const PrizeTier = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  count: z.int().check(z.positive(), z.lte(100_000)),
});
export type PrizeTier = z.infer<typeof PrizeTier>;

/**
 * The prize structure of the rules, tiers in order (the first tier goes to the first ranks):
 * `perRound` for each round's ranking, `overall` for the whole contest's, `units` the
 * collective prize (giải tập thể) by participation rate over the whole contest. Each list is
 * optional: a ranking without tiers is still produced, with no prize column filled.
 */
export const Prizes = z.object({
  perRound: z.optional(z.array(PrizeTier)),
  overall: z.optional(z.array(PrizeTier)),
  units: z.optional(z.array(PrizeTier)),
});
export type Prizes = z.infer<typeof Prizes>;

/**
 * Staff counts per unit id (cán bộ, công chức, viên chức, người lao động), the denominator of
 * the participation rate. A unit without one is listed but not ranked for the collective prize.
 */
export const UnitStaff = z.record(z.string(), z.int().check(z.positive()));
export type UnitStaff = z.infer<typeof UnitStaff>;

export const ContestDefinition = z.object({
  contest: z.omit(ContestDocument, { serverTime: true }),
  bank: z.array(KeyedBankQuestion).check(z.minLength(1)),
  topics: z.optional(z.array(Topic)),
  bankAnswers: z._default(BankAnswers, 'published'),
  prizes: z.optional(Prizes),
  unitStaff: z.optional(UnitStaff),
});
export type ContestDefinition = z.infer<typeof ContestDefinition>;

export class DefinitionError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`The contest definition ${source} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DefinitionError';
  }
}

const where = (path: readonly PropertyKey[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '') || '(top level)';

/** Checks beyond the schema: ids unique, answers among the options, enough questions. */
function consistency(def: ContestDefinition): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  def.bank.forEach((q, i) => {
    if (seen.has(q.id)) problems.push(`bank[${i}].id: "${q.id}" is used by another question`);
    seen.add(q.id);
    const options = new Set(q.options.map((o) => o.id));
    if (options.size !== q.options.length) problems.push(`bank[${i}].options: two options share an id`);
    for (const c of q.correctOptionIds) if (!options.has(c)) problems.push(`bank[${i}].correctOptionIds: "${c}" is not one of its options`);
    if (q.kind === 'single' && q.correctOptionIds.length !== 1)
      problems.push(`bank[${i}].correctOptionIds: a "single" question has exactly one correct option`);
  });
  const { contest } = def;
  if (def.bank.length < contest.exam.questionCount) {
    problems.push(`bank: ${def.bank.length} questions, fewer than contest.exam.questionCount (${contest.exam.questionCount})`);
  }
  if (Date.parse(contest.opensAt) >= Date.parse(contest.closesAt)) problems.push('contest.closesAt: must be after opensAt');
  contest.rounds.forEach((r, i) => {
    if (Date.parse(r.opensAt) >= Date.parse(r.closesAt)) problems.push(`contest.rounds[${i}].closesAt: must be after opensAt`);
  });
  const p = contest.exam.prediction;
  if (p && p.min > p.max) problems.push('contest.exam.prediction.max: must not be below min');
  for (const list of ['perRound', 'overall', 'units'] as const) {
    const tiers = def.prizes?.[list];
    if (!tiers) continue;
    const names = new Set<string>();
    tiers.forEach((t, i) => {
      const name = t.name.trim();
      if (!name) problems.push(`prizes.${list}[${i}].name: must not be blank`);
      // Two tiers of one name would make the winners' list ambiguous ("Giải Ba" twice: which three?).
      else if (names.has(name)) problems.push(`prizes.${list}[${i}].name: "${name}" is used by another tier of prizes.${list}`);
      names.add(name);
    });
  }
  if (def.prizes?.perRound?.length && !contest.rounds.length) {
    problems.push('prizes.perRound: the contest has no rounds (contest.rounds is empty); give the prizes in prizes.overall');
  }
  // Local government and identity documents (docs/contract.md): a "commune" contest has no districts.
  problems.push(...registrationProblems(contest.registration, 'contest.registration'));
  // One unit at most is "Không thấy đơn vị của tôi" (#14); with two, which one people chose would depend on the element.
  const others = contest.registration.units.flatMap((u, i) => (u.other ? [i] : []));
  if (others.length > 1) problems.push(`contest.registration.units[${others[1]}].other: only one unit may be the other unit; units[${others[0]}] is`);
  if (def.unitStaff) {
    const units = new Set(contest.registration.units.map((u) => u.id));
    for (const id of Object.keys(def.unitStaff)) {
      if (!units.has(id)) problems.push(`unitStaff.${id}: no unit "${id}" in contest.registration.units`);
    }
  }
  return problems;
}

export function parseDefinition(value: unknown, source: string): ContestDefinition {
  const parsed = ContestDefinition.safeParse(value);
  if (!parsed.success)
    throw new DefinitionError(
      source,
      parsed.error.issues.map((i) => `${where(i.path)}: ${i.message}`),
    );
  const problems = consistency(parsed.data);
  if (problems.length) throw new DefinitionError(source, problems);
  return parsed.data;
}

export function readDefinitionFile(file: string): ContestDefinition {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new DefinitionError(file, [`cannot be read: ${(e as Error).message}`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DefinitionError(file, [`is not JSON: ${(e as Error).message}`]);
  }
  return parseDefinition(json, file);
}

/** An instant written in Vietnam time (UTC+07:00, no daylight saving), as the contest documents are. */
export function vnIso(ms: number): string {
  const d = new Date(ms + 7 * 3600_000);
  return `${d.toISOString().slice(0, 19)}+07:00`;
}

/**
 * The sample contest's prizes, as its rules set them (demo/mocks/data/rules.ts, Điều 4–5):
 * 01 giải Nhất, 02 Nhì, 03 Ba and 10 Khuyến khích in each round, none on the whole contest's
 * ranking (it is for information), and three collective prizes by participation rate over the
 * whole contest. The 2020 letter gives no prize structure: these are the sample's, not the
 * official Thể lệ. SAMPLE DATA.
 */
export const SAMPLE_PRIZES: Prizes = {
  perRound: [
    { name: 'Giải Nhất', count: 1 },
    { name: 'Giải Nhì', count: 2 },
    { name: 'Giải Ba', count: 3 },
    { name: 'Giải Khuyến khích', count: 10 },
  ],
  units: [{ name: 'Giải tập thể', count: 3 }],
};

/** The sample contests a server runs without CONTEST_FILE, chosen with SAMPLE (docs/deploy.md). */
export const SAMPLES = ['2020', '2026'] as const;

/**
 * A sample contest of the demo with every date moved by the same amount, so that the contest
 * opened a day ago, in the first of its four weekly rounds, and stays open for the month; with
 * the sample prizes and staff counts. `sample` (the SAMPLE setting): '2020' (the default) is
 * Bắc Giang 2020, in districts and communes, with CMND/CCCD; '2026' is Bắc Ninh 2026, in
 * today's two levels (communes only) with the thẻ căn cước. SAMPLE DATA: see demo/mocks/data
 * and sample-unit-staff.ts (its staff counts are of the 2020 units; the 2026 sample has none,
 * so its collective prize lists its units unranked).
 */
export async function sampleDefinition(now = Date.now(), sample = process.env.SAMPLE || '2020'): Promise<ContestDefinition> {
  if (!(SAMPLES as readonly string[]).includes(sample)) {
    throw new DefinitionError('sample', [`SAMPLE: "${sample}" is not a sample contest; one of ${SAMPLES.join(', ')} (or set CONTEST_FILE)`]);
  }
  const [{ sampleContest, sampleContest2026 }, { SAMPLE_BANK, SAMPLE_TOPICS }, { SAMPLE_UNIT_STAFF }] = await Promise.all([
    import('../../demo/mocks/contest.ts'),
    import('../../demo/mocks/data/bank.ts'),
    import('./sample-unit-staff.ts'),
  ]);
  const contest = sample === '2026' ? sampleContest2026() : sampleContest();
  const opens = Date.parse(contest.opensAt);
  // Whole minutes, so the moved times read as the originals do.
  const shift = Math.floor((now - 86_400_000 - opens) / 60_000) * 60_000;
  const move = (iso: string) => vnIso(Date.parse(iso) + shift);
  const moved: ContestSettings = {
    ...contest,
    opensAt: move(contest.opensAt),
    closesAt: move(contest.closesAt),
    rounds: contest.rounds.map((r) => ({ ...r, opensAt: move(r.opensAt), closesAt: move(r.closesAt) })),
  };
  return parseDefinition(
    {
      contest: moved,
      bank: SAMPLE_BANK,
      topics: SAMPLE_TOPICS,
      bankAnswers: 'published',
      prizes: SAMPLE_PRIZES,
      unitStaff: sample === '2026' ? undefined : SAMPLE_UNIT_STAFF,
    },
    `sample ${sample}`,
  );
}
