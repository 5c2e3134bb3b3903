import { html, nothing, type PropertyValues } from 'lit';
import { TickController } from '../../controllers/tick.ts';
import { pad2, splitSeconds } from '../../core/clock.ts';
import { countsPerRound, nextOpening, roundsAt } from '../../core/rounds.ts';
import { formatDateTime } from '../../i18n/index.ts';
import { QuizView } from '../base.ts';
import { LoginNeeded } from '../error-notice.ts';
import { landingStyles } from './landing.styles.ts';
import { sanitizeRules } from './sanitize.ts';

/**
 * The contest's front page: title, dates, exam summary and the rules (Thể lệ); also the
 * "not open yet" page with a live countdown from the server's clock, and the "closed" page.
 */
export class LandingView extends QuizView {
  static override styles = [...QuizView.styles, landingStyles];

  // Only the "not open yet" page counts down; the rules page need not redraw every second.
  protected tick = new TickController(this, () => {
    const { store, state } = this.ctx;
    if (state.phase !== 'upcoming') return false;
    const now = store.clock?.now();
    if (now !== undefined && now >= this.#opensAt(now)) void store.load();
    return true;
  });

  /** When the contest, or between two rounds the next round, opens (epoch ms), seen at `now`. */
  #opensAt(now: number): number {
    const contest = this.ctx.state.contest!;
    return nextOpening(contest, now) ?? Date.parse(contest.opensAt);
  }

  #renderedRules?: string;

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const rulesHtml = this.ctx.state.contest?.rulesHtml;
    const box = this.renderRoot.querySelector('#rules');
    if (box && rulesHtml !== undefined && rulesHtml !== this.#renderedRules) {
      this.#renderedRules = rulesHtml;
      box.replaceChildren(sanitizeRules(rulesHtml));
    }
  }

  #countdown(opensAt: number, now: number) {
    const { t } = this.ctx;
    const left = Math.max(0, Math.floor((opensAt - now) / 1000));
    const days = Math.floor(left / 86_400);
    const { h, m, s } = splitSeconds(left % 86_400);
    return html`<p class="countdown">
      <span>${t.upcomingCountdown}</span>
      <strong role="timer">${days ? `${t.days(days)} ` : ''}${pad2(h)}:${pad2(m)}:${pad2(s)}</strong>
    </p>`;
  }

  override render() {
    const { store, state, t } = this.ctx;
    const c = state.contest!;
    const opens = formatDateTime(t, Date.parse(c.opensAt));
    const closes = formatDateTime(t, Date.parse(c.closesAt));
    // One reading of the server's clock for the whole page.
    const now = store.clock?.now() ?? 0;
    const { current, next } = roundsAt(c.rounds, now);
    const perRound = countsPerRound(c);
    const left = state.attemptsLeft;
    const knownLeft = left && left.left !== null && (!perRound || left.roundId === current?.id) ? left.left : undefined;
    const at = (iso: string) => formatDateTime(t, Date.parse(iso));
    const opensAt = state.phase === 'upcoming' ? this.#opensAt(now) : 0;
    const status =
      state.phase === 'upcoming'
        ? html`<div class="status card" part="status">
            <h2 tabindex="-1">${store.clock && now >= Date.parse(c.opensAt) ? t.betweenRoundsHeading : t.upcomingHeading}</h2>
            <p>${next && Date.parse(next.opensAt) === opensAt ? t.upcomingRound(next.name, at(next.opensAt)) : t.upcomingOpensAt(opens)}</p>
            ${this.#countdown(opensAt, now)}
          </div>`
        : state.phase === 'closed'
          ? html`<div class="status card" part="status">
              <h2 tabindex="-1">${t.closedHeading}</h2>
              <p>${t.closedText(closes)}</p>
            </div>`
          : nothing;
    const who = state.form.fullName;
    // The summary and the button first, the dates and rounds under it: on a phone the button is on the first screen.
    return html`
      ${status}
      <section class="facts">
        <p>
          ${t.examSummary(c.exam.questionCount, Math.round(c.exam.timeLimitSeconds / 60))}
          ${c.exam.prediction ? t.predictionSummary : ''} ${t.attemptsSummary(c.exam.attempts.max, perRound)}
        </p>
        ${knownLeft !== undefined && state.phase === 'landing' ? html`<p><strong>${t.attemptsLeft(knownLeft, perRound)}</strong></p>` : nothing}
        ${LoginNeeded(t, c.auth)}
        ${
          state.phase === 'landing'
            ? html`<div class="actions">
              <button class="primary" part="start-button" @click=${() => store.begin()}>
                ${state.participantFromHost ? t.beginAs(who) : t.begin}
              </button>
            </div>`
            : nothing
        }
        ${current ? html`<p part="round">${t.roundNow(current.name, at(current.opensAt), at(current.closesAt))}</p>` : nothing}
        ${next && state.phase !== 'upcoming' ? html`<p>${t.roundNext(next.name, at(next.opensAt))}</p>` : nothing}
        <p>${t.period(opens, closes)}</p>
      </section>
      <section class="rules" aria-labelledby="rules-heading">
        <h2 id="rules-heading" tabindex="-1">${t.rulesHeading}</h2>
        <div id="rules" part="rules" lang=${this.contentLang}></div>
      </section>
      ${
        state.phase === 'landing' && c.rulesHtml.length > 1500
          ? html`<div class="actions">
            <button class="primary" @click=${() => store.begin()}>${t.begin}</button>
          </div>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-landing': LandingView;
  }
}
