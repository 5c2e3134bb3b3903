import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { ContestApi } from './api/client.ts';
// The order of these imports is the order of the modules in the bundle, which gzip notices: the
// ports here and the root's own parts last measured 0.1 KB smaller before the first question and
// 0.7 KB smaller in the single files than other orders (scripts/size.js).
import { wireStore } from './ports.ts';
// The composition root: the only module that knows the chunks (src/lazy.ts, swapped in the single
// files); every layer below gets its loader passed in, so no import runs back up from a lower layer.
import { loadConfirmation, loadDiagnosis, loadEnglish, loadExtras, loadLateViews, loadResultSchema } from './lazy.ts';
import type { AttemptResult } from './contract/schemas.ts';
import { quizContext } from './context.ts';
import { AttemptLockController } from './controllers/attempt-lock.ts';
import { ConnectivityController } from './controllers/connectivity.ts';
import { SectionsController, sectionsStyles } from './controllers/sections.ts';
import { TickController } from './controllers/tick.ts';
import type { ParticipantDraft } from './core/validate.ts';
import { loadMessages, vi, type EarlyMessages, type ExtrasMessages, type Lang, type LateMessages, type Messages } from './i18n/index.ts';
import type { DraftDatabase } from './storage/drafts.ts';
import type { Phase, QuizStore, Snapshot } from './store/store.ts';
import { tokens } from './styles/shared.ts';
import { ErrorNotice, ErrorWithRetry } from './views/error-notice.ts';
import type { InternalEvent } from './views/internal-events.ts';
import { eventsBetween, type CaiCachQuizEventMap, type PhaseChangeDetail } from './store/public-events.ts';
import { FocusController } from './controllers/focus.ts';
import { LATE_PHASES, LateViews } from './controllers/late-views.ts';
import { rootStyles } from './cai-cach-quiz.styles.ts';

/** While an attempt runs, the element shows it alone: no other section, so nothing hides the countdown. */
const ATTEMPT_PHASES: readonly Phase[] = ['starting', 'exam', 'review', 'submitting'];

export type { CaiCachQuizEventMap, PhaseChangeDetail } from './store/public-events.ts';

/**
 * An online contest ("cuộc thi trực tuyến") in one element: rules, registration, a timed
 * exam with a prediction question, submission and the result, against one endpoint.
 *
 * @summary Embeddable Vietnamese online contest.
 * @tagname cai-cach-quiz
 *
 * @fires ccq-ready - CustomEvent<{ contestId, title }>: the contest document arrived and is valid.
 * @fires ccq-phase-change - CustomEvent<PhaseChangeDetail>: the view changed (loading, landing, exam, result…).
 * @fires ccq-section-change - CustomEvent<{ section, previous }>: another section (contest, bank, practice, leaderboard) was opened.
 * @fires ccq-attempt-start - CustomEvent (cancelable): an attempt is about to start; preventDefault() stops it.
 * @fires ccq-attempt-started - CustomEvent<{ attemptId, number, attemptsLeft, deadline }>: the server started an attempt.
 * @fires ccq-answer - CustomEvent<{ attemptId, questionId, optionIds, storage }>: an answer was recorded.
 * @fires ccq-submit - CustomEvent<{ attemptId, reason }>: the answers were sealed and are being sent.
 * @fires ccq-result - CustomEvent<AttemptResult>: the server confirmed a submission.
 * @fires ccq-error - CustomEvent<{ code, phase, path?, message? }>: something failed; the element shows it (`path` and `message` say where a response broke the contract, for `invalid-response`).
 *
 * @csspart header - The contest title and organiser.
 * @csspart sections - The navigation between the sections (Dự thi, Bộ đề thi, Thi thử, Bảng xếp hạng).
 * @csspart round - The current round (đợt thi) and its dates.
 * @csspart bank - The question bank (Bộ đề thi).
 * @csspart practice - The practice exam (Thi thử), marked as practice.
 * @csspart leaderboard - The leaderboard and statistics.
 * @csspart status - The "not open yet" / "closed" box.
 * @csspart rules - The rules (Thể lệ), sanitised.
 * @csspart start-button - The button that starts registration or the exam.
 * @csspart exam-bar - Progress and the countdown.
 * @csspart timer - The countdown.
 * @csspart time-warning - The warning beside the countdown, 5 minutes and 1 minute before the end.
 * @csspart question - The current question (also the prediction question, the exam's last page).
 * @csspart option - One answer option.
 * @csspart navigator - The numbered question list.
 * @csspart review - The review screen.
 * @csspart submit-button - The final submit button.
 * @csspart submission - The submitting / waiting screen.
 * @csspart result - The result (of an attempt, and of a practice run).
 * @csspart confirmation - The proof of participation under the result: the verification code and what the certificate says.
 * @csspart error - An error message, wherever one shows.
 * @csspart login - That the contest needs a login (the contest document's `auth`), with the link to it, on the rules page and above the form.
 * @csspart contact - The organisers' contact (hotline, email, address), shown with an error the participant cannot fix alone.
 * @csspart parked - Answers this device set aside after a refused submission, on the rules page.
 * @csspart held - What a shared device keeps for someone who proves who they are (an unfinished attempt, the last result), on the rules page.
 * @csspart offline - The notice that the device is offline.
 * @csspart storage-warning - The notice that answers are kept only in memory (the browser stores nothing).
 * @csspart elsewhere - The notice that the attempt is open in another tab, with its "continue here" button.
 *
 * @cssprop --ccq-color-primary - Main colour (buttons, links, answered questions). Default #0b5cad.
 * @cssprop --ccq-color-on-primary - Text on the main colour. Default #fff.
 * @cssprop --ccq-color-text - Text colour. Default #1b2430.
 * @cssprop --ccq-color-muted - Secondary text. Default #4a5565.
 * @cssprop --ccq-color-surface - Background. Default #fff.
 * @cssprop --ccq-color-surface-soft - Soft background of bars and boxes. Default #f3f6fa.
 * @cssprop --ccq-color-border - Borders of options, fields and cards (keep 3:1 against the surface). Default #7d8896.
 * @cssprop --ccq-color-danger - Errors. Default #b42318.
 * @cssprop --ccq-color-success - Success. Default #146c2e.
 * @cssprop --ccq-color-warning-surface - Notices. Default #fff4d6.
 * @cssprop --ccq-focus-ring - Focus outline. Default 3px solid #f5a524.
 * @cssprop --ccq-radius - Corner radius. Default 8px.
 * @cssprop --ccq-font-family - Font. Default the system UI font.
 * @cssprop --ccq-font-size - Base font size. Default `max(1rem, 1em)`: never below the reader's own default size, larger when the page enlarges its text.
 * @cssprop --ccq-max-width - Maximum width of the content. Default 52em.
 */
export class CaiCachQuiz extends LitElement {
  static override styles = [tokens, sectionsStyles, rootStyles];
  // Static properties and a context controller rather than decorators: the decorators'
  // runtime and TypeScript's helper for them cost about 0.8 KB gzip before the first question.
  static override properties = {
    endpoint: {},
    lang: { reflect: true },
    participant: { attribute: false },
    credentials: {},
    headers: { attribute: false },
    tokenProvider: { attribute: false },
    captchaProvider: { attribute: false },
    sections: {},
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    // Internal state (`attribute: false` too, so the manifest's analyser lists no attribute for it).
    messages: { state: true, attribute: false },
    late: { state: true, attribute: false },
    snapshot: { state: true, attribute: false },
    extras: { state: true, attribute: false },
  };

  /** Base URL of the contest endpoint (the portal's backend), e.g. `https://example.gov.vn/api/cuoc-thi/cchc-2020`. */
  endpoint = '';

  /** Language of the element: `vi` (default) or `en`. */
  override lang: Lang = 'vi';

  /**
   * Participant details the host page already knows (a logged-in portal user). Complete and
   * valid details (consent included) skip the registration form; partial ones prefill it.
   */
  participant?: Partial<ParticipantDraft>;

  /** Credentials mode of every request: `same-origin` (default), `include` (portal cookies cross-origin) or `omit`. */
  credentials: RequestCredentials = 'same-origin';

  /** Extra headers for every request, or a function (possibly async) returning them. */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

  /** Returns the portal login's token (async); sent as `Authorization: Bearer …` on every request. */
  tokenProvider?: () => Promise<string | undefined> | string | undefined;

  /** Returns a captcha token (async) when an attempt starts; sent as `captchaToken`. */
  captchaProvider?: () => Promise<string | undefined> | string | undefined;

  /**
   * Which sections to show, space-separated, in this order: `contest` (rules, registration,
   * exam and result), `bank`, `practice`, `leaderboard`. Default: every section the contest
   * offers. With one section there is no navigation; with several, a navigation bar switches
   * between them and the browser's Back button follows it (through the `ccq` query parameter,
   * so the host page's own routing is left alone).
   */
  sections = 'contest bank practice leaderboard';

  /** Milliseconds after which a request that has not answered counts as failed (and is retried). */
  requestTimeout = 15_000;

  private messages: EarlyMessages = vi;
  /** Strings of the late views, both languages; present once their chunk has loaded. */
  private late?: Record<Lang, LateMessages>;
  private snapshot?: Snapshot;
  /** Strings of the extra sections, both languages; present once their chunk has loaded. */
  private extras?: Record<Lang, ExtrasMessages>;
  #api?: ContestApi;
  #database?: Promise<DraftDatabase>;

  /** What every view reads: replaced, never mutated, so the views re-render when it changes. */
  #context = new ContextProvider(this, { context: quizContext });

  #store?: QuizStore;
  #unsubscribe?: () => void;
  /** Focus follows the view once the participant has acted (controllers/focus.ts). */
  #focus = new FocusController(this);

  protected connectivity = new ConnectivityController(this, (online) => this.#store?.setOnline(online));
  protected lock = new AttemptLockController(this, (elsewhere) => this.#store?.setOpenElsewhere(elsewhere));
  /**
   * Watches the deadline every second. It redraws only while an error counts down to a
   * retry ("Có thể thử lại sau N giây"): the timer redraws itself, and redrawing the root
   * would hand every view a new context each second.
   */
  protected deadline = new TickController(this, () => {
    const store = this.#store;
    if (store && (store.state.phase === 'exam' || store.state.phase === 'review') && store.msLeft() <= 0) void store.expire();
    const retryAt = store?.state.error?.retryAt;
    if (!retryAt || !store?.clock || retryAt < store.clock.now() - 1000) return false;
    this.#context.setValue({ ...this.#context.value });
    return true;
  });

  #sections = new SectionsController(this, {
    asked: () => this.sections,
    features: () => this.snapshot?.contest?.features,
    locked: () => !!this.snapshot && ATTEMPT_PHASES.includes(this.snapshot.phase),
    strings: () => this.messages,
    changed: (section, previous) => {
      this.#focus.interacted = true;
      this.#emit('ccq-section-change', { section, previous });
      if (section === 'contest') void this.updateComplete.then(() => this.#focus.view(this.snapshot?.phase ?? 'landing'));
    },
    loaded: (extras) => (this.extras = extras),
    load: loadExtras,
  });

  /** The current view: `loading`, `upcoming`, `closed`, `landing`, `registration`, `exam`, `review`, `submitting`, `result`… */
  get phase(): Phase | undefined {
    return this.snapshot?.phase;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#teardown();
  }

  #teardown() {
    this.#unsubscribe?.();
    this.#store?.dispose();
    this.#store = undefined;
    // Left while the database was opening: that connection must not stay open (it would block deleting or upgrading the database).
    void this.#database?.then((d) => d.release());
    this.#database = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('lang')) {
      const lang: Lang = this.lang === 'en' ? 'en' : 'vi';
      void loadMessages(lang, loadEnglish).then((m) => {
        if ((this.lang === 'en' ? 'en' : 'vi') === lang) this.messages = m;
      });
    }
    if ((changed.has('endpoint') || !this.#store) && this.endpoint && this.isConnected) this.#start();
    // Headers are read as each request is sent. A token set after the contest document was asked
    // for (a portal's login script that ran after this one) asks for it again, with the token.
    else if ((changed.has('headers') || changed.has('tokenProvider')) && this.#store?.state.phase.startsWith('load')) void this.#store.load();
    if (changed.has('participant') && this.#store) this.#store.setHostParticipant(this.participant);
    const inputs = ['snapshot', 'messages', 'late', 'extras', 'lang'] as const;
    if (this.#store && this.snapshot && inputs.some((k) => (changed as Map<PropertyKey, unknown>).has(k))) {
      // A new context re-renders every view, so it is made only when what it holds changed.
      // Late and extra keys are read only by views that exist once their strings have loaded.
      const lang = this.lang === 'en' ? 'en' : 'vi';
      const t = { ...this.messages, ...this.late?.[lang], ...this.extras?.[lang] } as Messages;
      this.#context.setValue({ store: this.#store, api: this.#api!, state: this.snapshot, t, loadConfirmation });
    }
  }

  #start() {
    this.#teardown();
    const { api, store } = wireStore(this, {
      loadResultSchema,
      loadDiagnosis,
      beforeStart: () => this.#emit('ccq-attempt-start', undefined, true),
      opened: (database) => {
        this.#database = database;
      },
      degraded: () => this.#store?.storageDegraded(),
    });
    this.#api = api;
    this.#store = store;
    this.snapshot = store.state;
    this.#unsubscribe = store.subscribe((s) => this.#onSnapshot(s));
    if (this.participant) store.setHostParticipant(this.participant);
    void store.load();
  }

  /** The review/submission/result views' chunk, fetched when a snapshot needs it. */
  #lateViews = new LateViews(this, loadLateViews, (m) => {
    this.late = m.late;
    // Server-side autosave, when the contest offers it; the context holds the current store and api.
    m.autosave(this, () => this.#context.value);
  });

  /** Dispatch a public event; returns false when the host called preventDefault(). */
  #emit<K extends keyof CaiCachQuizEventMap>(type: K, detail: CaiCachQuizEventMap[K], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** A new snapshot: its public events (store/public-events.ts), then the lock, the late chunk and focus follow it. */
  #onSnapshot(s: Snapshot) {
    const before = this.snapshot;
    const previous = before?.phase ?? 'loading';
    this.snapshot = s;
    for (const [type, detail] of eventsBetween(before, s)) this.#emit(type, detail);
    // One attempt, one tab: hold the attempt's lock while it is on screen.
    this.lock.follow(LATE_PHASES.includes(s.phase) && s.phase !== 'result' ? s.attempt?.id : undefined);
    this.#lateViews.follow(s);
    // The exam's view is in the first chunk: its focus waits for nothing else, or it could
    // land after the participant had already moved on from the legend.
    if (s.phase !== previous) this.#focus.follow(s.phase, s.phase === 'exam' ? undefined : this.#lateViews.ready);
  }

  #continueHere = async () => {
    await this.lock.takeOver();
    await this.#store?.continueHere();
  };

  /** A page of the exam was chosen (previous, next, the navigator, or a question listed in the review). */
  #onNavigate(e: InternalEvent<'ccq-navigate'>) {
    if (!this.#store) return;
    const store = this.#store;
    this.#focus.toQuestion(() => void store.goTo(e.detail));
  }

  #view(s: Snapshot) {
    // The late views need their strings; until their chunk is here, show that it is loading.
    if (s.phase !== 'exam' && LATE_PHASES.includes(s.phase) && !this.late) {
      return html`<p class="loading" role="status">${this.messages.loading}</p>`;
    }
    switch (s.phase) {
      case 'loading':
        return html`<p class="loading" role="status">${this.messages.loading}</p>`;
      case 'load-error':
        return ErrorWithRetry(this.messages, s.error ?? { code: 'internal' }, () => this.#store?.load());
      case 'upcoming':
      case 'closed':
      case 'landing':
        return html`${s.error ? ErrorNotice(this.messages, s.error, this.#store) : nothing}${s.parked ? html`<ccq-parked></ccq-parked>` : nothing}${s.held && this.late ? html`<ccq-identity></ccq-identity>` : nothing}<ccq-landing></ccq-landing>`;
      case 'registration':
      case 'starting':
        return html`<ccq-register></ccq-register>`;
      case 'exam':
        return html`<ccq-exam></ccq-exam>`;
      case 'review':
        return html`<ccq-review></ccq-review>`;
      case 'submitting':
        return html`<ccq-outbox></ccq-outbox>`;
      case 'result':
        return html`<ccq-result></ccq-result>`;
    }
  }

  #body(s: Snapshot) {
    // The contest document decides which sections exist: until it is here (or if it failed), its phase shows.
    if (!s.contest) return html`<div class="view">${this.#view(s)}</div>`;
    const active = this.#sections.active();
    if (!active) return html`<p class="notice" role="status">${this.messages.sectionMissing}</p>`;
    return html`${this.#sections.nav(active)}
      ${active === 'contest' ? html`<div class="view" @ccq-navigate=${this.#onNavigate}>${this.#view(s)}</div>` : nothing}
      ${this.#sections.views(active)}`;
  }

  override render() {
    const s = this.snapshot;
    const t = this.messages;
    if (!this.endpoint) return nothing;
    if (!s) return html`<div class="frame"><p class="loading" role="status">${t.loading}</p></div>`;
    const c = s.contest;
    // While an attempt is on screen the header is one line (the exam shows the offline notice in its sticky bar).
    const attempt = LATE_PHASES.includes(s.phase) && s.phase !== 'result';
    return html`<div class="frame" lang=${this.lang === 'en' ? 'en' : 'vi'}>
      ${
        c
          ? html`<header part="header" class=${attempt ? 'slim' : ''}>
            <h1 tabindex="-1" lang=${c.language ?? 'vi'}>${c.title}</h1>
            ${attempt ? nothing : html`<p class="muted">${t.organiser(c.organiser)}</p>`}
          </header>`
          : nothing
      }
      ${!s.online && s.phase !== 'submitting' && s.phase !== 'exam' ? html`<p class="notice" role="status" part="offline">${t.offline}</p>` : nothing}
      ${s.storage === 'memory' ? html`<p class="notice" role="status" part="storage-warning">${t.memoryOnly}</p>` : nothing}
      ${
        s.openElsewhere
          ? html`<div class="notice" role="alert" part="elsewhere">
            <p>${t.openElsewhere}</p>
            <button class="primary" @click=${this.#continueHere}>${t.continueHere}</button>
          </div>`
          : nothing
      }
      ${this.#body(s)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cai-cach-quiz': CaiCachQuiz;
  }
  // Typed events for host code: el.addEventListener('ccq-result', (e) => e.detail.status).
  interface GlobalEventHandlersEventMap {
    'ccq-ready': CustomEvent<CaiCachQuizEventMap['ccq-ready']>;
    'ccq-phase-change': CustomEvent<PhaseChangeDetail>;
    'ccq-section-change': CustomEvent<CaiCachQuizEventMap['ccq-section-change']>;
    'ccq-attempt-start': CustomEvent<undefined>;
    'ccq-attempt-started': CustomEvent<CaiCachQuizEventMap['ccq-attempt-started']>;
    'ccq-answer': CustomEvent<CaiCachQuizEventMap['ccq-answer']>;
    'ccq-submit': CustomEvent<CaiCachQuizEventMap['ccq-submit']>;
    'ccq-result': CustomEvent<AttemptResult>;
    'ccq-error': CustomEvent<CaiCachQuizEventMap['ccq-error']>;
  }
}
