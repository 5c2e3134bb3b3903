import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ContestDocument } from '../contract/contest.ts';
import type { Section } from '../core/section.ts';
import type { EarlyMessages, ExtrasMessages, Lang } from '../i18n/index.ts';
import { ErrorWithRetry } from '../views/error-notice.ts';
import type { InternalEvent } from '../views/internal-events.ts';

/**
 * The parts of the contest a page can show: `contest` (rules, registration, exam, result),
 * `bank` (Bộ đề thi), `practice` (Thi thử) and `leaderboard` (Bảng xếp hạng).
 */
export type { Section };
const SECTIONS: readonly Section[] = ['contest', 'bank', 'practice', 'leaderboard'];
/** The query parameter that keeps the open section in the page's address (for Back, reloads and links). */
const PARAM = 'ccq';

export interface SectionsOptions {
  /** The sections the page asked for, space-separated (the `sections` attribute). */
  asked(): string;
  /** What the contest offers; undefined until its document is here. */
  features(): ContestDocument['features'] | undefined;
  /** True while an attempt runs: it stays on screen, alone. */
  locked(): boolean;
  strings(): EarlyMessages;
  /** Another section is on screen (the participant chose it, or went Back to it). */
  changed(section: Section, previous: Section): void;
  /** The extra sections' strings arrived, both languages. */
  loaded(extras: Record<Lang, ExtrasMessages>): void;
  /** Fetches the extra sections' chunk (the composition root's src/lazy.ts knows which it is). */
  load(): Promise<{ extras: Record<Lang, ExtrasMessages>; defineExtraViews(): void }>;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode; updateComplete: Promise<boolean> };

/**
 * Which section is on screen, the navigation between sections, and the browser's history:
 * a section is a `ccq` query parameter in the page's address, pushed on a click and
 * followed on Back and Forward, so the host page's own routing (its path, hash and
 * `history.state`) is left alone. The extra sections' chunk loads when one is first opened.
 */
export class SectionsController implements ReactiveController {
  /** The section the participant chose or the address named; `active()` is the one shown. */
  #chosen?: Section;
  #extras?: unknown;
  #loading = false;
  #failed = false;
  /** Extra sections opened so far: they stay in the page (hidden), so a search or a practice run survives switching. */
  #visited = new Set<Section>();
  /** Questions to practise, asked for from the bank ("Thi thử câu này"). */
  #practise?: string[];

  readonly #host: Host;
  readonly #o: SectionsOptions;

  constructor(host: Host, options: SectionsOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostConnected() {
    this.#chosen = this.#fromAddress();
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected() {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** The extra sections' chunk is fetched when one of them is first on screen. */
  hostUpdate() {
    const active = this.active();
    if (active && active !== 'contest' && !this.#extras && !this.#loading && !this.#failed) this.#load();
  }

  /** The sections this page shows: those asked for that the contest offers. */
  available(): Section[] {
    const asked = this.#o
      .asked()
      .split(/\s+/)
      .filter((x): x is Section => SECTIONS.includes(x as Section));
    const f = this.#o.features();
    if (!f) return asked;
    const offered: Record<Section, boolean> = { contest: true, bank: f.bank, practice: f.practice && f.bank, leaderboard: f.leaderboard };
    return asked.filter((x) => offered[x]);
  }

  /** The section on screen: the chosen one, except that a running attempt always shows. */
  active(): Section | undefined {
    const available = this.available();
    if (this.#o.locked() && available.includes('contest')) return 'contest';
    return this.#chosen && available.includes(this.#chosen) ? this.#chosen : available[0];
  }

  #fromAddress(): Section | undefined {
    const named = new URL(location.href).searchParams.get(PARAM);
    return SECTIONS.find((x) => x === named);
  }

  /** The page's address with this section in it; everything else in it is left as it was. */
  #address(section: Section): string {
    const url = new URL(location.href);
    if (section === this.available()[0]) url.searchParams.delete(PARAM);
    else url.searchParams.set(PARAM, section);
    return url.href;
  }

  /** Back and Forward: follow the address, without touching the history ourselves. */
  #onPopState = () => {
    const next = this.#fromAddress();
    if (next !== this.#chosen) this.show(next ?? this.available()[0], false);
  };

  /** Put a section on screen; `push` adds it to the browser's history (a click, not Back). */
  show(section: Section | undefined, push: boolean) {
    const previous = this.active();
    // A running attempt stays on screen: Back during the exam changes nothing, not even later.
    if (!section || section === previous || this.#o.locked()) return;
    if (push) history.pushState(history.state, '', this.#address(section));
    this.#chosen = section;
    this.#host.requestUpdate();
    this.#o.changed(section, previous ?? 'contest');
    if (section === 'contest') return;
    // Focus goes to the new section's heading, once its view is defined (its chunk may be on its way) and drawn.
    void customElements
      .whenDefined(`ccq-${section}`)
      .then(() => this.#host.updateComplete)
      .then(() => this.#host.renderRoot.querySelector<HTMLElement & { focusHeading?: () => void }>(`[data-section=${section}]`)?.focusHeading?.());
  }

  #onClick(section: Section, e: MouseEvent) {
    // A click with a modifier opens the link in a new tab or window, as any link does.
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    this.show(section, true);
  }

  #load() {
    this.#loading = true;
    this.#failed = false;
    this.#host.requestUpdate();
    this.#o
      .load()
      .then(async (m) => {
        this.#extras = m;
        this.#o.loaded(m.extras);
        await this.#host.updateComplete;
        m.defineExtraViews();
      })
      .catch(() => (this.#failed = true))
      .finally(() => {
        this.#loading = false;
        this.#host.requestUpdate();
      });
  }

  /** The navigation bar: real links, so they work with the keyboard and open in a new tab. */
  nav(active: Section) {
    const available = this.available();
    if (available.length < 2 || this.#o.locked()) return nothing;
    const t = this.#o.strings();
    return html`<nav aria-label=${t.sectionsLabel} part="sections">
      <ul>
        ${available.map(
          (x) => html`<li>
            <a href=${this.#address(x)} aria-current=${x === active ? 'page' : 'false'} @click=${(e: MouseEvent) => this.#onClick(x, e)}
              >${t.sections[x]}</a
            >
          </li>`,
        )}
      </ul>
    </nav>`;
  }

  /** The extra sections opened so far; the active one shows, the others wait hidden. */
  views(active: Section) {
    if (active !== 'contest') this.#visited.add(active);
    const t = this.#o.strings();
    if (!this.#extras) {
      if (active === 'contest') return nothing;
      return this.#failed ? ErrorWithRetry(t, { code: 'network' }, () => this.#load()) : html`<p class="loading" role="status">${t.loadingPart}</p>`;
    }
    const v = this.#visited;
    const practise = (e: InternalEvent<'ccq-practise'>) => {
      this.#practise = e.detail;
      this.show('practice', true);
    };
    return html`${v.has('bank') ? html`<ccq-bank data-section="bank" ?hidden=${active !== 'bank'} @ccq-practise=${practise}></ccq-bank>` : nothing}
    ${v.has('practice') ? html`<ccq-practice data-section="practice" ?hidden=${active !== 'practice'} .questionIds=${this.#practise}></ccq-practice>` : nothing}
    ${v.has('leaderboard') ? html`<ccq-leaderboard data-section="leaderboard" ?hidden=${active !== 'leaderboard'}></ccq-leaderboard>` : nothing}`;
  }
}

/** The navigation bar's look (part of the root's styles). */
export const sectionsStyles = css`
  /* One row where the four labels fit; where they do not, two rows of two, never one tab alone on a
     second row (#14). The widths are the labels' own in Arial or its metric twins plus the frame's
     padding: 330 px of Vietnamese, 391 px of English (measured in test/sections/tabs-layout.test.ts). */
  nav ul {
    display: flex;
    flex-wrap: wrap;
    list-style: none;
    padding: 0;
    margin: 0 0 1.25em;
    border-bottom: 1px solid var(--_border);
  }
  nav a {
    display: block;
    padding: 0.6em 0.25em;
    font-size: 0.9em;
    color: var(--_primary);
    font-weight: 600;
    text-decoration: none;
    border-bottom: 3px solid transparent;
    margin-bottom: -1px;
  }
  nav a:hover {
    text-decoration: underline;
  }
  nav a[aria-current='page'] {
    color: var(--_text);
    border-bottom-color: var(--_primary);
  }
  /* Half the row each: three never fit, so two rows of two. */
  @container (max-width: 353px) {
    nav li {
      flex: 1 0 40%;
    }
  }
  @container (max-width: 423px) {
    nav li:lang(en) {
      flex: 1 0 40%;
    }
  }
`;
