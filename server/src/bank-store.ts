/**
 * The contest's bank as every server process sees it: the bank of the contest definition until
 * one is imported from the dashboard, then the newest version in `contest_banks`.
 *
 * `Documents` and `AttemptService` take their definition once, so a new bank means new
 * instances of both, swapped in whole: a request holds the instances it started with, and
 * nothing is ever half-updated. A process looks up the newest version at most every
 * `checkEveryMs` (one index lookup), so a bank imported through one process reaches all of
 * them within that time; the importing process swaps at once.
 *
 * Attempts already running are untouched: each stored its own questions and answer key when
 * it started, and its submission is marked against that key. Only the explanations a result
 * shows are looked up in the current bank (a question removed since has none).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Topic } from '../../src/contract/schemas.ts';
import { AttemptService } from './attempts.ts';
import { onlyRow, type Db } from './db.ts';
import { parseDefinition, type ContestDefinition, type KeyedBankQuestion } from './definition.ts';
import { Documents } from './documents.ts';

export interface BankStoreOptions {
  db: Db;
  /** The definition the server started with; its bank is the bank until one is imported. */
  definition: ContestDefinition;
  secret: string;
  verifyCaptcha?: (token: string | undefined) => Promise<boolean>;
  /** How often a process looks for a newer bank (default 2 s). */
  checkEveryMs?: number;
  /** Told when a newer bank in the database cannot be used (it stays on the one it has). */
  onError?: (error: unknown) => void;
}

/** What serves the participant's routes with one version of the bank. */
export interface ContestServices {
  /** 0: the definition's bank; n: the n-th import. */
  version: number;
  definition: ContestDefinition;
  documents: Documents;
  attempts: AttemptService;
}

export interface BankChange {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

/** The lock that makes two imports at once take versions one after the other. */
const IMPORT_LOCK = 7_302_021;

export class BankStore {
  private held: ContestServices;
  private checkedAt = 0;
  private checking?: Promise<void>;
  private readonly checkEveryMs: number;

  constructor(private readonly options: BankStoreOptions) {
    this.checkEveryMs = options.checkEveryMs ?? 2000;
    this.held = this.build(0, options.definition);
  }

  private build(version: number, definition: ContestDefinition): ContestServices {
    const { db, secret, verifyCaptcha } = this.options;
    return { version, definition, documents: new Documents(definition), attempts: new AttemptService({ db, definition, secret, verifyCaptcha }) };
  }

  private get contestId() {
    return this.options.definition.contest.id;
  }

  /** The definition with `bank` and `topics` replaced, checked as a definition file is (enough questions for an exam, answers among options…). */
  withBank(bank: unknown, topics: unknown, source: string): ContestDefinition {
    return parseDefinition({ ...this.options.definition, bank, topics }, source);
  }

  /** At start: the newest imported bank, if any. A stored bank the definition no longer accepts stops the server with the reason. */
  async load(): Promise<void> {
    await this.refresh(true);
  }

  /** The services for the current bank, looking for a newer version when the last look is older than `checkEveryMs`. */
  async current(): Promise<ContestServices> {
    if (Date.now() - this.checkedAt >= this.checkEveryMs) {
      this.checking ??= this.refresh(false).finally(() => (this.checking = undefined));
      await this.checking;
    }
    return this.held;
  }

  /** The services as they are, without a look at the database (for what does not depend on the bank). */
  now(): ContestServices {
    return this.held;
  }

  private async refresh(strict: boolean): Promise<void> {
    try {
      const { rows } = await this.options.db.query<{ version: number }>(
        'select version from contest_banks where contest_id = $1 order by version desc limit 1',
        [this.contestId],
      );
      this.checkedAt = Date.now();
      const newest = rows[0]?.version ?? 0;
      if (newest <= this.held.version) return;
      const { rows: stored } = await this.options.db.query<{ bank: KeyedBankQuestion[]; topics: Topic[] }>(
        'select bank, topics from contest_banks where contest_id = $1 and version = $2',
        [this.contestId, newest],
      );
      if (!stored[0] || newest <= this.held.version) return;
      this.held = this.build(newest, this.withBank(stored[0].bank, stored[0].topics, `the bank imported from the dashboard (version ${newest})`));
    } catch (e) {
      if (strict) throw e;
      // The database is briefly unreachable, or a stored bank does not fit the definition:
      // the process keeps serving the bank it has, and looks again after the usual interval.
      this.checkedAt = Date.now();
      this.options.onError?.(e);
    }
  }

  /** What replacing the current bank with `next` would change, question by question (by code). */
  async diff(next: readonly KeyedBankQuestion[]): Promise<BankChange> {
    const before = new Map((await this.current()).definition.bank.map((q) => [q.id, comparable(q)]));
    const change: BankChange = { added: 0, changed: 0, removed: 0, unchanged: 0 };
    for (const q of next) {
      const old = before.get(q.id);
      if (old === undefined) change.added++;
      else if (isDeepStrictEqual(old, comparable(q))) change.unchanged++;
      else change.changed++;
      before.delete(q.id);
    }
    change.removed = before.size;
    return change;
  }

  /**
   * Makes `bank` and `topics` the contest's bank in every process: stored as the next version,
   * and used by this process at once. Throws DefinitionError when the contest cannot run with it.
   */
  async apply(bank: KeyedBankQuestion[], topics: Topic[], importedBy: string): Promise<number> {
    const definition = this.withBank(bank, topics, 'the imported bank');
    const version = await this.options.db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
      const { version } = onlyRow(
        await tx.query<{ version: number }>(
          `insert into contest_banks (contest_id, version, bank, topics, imported_by)
         select $1, coalesce(max(version), 0) + 1, $2::jsonb, $3::jsonb, $4 from contest_banks where contest_id = $1
         returning version`,
          [this.contestId, JSON.stringify(definition.bank), JSON.stringify(definition.topics ?? []), importedBy],
        ),
        'the bank insert',
      );
      return Number(version);
    });
    if (version > this.held.version) this.held = this.build(version, definition);
    return version;
  }
}

/** A question as JSON would carry it (no undefined members), so a bank read back from jsonb compares equal to the sheet it came from. */
const comparable = (q: KeyedBankQuestion) => JSON.parse(JSON.stringify(q)) as unknown;
