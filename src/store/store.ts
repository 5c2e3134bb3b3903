/**
 * The quiz store: the exam's state machine plus the effects it orders, through injected
 * ports (api, storage, clock, timers). Plain TypeScript, no DOM and no Lit, so it is
 * unit-tested directly with fakes. Snapshots are immutable; views read them and call
 * the intents below.
 */
import type { ContestDocument, SubmissionRequest } from '../contract/schemas.ts';
import type { FailureCode } from '../api/errors.ts';
import type { ServerClock } from '../core/clock.ts';
import { draftFrom, toParticipant, validateDraft, type DraftErrors, type ParticipantDraft } from '../core/validate.ts';
import { byId } from '../core/by-id.ts';
import { identityKeys, isOwner, ownerOf, type Owner } from '../core/identity.ts';
import { roundsAt } from '../core/rounds.ts';
import type { Draft, DraftStorage, KeptResult, RememberedDetails } from '../storage/drafts.ts';
import { isFinal, nextSendIn, sendsAgain } from './outbox.ts';
import { attemptDraft, keptResult, registrationDraft, resultShownAgain } from './persistence.ts';
import { allowed, type Phase } from './phases.ts';
import type { StorePorts } from './ports.ts';
import { initial, toUiError, type Snapshot } from './snapshot.ts';
import { claimStartKey, keyMismatch, refusedStart } from './start.ts';

export type { Phase } from './phases.ts';
export type { StorePorts } from './ports.ts';
export type { OutboxState, Snapshot, UiError } from './snapshot.ts';
export { RESULT_SHOWN_MS } from './persistence.ts';

export class QuizStore {
  #snapshot: Snapshot = initial;
  #listeners = new Set<(s: Snapshot) => void>();
  #storage?: DraftStorage;
  #cancelRetry?: () => void;
  #sending = false;
  /** Failed sends of the current outbox entry, for the backoff. */
  #failures = 0;
  #loadController?: AbortController;
  /** Set by dispose(): storage that finishes opening afterwards is closed at once. */
  #disposed = false;
  /** Settles once what storage holds has been applied; intents that write to it wait for it. */
  #stored: Promise<unknown> = Promise.resolve();
  /** The current server-anchored clock; replaced on every response that carries serverTime. */
  clock?: ServerClock;

  readonly #ports: StorePorts;

  constructor(ports: StorePorts) {
    this.#ports = ports;
  }

  // ------------------------------------------------------------------ reading

  get state(): Snapshot {
    return this.#snapshot;
  }

  subscribe(listener: (s: Snapshot) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Milliseconds until the next try of a start or a submission being retried (0: under way), by the server's clock. */
  retryIn(): number | undefined {
    const at = this.#snapshot.retry?.at;
    return at === undefined ? undefined : Math.max(0, at - (this.clock?.now() ?? 0));
  }

  /** Milliseconds left until the attempt's deadline, by the server's clock. */
  msLeft(): number {
    const { attempt } = this.#snapshot;
    if (!attempt || !this.clock) return 0;
    return Math.max(0, Date.parse(attempt.deadline) - this.clock.now());
  }

  #set(patch: Partial<Snapshot>) {
    const next = { ...this.#snapshot, ...patch };
    if (next.phase !== this.#snapshot.phase && !allowed(this.#snapshot.phase, next.phase)) {
      throw new Error(`Illegal transition ${this.#snapshot.phase} → ${next.phase}`);
    }
    this.#snapshot = next;
    for (const l of this.#listeners) l(next);
  }

  /** Persist what is needed to resume. Never rejects (storage degrades to memory itself). */
  #persist(): Promise<void> {
    const s = this.#snapshot;
    // A tab that only shows an attempt held elsewhere must never overwrite what that tab saves.
    if (!this.#storage || s.openElsewhere) return Promise.resolve();
    const updatedAt = this.clock?.now() ?? 0;
    switch (s.phase) {
      case 'registration':
      case 'starting':
        return this.#alone(() => this.#storage!.putDraft(registrationDraft(this.#startKey, updatedAt)));
      case 'exam':
      case 'review':
      case 'submitting':
        return this.#mirrored(
          attemptDraft(s, s.phase, { outbox: this.#pendingOutbox, revision: this.revision, startKey: this.#startKey, owner: this.#owner, updatedAt }),
        );
      case 'result': {
        // Confirmed: the attempt and its answers go. The result stays for its owner only (F11), without
        // its review, which holds the correct answers (F9); on a shared computer, not at all (F10).
        const kept = keptResult(s.result!, this.#owner, updatedAt);
        this.#storage.markVisit(s.sharedDevice ? undefined : `result:${kept.attemptId}`);
        if (s.sharedDevice) return this.#storage.deleteDraft();
        this.#kept = kept;
        return Promise.all([this.#storage.putResult(kept), this.#storage.deleteDraft()]).then(() => undefined);
      }
      default:
        return this.#alone(() => this.#storage!.deleteDraft());
    }
  }

  #pendingOutbox?: Draft['outbox'];

  /** Write a draft without an attempt only while no other tab here shows one: it would replace that tab's (#13 F17). */
  async #alone(write: () => Promise<void>): Promise<void> {
    if (!(await this.#ports.attemptElsewhere?.())) return write();
  }

  /** Write the attempt's draft to this tab's synchronous copy, then to storage. */
  #mirrored(draft: Draft): Promise<void> {
    this.#ports.mirror?.put(draft);
    return this.#storage!.putDraft(draft);
  }
  /** Whose the attempt on screen is (salted hash), written with its draft. */
  #owner?: Owner;

  /**
   * The attempt's autosave revision the server last confirmed (`PUT …/answers`; see
   * controllers/autosave.ts), kept with the draft so that a reload goes on from it.
   */
  revision = 0;

  /** The server confirmed an autosave: its new revision. */
  autosaved(revision: number): Promise<void> {
    this.revision = revision;
    return this.#persist();
  }

  // ------------------------------------------------------------------ intents

  /** Participant details supplied by the host page, if any. */
  #hostParticipant?: Partial<ParticipantDraft>;

  /** Host-supplied participant details: prefill the form, or skip it when complete and valid. */
  setHostParticipant(partial: Partial<ParticipantDraft> | undefined) {
    this.#hostParticipant = partial;
    const form = draftFrom(partial);
    this.#set({ form, participantFromHost: !!partial && this.#isComplete(form) });
  }

  #isComplete(form: ParticipantDraft): boolean {
    const fields = this.#snapshot.contest?.registration.fields;
    return !!fields && form.consent && Object.keys(validateDraft(form, fields, this.#today())).length === 0;
  }

  #today(): Date {
    return new Date(this.clock?.now() ?? 0);
  }

  /** Fetch the contest document and resume whatever this device was doing. */
  async load(): Promise<void> {
    this.#loadController?.abort();
    const controller = (this.#loadController = new AbortController());
    if (this.#snapshot.phase !== 'loading') this.#set({ phase: 'loading', error: undefined });
    let contest: ContestDocument;
    try {
      contest = await this.#ports.api.getContest(controller.signal);
    } catch (e) {
      if (controller.signal.aborted) return;
      this.#set({ phase: 'load-error', error: toUiError(e) });
      return;
    }
    if (controller.signal.aborted) return;
    this.clock = this.#ports.clock(contest.serverTime);
    const early = !this.#storage && this.#ports.nothingToResume?.(contest.id) === true;
    const reading = this.#read(contest);
    if (early) {
      // Nothing to resume here: the rules show now, and storage opens while they are read
      // (about 0.15 s sooner on a slow phone with a fresh profile).
      this.#enter(contest, 'unknown', undefined);
      await this.#resume(undefined);
      const shown = this.#snapshot.form;
      this.#stored = reading.then(async ({ kind, draft, profile }) => {
        if (controller.signal.aborted) return;
        const prefill = profile && !this.#hostParticipant && this.#snapshot.form === shown;
        // Remembered details fill the form, but neither consent nor "remember" is ticked for anyone (F10).
        this.#set({ storage: kind, ...(prefill ? { form: profile, rememberedUntil: profile.expiresAt } : {}) });
        // The hint was wrong (the draft predates it, or was cleared): resume after all.
        if (draft?.attempt || draft?.result || draft?.startKey || draft?.view === 'registration') {
          this.#set({ phase: 'loading' });
          await this.#resume(draft);
        }
      });
      return this.#stored as Promise<void>;
    }
    const { kind, draft, profile } = await reading;
    if (controller.signal.aborted) return;
    this.#enter(contest, kind, profile);
    await this.#resume(draft);
  }

  /** Open (once) and read this device's storage for the contest. */
  async #read(contest: ContestDocument): Promise<{ kind: DraftStorage['kind']; draft?: Draft; profile?: RememberedDetails }> {
    if (!this.#storage) {
      const opened = await this.#ports.openStorage(contest.id);
      // Disposed while it opened (the element left during the rules' first moments), or opened
      // twice: nobody will close this one later, and an open connection blocks deleting or
      // upgrading the database, so it is closed now.
      if (this.#disposed || this.#storage) opened.close();
      else this.#storage = opened;
      if (this.#disposed) return { kind: opened.kind };
    }
    const storage = this.#storage!;
    const [stored, profile, parked, held, kept] = await Promise.all([
      storage.getDraft(),
      storage.getProfile(),
      storage.getParked(),
      storage.getHeld(),
      storage.getResult(),
    ]);
    let draft = stored;
    // A result kept the old way, with its review (the correct answers, F9) and for anyone (F11): gone.
    if (draft?.view === 'result') {
      void storage.deleteDraft();
      draft = undefined;
    }
    const visit = storage.visit();
    // F12: an unfinished attempt resumes by itself only in the tab that had it (a reload), or for
    // the host's participant when it is theirs; for anyone else it waits for its owner's details.
    this.#heldDraft = undefined;
    if (draft?.attempt && draft.owner && visit !== draft.attempt.id) {
      const keys = identityKeys(contest.registration.fields);
      if (!(this.#hostParticipant && (await isOwner(draft.owner, this.#hostParticipant, keys)))) {
        this.#heldDraft = draft;
        draft = undefined;
      }
    }
    // IndexedDB unusable (none, broken, or slower to open than the element waits: a loaded phone
    // after a reload, #17): this tab's own copy, which a reload keeps, has the attempt on screen.
    if (!draft && storage.kind === 'memory') draft = this.#ports.mirror?.get();
    this.#held = held ?? [];
    this.#kept = kept;
    // F11: a result shows again only on a reload of the tab that showed it, within RESULT_SHOWN_MS.
    const again = resultShownAgain(kept, draft, visit, this.clock?.now() ?? 0);
    if (again) draft = again;
    this.#set({ parked, held: { attempts: this.#held.length + (this.#heldDraft ? 1 : 0), result: !!kept && !again } });
    return { kind: storage.kind, draft, profile };
  }

  /** Unfinished attempts of other visits, set aside (storage `held`), and one still in the draft's place. */
  #held: Draft[] = [];
  #heldDraft?: Draft;
  #kept?: KeptResult;

  /**
   * Someone else is starting: the unfinished attempt left in the draft's place goes aside, whole
   * (answers, sealed submission), so that its owner can resume it later (F12). Read afresh, in
   * case a tab of its owner's is still writing it.
   */
  async #setAside() {
    const storage = this.#storage;
    if (!storage || !this.#heldDraft) return;
    storage.forget();
    const latest = (await storage.getDraft()) ?? this.#heldDraft;
    this.#heldDraft = undefined;
    if (latest.attempt) this.#held = [...this.#held.filter((d) => d.attempt?.id !== latest.attempt!.id), latest];
    await storage.putHeld(this.#held);
    await storage.deleteDraft();
  }

  /**
   * "Tiếp tục bài thi của tôi" (`attempt`) or "Xem lại kết quả của tôi" (`result`): the
   * participant types their identifying details again; what this device holds for them opens.
   * False when the details match nothing here.
   */
  async reclaim(details: Partial<ParticipantDraft>, what: 'attempt' | 'result'): Promise<boolean> {
    const { contest, phase, held } = this.#snapshot;
    const storage = this.#storage;
    if (!storage || !contest || phase !== 'landing') return false;
    const keys = identityKeys(contest.registration.fields);
    if (what === 'result') {
      const kept = this.#kept;
      if (!kept || !(await isOwner(kept.owner, details, keys))) return false;
      this.#set({ phase: 'loading' });
      this.#set({ phase: 'result', result: kept.result, held: { attempts: held?.attempts ?? 0, result: false } });
      return true;
    }
    await this.#setAside();
    for (const d of this.#held) {
      if (!(await isOwner(d.owner, details, keys))) continue;
      this.#held = this.#held.filter((x) => x !== d);
      await storage.putHeld(this.#held);
      await storage.putDraft(d);
      storage.markVisit(d.attempt?.id);
      this.#set({ phase: 'loading', held: { attempts: this.#held.length, result: !!held?.result } });
      await this.#resume(d);
      return true;
    }
    return false;
  }

  /** The contest is here: the form starts from the host's details, or the remembered ones. */
  #enter(contest: ContestDocument, storage: Snapshot['storage'], profile: RememberedDetails | undefined) {
    this.#snapshot = {
      ...this.#snapshot,
      contest,
      storage,
      form: this.#hostParticipant ? draftFrom(this.#hostParticipant) : (profile ?? this.#snapshot.form),
      // Filled in, never ticked: consent and "remember" are asked of whoever is at the screen (F10).
      rememberDetails: false,
      rememberedUntil: profile?.expiresAt,
    };
    this.#set({ participantFromHost: !!this.#hostParticipant && this.#isComplete(this.#snapshot.form) });
  }

  async #resume(draft: Draft | undefined) {
    const contest = this.#snapshot.contest!;
    // This tab's synchronous copy is the newer one when a reload came before storage's last write committed.
    const copy = this.#ports.mirror?.get();
    if (copy && draft?.attempt && copy.attempt?.id === draft.attempt.id && copy.updatedAt >= draft.updatedAt) draft = copy;
    if (draft?.result && draft.view === 'result') {
      this.#set({ phase: 'result', result: draft.result });
      return;
    }
    if (draft?.attempt) {
      this.revision = draft.revision ?? 0;
      this.#startKey = draft.startKey;
      // The contest document may be a cached copy whose serverTime is old, and its Age unreadable
      // (#13 F15: 1:30 shown against 29 s real). The draft's server time, carried forward by the
      // device clock since it was written, is then later, and truer: the clock follows it. Bounded
      // to 5 minutes (more than a contest document is cached for), so a device clock changed
      // between the write and the reload cannot move the deadline by more.
      const ahead = draft.updatedAt + Date.now() - (draft.deviceAt ?? Infinity) - this.clock!.now();
      if (ahead > 0) {
        const stale = this.clock!;
        const by = Math.min(ahead, 300_000);
        this.clock = { now: () => stale.now() + by };
      }
      this.#owner = draft.owner;
      this.#storage?.markVisit(draft.attempt.id);
      this.#set({
        sharedDevice: !!draft.shared,
        attempt: draft.attempt,
        answers: byId(draft.answers),
        flagged: draft.flagged,
        prediction: draft.prediction,
        index: draft.index,
      });
      if (draft.outbox) {
        this.#pendingOutbox = draft.outbox;
        this.#set({ phase: 'submitting', outbox: { status: 'waiting', reason: draft.outbox.body.reason } });
        // A refusal the participant can act on (logged in again, then reloaded, as the message
        // said) is tried again on reload; only the final ones stay refused (#13 F13).
        if (draft.outbox.failedCode && isFinal(draft.outbox.failedCode)) {
          this.#set({ outbox: { status: 'failed', reason: draft.outbox.body.reason, error: { code: draft.outbox.failedCode as FailureCode } } });
        } else {
          draft.outbox.failedCode = undefined;
          void this.flush();
        }
        return;
      }
      this.#set({ phase: draft.view === 'review' ? 'review' : 'exam' });
      if (this.msLeft() <= 0) await this.expire();
      return;
    }
    this.#startKey = draft?.startKey;
    const now = this.clock!.now();
    // Between two rounds the contest is "not open yet" until the next one opens.
    const { current, next } = roundsAt(contest.rounds, now);
    const betweenRounds = contest.rounds.length > 0 && !current;
    if (now < Date.parse(contest.opensAt) || (betweenRounds && next)) this.#set({ phase: 'upcoming' });
    else if (now >= Date.parse(contest.closesAt) || betweenRounds) this.#set({ phase: 'closed' });
    else this.#set({ phase: draft?.view === 'registration' ? 'registration' : 'landing' });
  }

  /** From the rules: go on to registration, or straight to the exam when the host supplied the participant. */
  async begin(): Promise<void> {
    // Storage may still be opening (see load): what it holds decides whether this goes ahead.
    await this.#stored;
    if (this.#snapshot.phase !== 'landing') return;
    // Someone else's unfinished attempt leaves the draft's place, kept for them (F12).
    await this.#setAside();
    if (this.#snapshot.participantFromHost) return this.#startAttempt();
    this.#set({ phase: 'registration', error: undefined, formErrors: {} });
    await this.#persist();
  }

  backToRules() {
    this.#set({ phase: 'landing', formErrors: {}, error: undefined });
    void this.#persist();
  }

  updateForm(patch: Partial<ParticipantDraft>) {
    const form = { ...this.#snapshot.form, ...patch };
    // Clear the error of an edited field so stale messages do not linger.
    const formErrors = { ...this.#snapshot.formErrors };
    for (const key of Object.keys(patch)) delete formErrors[key as keyof DraftErrors];
    if ('districtId' in patch && patch.districtId !== this.#snapshot.form.districtId) form.communeId = '';
    this.#set({ form, formErrors });
  }

  setRememberDetails(remember: boolean) {
    this.#set({ rememberDetails: remember && !this.#snapshot.sharedDevice });
  }

  /** "Tôi dùng máy tính chung": remember nothing, keep no result (F10). */
  setSharedDevice(shared: boolean) {
    this.#set({ sharedDevice: shared, ...(shared ? { rememberDetails: false } : {}) });
  }

  /** "Xoá thông tin đã lưu": the remembered details go from the device and the form. */
  async forgetDetails(): Promise<void> {
    this.#set({ rememberedUntil: undefined, rememberDetails: false, form: draftFrom(this.#hostParticipant) });
    await this.#storage?.deleteProfile();
  }

  /** Validate the form; returns false (and sets the errors) when it is not valid. */
  async register(): Promise<boolean> {
    const { fields } = this.#snapshot.contest!.registration;
    const formErrors = validateDraft(this.#snapshot.form, fields, this.#today(), this.#snapshot.contest!.registration);
    this.#set({ formErrors, error: undefined });
    if (Object.keys(formErrors).length) return false;
    await this.#startAttempt();
    return true;
  }

  #startKey?: string;

  async #startAttempt(retried = false): Promise<void> {
    const { contest, form, rememberDetails } = this.#snapshot;
    const fields = contest!.registration.fields;
    if (!retried && this.#ports.beforeStart?.() === false) return;
    this.#set({ phase: 'starting', error: undefined, retry: undefined });
    // One key per start intent, reused across reloads and this device's tabs (start.ts).
    const other = await claimStartKey(this.#ports, this.#storage!, this.#startKey, retried, (key) => ((this.#startKey = key), this.#persist()));
    // Whose the attempt will be (a salted hash, F12), worked out while the request is on its way.
    const owning = ownerOf(form, identityKeys(fields));
    try {
      const captchaToken = await this.#ports.captcha?.();
      // The round the participant saw; the server decides which round the attempt is in.
      const roundId = roundsAt(contest!.rounds, this.clock?.now() ?? 0).current?.id;
      const { attempt, serverTime } = await this.#ports.api.startAttempt(
        { participant: toParticipant(form, fields), ...(roundId ? { roundId } : {}), ...(captchaToken ? { captchaToken } : {}) },
        this.#startKey!,
        undefined,
        (ms) => this.#set({ retry: { at: (this.clock?.now() ?? 0) + ms } }),
      );
      this.clock = this.#ports.clock(serverTime);
      this.#owner = await owning;
      // This tab's attempt: its reloads resume it without asking who is there (F12).
      this.#storage!.markVisit(attempt.id);
      // Not awaited: the first question need not wait for it (storage never rejects).
      void (rememberDetails ? this.#storage!.putProfile(form) : this.#storage!.deleteProfile());
      this.#pendingOutbox = undefined;
      this.revision = 0;
      this.#set({
        phase: 'exam',
        attempt,
        answers: byId(),
        flagged: [],
        prediction: null,
        index: 0,
        result: undefined,
        outbox: undefined,
        retry: undefined,
        submittedBy: undefined,
        attemptsLeft: { roundId: attempt.roundId, left: attempt.attemptsLeft },
      });
      // Another tab here started this very attempt (its key was reused): go on from what it saved, never blank it.
      if (other?.attempt?.id === attempt.id) this.#set({ answers: other.answers, flagged: other.flagged, prediction: other.prediction });
      await this.#persist();
    } catch (e) {
      // The kept key went with other details (changed after a reload): once more with a fresh key.
      if (keyMismatch(e, retried)) {
        this.#startKey = undefined;
        return this.#startAttempt(true);
      }
      const error = toUiError(e, this.clock);
      // The server refused the request itself: a new try is a new intent (start.ts).
      if (refusedStart(e)) this.#startKey = undefined;
      if (error.code === 'contest_closed') return this.#set({ phase: 'closed', error });
      if (error.code === 'contest_not_open') return this.#set({ phase: 'upcoming', error });
      const formErrors: DraftErrors = {};
      if (error.code === 'invalid_participant' && error.fields) {
        for (const key of Object.keys(error.fields)) formErrors[key as keyof DraftErrors] = 'serverRejected';
      }
      const back: Phase = this.#snapshot.participantFromHost && !error.fields ? 'landing' : 'registration';
      this.#set({ phase: back, error, formErrors, retry: undefined });
      await this.#persist();
    }
  }

  /** Whether the attempt on screen can still take answers here: in the exam or its review, in this tab, on time. */
  editable(): boolean {
    const { phase, openElsewhere } = this.#snapshot;
    return (phase === 'exam' || phase === 'review') && !openElsewhere && this.msLeft() > 0;
  }

  /** Record an answer; written to storage before the promise resolves. */
  answer(questionId: string, optionIds: readonly string[]): Promise<void> {
    if (!this.editable()) return Promise.resolve();
    this.#set({ answers: byId(this.#snapshot.answers, { [questionId]: [...optionIds] }) });
    return this.#persist();
  }

  toggleFlag(questionId: string): Promise<void> {
    if (!this.editable()) return Promise.resolve();
    const { flagged } = this.#snapshot;
    this.#set({ flagged: flagged.includes(questionId) ? flagged.filter((f) => f !== questionId) : [...flagged, questionId] });
    return this.#persist();
  }

  setPrediction(value: number | null): Promise<void> {
    if (!this.editable()) return Promise.resolve();
    this.#set({ prediction: value });
    return this.#persist();
  }

  /** Page count of the exam: the questions, plus one page for the prediction when the contest has one. */
  pageCount(): number {
    const n = this.#snapshot.attempt?.questions.length ?? 0;
    return n + (this.#snapshot.contest?.exam.prediction ? 1 : 0);
  }

  goTo(index: number): Promise<void> {
    const clamped = Math.max(0, Math.min(this.pageCount() - 1, index));
    this.#set({ phase: 'exam', index: clamped });
    return this.#persist();
  }

  openReview(): Promise<void> {
    this.#set({ phase: 'review' });
    return this.#persist();
  }

  /** The participant confirmed on the review screen. */
  confirmSubmit(): Promise<void> {
    return this.#seal('confirmed');
  }

  /** The deadline passed: seal the answers as they are and submit them. */
  expire(): Promise<void> {
    const { phase } = this.#snapshot;
    if (phase !== 'exam' && phase !== 'review') return Promise.resolve();
    return this.#seal('time-up');
  }

  /** The answers as the contract sends them (a submission, an autosave): every question, unanswered ones with no option. */
  answerEntries(): SubmissionRequest['answers'] {
    const { attempt, answers } = this.#snapshot;
    return attempt!.questions.map((q) => ({ questionId: q.id, optionIds: [...(answers[q.id] ?? [])] }));
  }

  async #seal(reason: SubmissionRequest['reason']) {
    const body: SubmissionRequest = { answers: this.answerEntries(), prediction: this.#snapshot.prediction, reason };
    // Written to the outbox before anything is sent; the key is reused by every retry.
    this.#pendingOutbox = { idempotencyKey: this.#ports.newKey(), body };
    this.#set({ phase: 'submitting', outbox: { status: 'sending', reason } });
    await this.#persist();
    await this.flush();
  }

  /** Send the outbox entry; on a passing failure, wait and try again by itself. */
  async flush(): Promise<void> {
    const entry = this.#pendingOutbox;
    const attempt = this.#snapshot.attempt;
    const { phase, openElsewhere } = this.#snapshot;
    if (!entry || !attempt || this.#sending || phase !== 'submitting' || openElsewhere || entry.failedCode) return;
    this.#cancelRetry?.();
    const reason = entry.body.reason;
    if (!this.#snapshot.online) {
      this.#set({ outbox: { status: 'waiting', reason, error: { code: 'network' } }, retry: undefined });
      return;
    }
    this.#sending = true;
    this.#set({ outbox: { status: 'sending', reason } });
    try {
      const { result, serverTime } = await this.#ports.api.submit(attempt.id, entry.body, entry.idempotencyKey);
      this.clock = this.#ports.clock(serverTime);
      this.#pendingOutbox = undefined;
      this.#startKey = undefined;
      this.#ports.mirror?.put(undefined);
      this.#failures = 0;
      this.#set({
        phase: 'result',
        result,
        submittedBy: reason,
        outbox: undefined,
        retry: undefined,
        error: undefined,
        attemptsLeft: { roundId: attempt.roundId, left: result.attemptsLeft },
      });
      // Confirmed: nothing of the attempt is needed any more but the result to show on reload.
      await this.#persist();
    } catch (e) {
      const error = toUiError(e, this.clock);
      // A passing failure, or a garbled answer that may hide an applied submission: sent again, later (outbox.ts).
      if (sendsAgain(e)) {
        const now = this.clock?.now() ?? 0;
        const delay = nextSendIn(this.#failures++, e, attempt.deadline, this.#snapshot.contest!.exam.graceSeconds, now);
        this.#set({ outbox: { status: 'waiting', reason, error, nextTryAt: now + delay }, retry: { at: now + delay } });
        this.#cancelRetry = this.#ports.schedule(() => void this.flush(), delay);
      } else {
        entry.failedCode = error.code;
        this.#set({ outbox: { status: 'failed', reason, error }, retry: undefined });
        await this.#persist();
      }
    } finally {
      this.#sending = false;
    }
  }

  /** Send a refused submission again, with the same key and body (after logging in again, say). */
  resend(): Promise<void> {
    const entry = this.#pendingOutbox;
    if (entry) entry.failedCode = undefined;
    this.#failures = 0;
    return this.flush();
  }

  /** Whether the submission on screen was refused for good (outbox.ts). */
  refusedForGood(): boolean {
    return isFinal(this.#pendingOutbox?.failedCode);
  }

  /**
   * Set the sealed submission aside, so that this device can serve the next person: it stays in
   * storage (its copy can still be saved, from the rules page) and the element goes back to the rules.
   */
  async park(): Promise<void> {
    const entry = this.#pendingOutbox;
    const attempt = this.#snapshot.attempt;
    if (!entry || !attempt || !this.#storage) return;
    this.#cancelRetry?.();
    const parked = [...(this.#snapshot.parked ?? []), { ...entry, attemptId: attempt.id }];
    await this.#storage.putParked(parked);
    await this.#storage.deleteDraft();
    // Set aside, it is no longer this tab's attempt: a reload must not take it up from the copy.
    this.#ports.mirror?.put(undefined);
    this.#pendingOutbox = undefined;
    this.#startKey = undefined;
    this.#set({ parked, attempt: undefined, outbox: undefined, retry: undefined, answers: {}, flagged: [], prediction: null, index: 0 });
    await this.load();
  }

  /** A set-aside submission was saved or sent: forget it on this device. */
  async unpark(attemptId: string): Promise<void> {
    const parked = (this.#snapshot.parked ?? []).filter((p) => p.attemptId !== attemptId);
    this.#set({ parked });
    await this.#storage?.putParked(parked);
  }

  /** The connection came back or went away. */
  setOnline(online: boolean) {
    if (online === this.#snapshot.online) return;
    this.#set({ online });
    if (online && this.#snapshot.outbox?.status === 'waiting') void this.flush();
  }

  /** Another tab took this attempt (true), or this tab holds it again (false). */
  setOpenElsewhere(openElsewhere: boolean) {
    if (openElsewhere !== this.#snapshot.openElsewhere) this.#set({ openElsewhere });
  }

  /**
   * Continue here after another tab held the attempt: read what that tab saved, then
   * resume from it (the caller has taken the lock).
   */
  async continueHere(): Promise<void> {
    this.#storage?.forget();
    this.#set({ openElsewhere: false });
    await this.load();
  }

  /** Storage fell back to memory mid-session. */
  storageDegraded() {
    this.#set({ storage: 'memory' });
  }

  /** After a result: back to the rules, for another attempt when any are left. */
  async finish(): Promise<void> {
    const { rememberDetails, form, held } = this.#snapshot;
    // Leaving the result: a reload shows it no more (F11); the form keeps the details only if asked to (F10).
    this.#storage?.markVisit(undefined);
    this.#set({
      phase: 'landing',
      result: undefined,
      submittedBy: undefined,
      attempt: undefined,
      answers: {},
      flagged: [],
      prediction: null,
      index: 0,
      form: rememberDetails ? { ...form, consent: false } : draftFrom(this.#hostParticipant),
      rememberDetails: false,
      held: { attempts: held?.attempts ?? 0, result: !!this.#kept },
    });
    await this.#storage?.deleteDraft();
  }

  dismissError() {
    this.#set({ error: undefined });
  }

  /** The sealed submission waiting in the outbox, if any (store/answers-copy.ts saves it for the participant). */
  get sealed(): SubmissionRequest | undefined {
    return this.#pendingOutbox?.body;
  }

  dispose() {
    this.#disposed = true;
    this.#cancelRetry?.();
    this.#loadController?.abort();
    this.#listeners.clear();
    this.#storage?.close();
  }
}
