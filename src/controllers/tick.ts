import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `onTick` every `ms` while the host is connected, then re-renders the host unless
 * `onTick` returned false (a host that only watches the clock need not redraw). Timers are
 * torn down when the host leaves the page. Browsers throttle timers in background tabs,
 * so every tick recomputes from the clock instead of counting.
 */
export class TickController implements ReactiveController {
  #timer?: ReturnType<typeof setInterval>;

  readonly #host: ReactiveControllerHost;
  readonly #onTick: () => boolean | void;
  readonly #ms: number;

  constructor(host: ReactiveControllerHost, onTick: () => boolean | void = () => undefined, ms = 1000) {
    this.#host = host;
    this.#onTick = onTick;
    this.#ms = ms;
    host.addController(this);
  }

  hostConnected() {
    this.#timer = setInterval(this.#tick, this.#ms);
    document.addEventListener('visibilitychange', this.#onVisible);
  }

  hostDisconnected() {
    clearInterval(this.#timer);
    document.removeEventListener('visibilitychange', this.#onVisible);
  }

  #tick = () => {
    if (this.#onTick() !== false) this.#host.requestUpdate();
  };

  /** A phone waking up: catch up at once instead of at the next tick. */
  #onVisible = () => {
    if (document.visibilityState === 'visible') this.#tick();
  };
}
