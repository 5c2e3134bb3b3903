import { ContextProvider } from '@lit/context';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { tokens } from '../styles/shared.ts';
import { AdminApi } from './api.ts';
import { adminContext } from './context.ts';
import { adminMessages, type AdminMessages } from './i18n.ts';
import { describeError } from './panel.ts';
import { PollController } from './poll.ts';
import type { Overview, Session } from './schemas.ts';
import type { AdminSignIn } from './sign-in.ts';
import { adminStyles } from './styles.ts';

type Tab = 'overview' | 'units' | 'results' | 'data' | 'audit';
/** Tabs with personal data or actions on the contest: for the `admin` role only. */
const ADMIN_TABS: readonly Tab[] = ['results', 'data', 'audit'];
const TABS: readonly Tab[] = ['overview', 'units', 'results', 'data', 'audit'];

/**
 * The organisers' dashboard (Ban Tổ chức): sign-in, then live totals and charts, participation
 * by unit, results and winners, the bank's import and export, the retention command and the
 * audit log, against the contest server's organisers' API (docs/admin-api.md). The server
 * decides the role; a viewer is not offered the admin tabs, and the server refuses them anyway.
 *
 * @summary The organisers' dashboard of a cai-cach-quiz contest server.
 * @tagname cai-cach-quiz-admin
 *
 * @fires ccqa-signed-in - CustomEvent<Session>: an organiser signed in (bubbles from the form).
 *
 * @cssprop --ccq-color-primary - Main colour. Default #0b5cad.
 * @cssprop --ccq-chart-1 - First series of the charts (at least 3:1 against the surface). Default #0b5cad.
 * @cssprop --ccq-chart-2 - Second series of the charts. Default #b54708.
 * @cssprop --ccq-admin-max-width - Maximum width of the dashboard. Default 90em.
 */
export class CaiCachQuizAdmin extends LitElement {
  static override styles = [
    tokens,
    adminStyles,
    css`
      :host {
        color: var(--_text);
        font-family: var(--_font);
        font-size: var(--ccq-font-size, max(1rem, 1em));
        line-height: 1.5;
        background: var(--_bg);
        container: admin / inline-size;
      }
      .frame {
        max-width: var(--ccq-admin-max-width, 90em);
        margin: 0 auto;
        padding: 1em;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5em 1em;
        border-bottom: 3px solid var(--_primary);
        padding-bottom: 0.75em;
        margin-bottom: 1em;
      }
      h1 {
        font-size: 1.4em;
        line-height: 1.3;
        margin: 0;
        color: var(--_primary);
      }
      h1:focus,
      h2:focus {
        outline: none;
      }
      .contest {
        margin: 0.15em 0 0;
      }
      .account {
        display: flex;
        align-items: center;
        flex-wrap: wrap;
        gap: 0.5em 0.75em;
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em;
        border-bottom: 1px solid var(--_border);
        margin-bottom: 1.25em;
      }
      [role='tab'] {
        border: 1px solid transparent;
        border-bottom: none;
        border-radius: var(--_radius) var(--_radius) 0 0;
        color: var(--_text);
        background: transparent;
        margin-bottom: -1px;
      }
      [role='tab'][aria-selected='true'] {
        border-color: var(--_border);
        background: var(--_bg);
        color: var(--_primary);
        box-shadow: inset 0 3px 0 var(--_primary);
      }
      [role='tabpanel']:focus-visible {
        outline: var(--_focus);
        outline-offset: 4px;
      }
      /* Narrow (a phone, or a narrow column of a page): the tabs become a grid of equal buttons
         rather than a row that wraps, and the selected one is filled. */
      @container admin (max-width: 34em) {
        .frame {
          padding: 0.75em;
        }
        h1 {
          font-size: 1.2em;
        }
        [role='tablist'] {
          display: grid;
          grid-template-columns: repeat(auto-fit, minmax(6.5em, 1fr));
          border-bottom: none;
        }
        [role='tab'],
        [role='tab'][aria-selected='true'] {
          border: 1px solid var(--_border);
          border-radius: var(--_radius);
          margin: 0;
          padding-inline: 0.5em;
          box-shadow: none;
        }
        [role='tab'][aria-selected='true'] {
          background: var(--_primary);
          border-color: var(--_primary);
          color: var(--_primary-text);
        }
      }
      @media (forced-colors: active) {
        [role='tab'][aria-selected='true'] {
          border: 2px solid Highlight;
        }
      }
    `,
  ];

  static override properties = {
    lang: { reflect: true },
    apiBase: { attribute: 'api-base' },
    refreshSeconds: { type: Number, attribute: 'refresh-seconds' },
    phase: { state: true },
    session: { state: true },
    overview: { state: true },
    overviewError: { state: true },
    tab: { state: true },
    notice: { state: true },
  };

  /** Language: `vi` (default) or `en`. */
  override lang = 'vi';
  /** Base of the organisers' API on the same origin. */
  apiBase = '/admin/api';
  /** Seconds between two refreshes of the totals while the page is visible. */
  refreshSeconds = 30;

  private phase: 'checking' | 'signed-out' | 'dashboard' | 'error' = 'checking';
  private session?: Session;
  private overview?: Overview;
  private overviewError?: string;
  private tab: Tab = 'overview';
  /** Why the sign-in form is shown again (signed out, session expired). */
  private notice = '';

  #api?: AdminApi;
  #provider = new ContextProvider(this, { context: adminContext });
  #overviewAbort?: AbortController;
  #inputs: unknown[] = [];
  #poll = new PollController(
    this,
    () => void this.#loadOverview(),
    () => this.#refreshSeconds * 1000,
  );

  get #refreshSeconds(): number {
    return Math.max(1, this.refreshSeconds || 30);
  }

  get #t(): AdminMessages {
    return adminMessages(this.lang);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.phase === 'checking') void this.#checkSession();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#overviewAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('apiBase') || !this.#api) {
      this.#api = new AdminApi(this.apiBase.replace(/\/+$/, ''), () => this.#expired());
      if (changed.has('apiBase') && changed.get('apiBase') !== undefined) void this.#checkSession();
    }
    if (this.session) {
      // A new value redraws every panel and chart: made only when what it holds changed.
      const inputs = [this.#api, this.#t, this.session, this.overview, this.overviewError, this.#poll.paused, this.#refreshSeconds];
      if (inputs.some((v, i) => !Object.is(v, this.#inputs[i]))) {
        this.#inputs = inputs;
        this.#provider.setValue({
          api: this.#api,
          t: this.#t,
          session: this.session,
          overview: this.overview,
          overviewError: this.overviewError,
          paused: this.#poll.paused,
          refreshSeconds: this.#refreshSeconds,
        });
      }
    }
  }

  async #checkSession() {
    this.phase = 'checking';
    await this.updateComplete;
    try {
      const session = await this.#api!.session();
      if (session) this.#enter(session, false);
      else this.phase = 'signed-out';
    } catch (e) {
      this.notice = describeError(this.#t, e);
      this.phase = 'signed-out';
    }
  }

  #enter(session: Session, moveFocus: boolean) {
    this.session = session;
    this.notice = '';
    if (ADMIN_TABS.includes(this.tab) && session.user.role !== 'admin') this.tab = 'overview';
    this.phase = 'dashboard';
    void this.#loadOverview();
    this.#poll.start();
    if (moveFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h1')?.focus());
  }

  async #loadOverview() {
    this.#overviewAbort?.abort();
    const abort = (this.#overviewAbort = new AbortController());
    try {
      this.overview = await this.#api!.overview(abort.signal);
      this.overviewError = undefined;
    } catch (e) {
      if (abort.signal.aborted) return;
      this.overviewError = describeError(this.#t, e);
    }
  }

  #leave(notice: string) {
    this.#poll.stop();
    this.#overviewAbort?.abort();
    this.session = undefined;
    this.overview = undefined;
    this.overviewError = undefined;
    this.notice = notice;
    this.phase = 'signed-out';
    void this.updateComplete.then(() => this.renderRoot.querySelector<AdminSignIn>('ccqa-sign-in')?.focusForm());
  }

  #expired() {
    if (this.phase === 'dashboard') this.#leave(this.#t.sessionExpired);
  }

  #signOut = async () => {
    try {
      await this.#api!.signOut();
    } catch {
      // The server may already have ended the session; the cookie is its to clear. Leave anyway.
    }
    this.#leave(this.#t.signedOut);
  };

  #tabs(): Tab[] {
    return TABS.filter((t) => this.session?.user.role === 'admin' || !ADMIN_TABS.includes(t));
  }

  #select(tab: Tab, focusTab: boolean) {
    this.tab = tab;
    if (focusTab) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  /** WAI-ARIA tabs with automatic activation: arrows, Home and End move and select. */
  #onTabKey(e: KeyboardEvent) {
    const tabs = this.#tabs();
    const i = tabs.indexOf(this.tab);
    const next =
      e.key === 'ArrowRight'
        ? tabs[(i + 1) % tabs.length]
        : e.key === 'ArrowLeft'
          ? tabs[(i - 1 + tabs.length) % tabs.length]
          : e.key === 'Home'
            ? tabs[0]
            : e.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (!next) return;
    e.preventDefault();
    this.#select(next, true);
  }

  #tabLabel(tab: Tab): string {
    const t = this.#t;
    return { overview: t.tabOverview, units: t.tabUnits, results: t.tabResults, data: t.tabData, audit: t.tabAudit }[tab];
  }

  #panel(tab: Tab) {
    switch (tab) {
      case 'overview':
        return html`<ccqa-overview></ccqa-overview>`;
      case 'units':
        return html`<ccqa-units></ccqa-units>`;
      case 'results':
        return html`<ccqa-results></ccqa-results>`;
      case 'data':
        return html`<ccqa-data></ccqa-data>`;
      case 'audit':
        return html`<ccqa-audit></ccqa-audit>`;
    }
  }

  #dashboard(session: Session) {
    const t = this.#t;
    const tabs = this.#tabs();
    return html`<header>
        <div>
          <h1 tabindex="-1">${t.appTitle}</h1>
          ${this.overview ? html`<p class="contest muted">${this.overview.contest.title}</p>` : nothing}
        </div>
        <div class="account">
          <span>${t.signedInAs}: <strong>${session.user.username}</strong> (${t.role(session.user.role)})</span>
          <button type="button" @click=${this.#signOut}>${t.signOut}</button>
        </div>
      </header>
      <div role="tablist" aria-label=${t.tabsLabel} @keydown=${this.#onTabKey}>
        ${tabs.map(
          (tab) => html`<button
            role="tab"
            type="button"
            id="tab-${tab}"
            aria-selected=${tab === this.tab ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${tab === this.tab ? 0 : -1}
            @click=${() => this.#select(tab, false)}
          >
            ${this.#tabLabel(tab)}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel" aria-labelledby="tab-${this.tab}" tabindex="0">${this.#panel(this.tab)}</div>`;
  }

  override render() {
    const t = this.#t;
    const lang = this.lang === 'en' ? 'en' : 'vi';
    let body;
    if (this.phase === 'checking') body = html`<p role="status">${t.loading}</p>`;
    else if (this.phase === 'dashboard' && this.session) body = this.#dashboard(this.session);
    else
      body = html`<h1>${t.appTitle}</h1>
        <ccqa-sign-in .api=${this.#api!} .t=${t} .notice=${this.notice} @ccqa-signed-in=${(e: CustomEvent<Session>) => this.#enter(e.detail, true)}></ccqa-sign-in>`;
    return html`<div class="frame" lang=${lang}>${body}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cai-cach-quiz-admin': CaiCachQuizAdmin;
  }
  interface GlobalEventHandlersEventMap {
    'ccqa-signed-in': CustomEvent<Session>;
  }
}
