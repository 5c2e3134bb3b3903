/**
 * Where attempts live between page loads. IndexedDB through idb, with an in-memory
 * fallback when IndexedDB is missing, blocked, full or never answers (private mode,
 * old in-app browsers). Callers never see a rejected promise from here: a failed write
 * switches to memory and reports it through `onDegrade`, so answers keep being kept.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { Attempt, AttemptResult, SubmissionRequest } from '../contract/schemas.ts';
import type { Owner } from '../core/identity.ts';
import type { ParticipantDraft } from '../core/validate.ts';

/** A submission waiting for the server's confirmation: the outbox entry. */
export interface OutboxEntry {
  idempotencyKey: string;
  body: SubmissionRequest;
  /** Set once the server refused it for good (expired, say); kept so the participant can save a copy. */
  failedCode?: string;
}

/** An outbox entry set aside, with the attempt it belongs to. */
export type ParkedEntry = OutboxEntry & { attemptId: string };

/** Everything needed to resume a participant's attempt. Holds no personal details. */
export interface Draft {
  view: 'registration' | 'exam' | 'review' | 'submitting' | 'result';
  attempt?: Attempt;
  answers: Record<string, string[]>;
  flagged: string[];
  prediction: number | null;
  index: number;
  outbox?: OutboxEntry;
  result?: AttemptResult;
  /** The autosave revision the server last confirmed for the attempt (absent: none yet, 0). */
  revision?: number;
  /** The idempotency key of a start request that may have reached the server before a reload. */
  startKey?: string;
  /** The device clock (Date.now) when `updatedAt` (server clock) was taken: a cached contest document's stale clock is corrected from the pair (#13 F15). */
  deviceAt?: number;
  /** Whose attempt it is (a salted hash of their identity, core/identity.ts): another visit resumes it only for them (#13 F12). */
  owner?: Owner;
  /** The participant said this is a shared computer: nothing is kept once the submission is confirmed (#13 F10). */
  shared?: boolean;
  updatedAt: number;
}

/**
 * A confirmed result kept on the device, without its review (the correct answers, #13 F9):
 * shown again on a reload of the same tab within RESULT_SHOWN_MS, otherwise only to its
 * owner, through "Xem lại kết quả của tôi" (#13 F11).
 */
export interface KeptResult {
  result: AttemptResult;
  attemptId: string;
  owner?: Owner;
  /** When it was confirmed (server clock, ms). */
  updatedAt: number;
}

/** Details kept because the participant asked ("Ghi nhớ"), until `expiresAt` (device clock, ms). Consent is never kept. */
export type RememberedDetails = ParticipantDraft & { expiresAt: number };

/** How long remembered details are kept: 30 days, said beside the tick box (#13 F10). */
export const REMEMBER_DAYS = 30;

export interface DraftStorage {
  readonly kind: 'indexeddb' | 'memory';
  getDraft(): Promise<Draft | undefined>;
  putDraft(draft: Draft): Promise<void>;
  deleteDraft(): Promise<void>;
  /** Participant details, kept only when the participant asked us to remember them, for REMEMBER_DAYS; expired ones are deleted here. */
  getProfile(): Promise<RememberedDetails | undefined>;
  putProfile(profile: ParticipantDraft): Promise<void>;
  deleteProfile(): Promise<void>;
  /** Unfinished attempts of other visits, set aside so the next person can start their own (#13 F12). */
  getHeld(): Promise<Draft[] | undefined>;
  putHeld(drafts: Draft[]): Promise<void>;
  /** The last confirmed result (#13 F11). */
  getResult(): Promise<KeptResult | undefined>;
  putResult(kept: KeptResult | undefined): Promise<void>;
  /** What this tab showed last (an attempt id, or `result:` and one): a reload of the same tab, not another visit, sees it. */
  visit(): string | undefined;
  markVisit(what: string | undefined): void;
  /** Sealed submissions set aside so the next person can take the contest (#13 F13); kept until saved or sent. */
  getParked(): Promise<ParkedEntry[] | undefined>;
  putParked(entries: ParkedEntry[]): Promise<void>;
  /** Release the database connection (the element left the page). */
  close(): void;
  /** Drop what this page remembers, so the next read sees what another tab wrote. */
  forget(): void;
}

const DB = 'cai-cach-quiz';
const STORE = 'records';

/**
 * A hint in localStorage that a draft may exist for a scope: set before a draft is first
 * written, removed once it is deleted. Read synchronously at start (`noDraftHere`), it lets
 * the rules show before IndexedDB has opened. It holds no data, only the scope's name.
 */
const hintKey = (scope: string) => `cai-cach-quiz:draft:${scope}`;
function hint(scope: string, on: boolean) {
  try {
    if (on) localStorage.setItem(hintKey(scope), '1');
    else localStorage.removeItem(hintKey(scope));
  } catch {
    // localStorage refused (a sandboxed frame, a full quota): the start then waits for IndexedDB.
  }
}

/** True only when this device surely holds no draft for `scope`; when unsure (no localStorage), false. */
export function noDraftHere(scope: string): boolean {
  try {
    return localStorage.getItem(hintKey(scope)) === null;
  } catch {
    return false;
  }
}

type Records = Map<string, unknown>;

/** Keeps records in a Map; used alone when IndexedDB is unusable, and as the mirror behind it. */
export class MemoryStorage implements DraftStorage {
  readonly kind: 'indexeddb' | 'memory' = 'memory';
  constructor(
    protected readonly scope: string,
    protected readonly records: Records = new Map(),
  ) {}
  // eslint-disable-next-line @typescript-eslint/require-await -- async makes a DataCloneError a rejection, as from IndexedDB, in the fewest bytes
  protected async read<T>(key: string): Promise<T | undefined> {
    return structuredClone(this.records.get(`${key}:${this.scope}`)) as T | undefined;
  }
  // eslint-disable-next-line @typescript-eslint/require-await -- as read(): a DataCloneError rejects, it is not thrown
  protected async write(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.records.delete(`${key}:${this.scope}`);
    else this.records.set(`${key}:${this.scope}`, structuredClone(value));
  }
  getDraft = () => this.read<Draft>('draft');
  putDraft = (d: Draft) => this.write('draft', d);
  deleteDraft = () => this.write('draft', undefined);
  getProfile = async () => {
    const kept = await this.read<RememberedDetails>('profile');
    // Details kept before they had an expiry, or past it, are deleted as they are read.
    if (kept && !(kept.expiresAt > Date.now())) return void (await this.deleteProfile());
    return kept && { ...kept, consent: false };
  };
  putProfile = (p: ParticipantDraft) => this.write('profile', { ...p, consent: false, expiresAt: Date.now() + REMEMBER_DAYS * 86_400_000 });
  deleteProfile = () => this.write('profile', undefined);
  getHeld = () => this.read<Draft[]>('held');
  putHeld = (d: Draft[]) => this.write('held', d.length ? d : undefined);
  getResult = () => this.read<KeptResult>('result');
  putResult = (r: KeptResult | undefined) => this.write('result', r);
  visit(): string | undefined {
    return this.records.get(`visit:${this.scope}`) as string | undefined;
  }
  markVisit(what: string | undefined) {
    this.records.set(`visit:${this.scope}`, what);
  }
  getParked = () => this.read<ParkedEntry[]>('parked');
  putParked = (p: ParkedEntry[]) => this.write('parked', p.length ? p : undefined);
  close() {}
  forget() {}
}

/**
 * IndexedDB first, memory as the mirror: every write goes to memory at once (so reads in
 * this page are always current) and then to IndexedDB. If IndexedDB fails, the mirror
 * carries on and `onDegrade` tells the element to say so.
 */
class IdbStorage extends MemoryStorage {
  override kind: 'indexeddb' | 'memory' = 'indexeddb';
  /** Reads and writes not yet finished (their transactions included); closing waits for them. */
  readonly #pending = new Set<Promise<unknown>>();

  /** The connection new reads and writes use; gone once closing or degraded. */
  #db: IDBPDatabase | undefined;
  /** The connection itself, until it is really closed (which may wait for the work in flight). */
  #connection: IDBPDatabase | undefined;
  #closing = false;
  readonly #onDegrade: (reason: unknown) => void;
  /** Whether the draft hint is set, as far as this page knows (so it is written once, not per answer). */
  #hinted = false;

  constructor(scope: string, db: IDBPDatabase | undefined, onDegrade: (reason: unknown) => void) {
    super(scope);
    this.#db = this.#connection = db;
    this.#onDegrade = onDegrade;
  }

  override forget() {
    this.records.clear();
  }

  // sessionStorage lives as long as the tab, reloads included; another tab or a new browser
  // session starts without it. It holds an attempt id, nothing personal.
  override visit(): string | undefined {
    try {
      return sessionStorage.getItem(`cai-cach-quiz:visit:${this.scope}`) ?? undefined;
    } catch {
      return super.visit();
    }
  }
  override markVisit(what: string | undefined) {
    super.markVisit(what);
    try {
      if (what) sessionStorage.setItem(`cai-cach-quiz:visit:${this.scope}`, what);
      else sessionStorage.removeItem(`cai-cach-quiz:visit:${this.scope}`);
    } catch {
      // A sandboxed frame without sessionStorage: this page's memory has it (super).
    }
  }

  /**
   * Let the reads and writes in flight finish, then release the connection. It is closed only
   * once its transactions are done: a connection closed with a transaction still running stays
   * open meanwhile and answers another page's delete or upgrade with 'blocked'.
   */
  override close() {
    this.#db = undefined;
    this.#closing = true;
    if (!this.#pending.size) this.#release();
    else void Promise.allSettled([...this.#pending]).then(() => this.#release());
  }

  #release() {
    this.#connection?.close();
    this.#connection = undefined;
  }

  /** Another tab wants to upgrade or delete the database: let it (now, even while closing), and carry on in memory. */
  onVersionChange = () => {
    if (this.#closing) this.#release();
    else this.#degrade(new Error('IndexedDB is being upgraded or deleted by another page'));
  };

  #degrade(reason: unknown) {
    if (this.kind === 'memory') return;
    this.kind = 'memory';
    this.#db = undefined;
    this.#release();
    this.#onDegrade(reason);
  }

  /** Keep `work` among the pending, so close() waits for it. */
  #track<T>(work: Promise<T>): Promise<T> {
    this.#pending.add(work);
    void work.finally(() => this.#pending.delete(work)).catch(() => undefined);
    return work;
  }

  // Reads and writes reach IndexedDB in the same turn as the call, before any await: one asked
  // for just before close() is then among the pending, and close() waits for it.
  protected override read<T>(key: string): Promise<T | undefined> {
    const db = this.#db;
    if (!db || this.records.has(`${key}:${this.scope}`)) return super.read<T>(key);
    const reading = this.#track(
      (async () => {
        // Until the transaction is done, not only the request: close() must not find it still running.
        const tx = db.transaction(STORE, 'readonly');
        const [found] = await Promise.all([tx.store.get(`${key}:${this.scope}`) as Promise<T | undefined>, tx.done]);
        return found;
      })(),
    );
    return reading.then(
      async (value) => {
        if (value !== undefined) await super.write(key, value);
        return value;
      },
      (e: unknown) => {
        this.#degrade(e);
        return undefined;
      },
    );
  }

  protected override async write(key: string, value: unknown): Promise<void> {
    const mirrored = super.write(key, value);
    const db = this.#db;
    if (!db) return mirrored;
    // The transaction starts now, not after earlier writes finish: IndexedDB runs readwrite
    // transactions on one store in the order they were created, and a write already
    // started is the one most likely to survive the page being closed a moment later.
    const id = `${key}:${this.scope}`;
    const isDraft = key === 'draft';
    if (isDraft && value !== undefined && !this.#hinted) hint(this.scope, (this.#hinted = true));
    const written = this.#track(
      (value === undefined ? db.delete(STORE, id) : db.put(STORE, value, id)).then(
        () => undefined,
        (e: unknown) => this.#degrade(e),
      ),
    );
    await Promise.all([mirrored, written]);
    if (isDraft && value === undefined && this.kind === 'indexeddb') hint(this.scope, (this.#hinted = false));
  }
}

export interface DraftDatabase {
  /** The storage of one contest; it owns the connection from then on (its close() closes it). */
  scoped(scope: string): DraftStorage;
  /** Close the connection if no storage was made from it (the element left before its contest arrived). */
  release(): void;
}

/**
 * Open the database, then make the storage of one contest from it (`scope` = endpoint +
 * contest id), or of none if the element left meanwhile (`release()`). Resolves within
 * `timeoutMs` whatever IndexedDB does; never rejects.
 */
export async function openDraftDatabase(onDegrade: (reason: unknown) => void, { timeoutMs = 3000 } = {}): Promise<DraftDatabase> {
  const inMemory: DraftDatabase = { scoped: (scope) => new MemoryStorage(scope), release() {} };
  if (!globalThis.indexedDB) {
    onDegrade(new Error('IndexedDB is not available'));
    return inMemory;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let storage: IdbStorage | undefined;
  let opening: Promise<IDBPDatabase> | undefined;
  try {
    // Some browsers throw from indexedDB.open itself (old private modes); that is caught here too.
    opening = openDB(DB, 1, {
      upgrade(db) {
        db.createObjectStore(STORE);
      },
      // Another tab holds an older version open: carry on in memory rather than wait forever.
      blocked() {
        onDegrade(new Error('IndexedDB upgrade blocked by another tab'));
      },
      blocking(_current, _blocked, event) {
        if (storage) storage.onVersionChange();
        // Open but not yet handed to a contest's storage: nobody else would close it.
        else (event.target as IDBDatabase).close();
      },
      terminated() {
        onDegrade(new Error('IndexedDB connection terminated'));
      },
    });
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('IndexedDB did not open in time')), timeoutMs);
    });
    const db = await Promise.race([opening, timedOut]);
    let released = false;
    return {
      scoped: (scope) => (released ? new MemoryStorage(scope) : (storage = new IdbStorage(scope, db, onDegrade))),
      release: () => {
        released = true;
        if (!storage) db.close();
      },
    };
  } catch (e) {
    // If the open finishes late, close it so it cannot block a later upgrade.
    opening?.then(
      (db) => db.close(),
      () => undefined,
    );
    onDegrade(e);
    return inMemory;
  } finally {
    clearTimeout(timer);
  }
}
