import { html, LitElement, nothing } from 'lit';
import { TickController } from '../../controllers/tick.ts';
import { pad2, splitSeconds } from '../../core/clock.ts';
import type { Messages } from '../../i18n/index.ts';
import { tokens } from '../../styles/shared.ts';
import { examStyles } from './exam.styles.ts';

/** Minutes left at which the participant is warned, seen and heard (smallest first: the most urgent wins). */
const WARN_AT = [1, 5];

/**
 * The countdown to the server's deadline. Re-renders itself each second; screen readers
 * hear it only at the warning thresholds, never every second.
 */
export class TimerView extends LitElement {
  static override styles = [tokens, examStyles];
  static override properties = { msLeft: { attribute: false }, t: { attribute: false }, extraSeconds: { type: Number } };

  /** Milliseconds left, by the server's clock. */
  msLeft: () => number = () => 0;
  t!: Messages;
  extraSeconds = 0;

  protected tick = new TickController(this);

  override render() {
    const seconds = Math.ceil(this.msLeft() / 1000);
    const { h, m, s } = splitSeconds(seconds);
    const warning = WARN_AT.find((w) => seconds <= w * 60 && seconds > 0);
    // The warning is seen as a banner and heard once per threshold: the live region's text
    // changes only when a threshold is crossed. It is a late string: missing only while (or if)
    // the late views' chunk has not arrived.
    return html`<div class="timer ${warning ? 'warn' : ''}" part="timer">
      <span class="clock">${this.t.timeLeft} <span class="time" role="timer" aria-live="off">${h ? `${h}:` : ''}${pad2(m)}:${pad2(s)}</span></span>
      ${this.extraSeconds ? html`<span class="extra">${this.t.extraTime(Math.round(this.extraSeconds / 60))}</span>` : nothing}
      <span class="notice ${warning === 1 ? 'error' : ''}" part="time-warning" aria-live="polite">${(warning && this.t.timerWarning?.(warning)) || ''}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ccq-timer': TimerView;
  }
}
