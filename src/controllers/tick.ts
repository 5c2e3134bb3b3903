import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host every `ms` while the host is connected (a countdown), and calls
 * `onTick` first. Timers are torn down when the host leaves the page. Browsers throttle
 * timers in background tabs, so every tick recomputes from the clock instead of counting.
 */
export class TickController implements ReactiveController {
  #timer?: ReturnType<typeof setInterval>;

  readonly #host: ReactiveControllerHost;
  readonly #onTick: () => void;
  readonly #ms: number;

  constructor(host: ReactiveControllerHost, onTick: () => void = () => undefined, ms = 1000) {
    this.#host = host;
    this.#onTick = onTick;
    this.#ms = ms;
    host.addController(this);
  }

  hostConnected() {
    this.#timer = setInterval(() => {
      this.#onTick();
      this.#host.requestUpdate();
    }, this.#ms);
    document.addEventListener('visibilitychange', this.#onVisible);
  }

  hostDisconnected() {
    clearInterval(this.#timer);
    document.removeEventListener('visibilitychange', this.#onVisible);
  }

  /** A phone waking up: catch up at once instead of at the next tick. */
  #onVisible = () => {
    if (document.visibilityState === 'visible') {
      this.#onTick();
      this.#host.requestUpdate();
    }
  };
}
