import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `refresh` every `interval()` milliseconds while the page is visible. A hidden tab asks nothing of
 * the server (an organiser may leave the dashboard open for days); coming back refreshes at
 * once if a refresh was due.
 */
export class PollController implements ReactiveController {
  #timer?: ReturnType<typeof setInterval>;
  #last = 0;
  #running = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly refresh: () => void,
    /** Milliseconds between two refreshes, read at each start. */
    private readonly interval: () => number,
  ) {
    host.addController(this);
  }

  /** Whether refreshing is paused because the page is hidden. */
  get paused(): boolean {
    return this.#running && document.visibilityState === 'hidden';
  }

  /** Starts polling (the first refresh is the caller's); idempotent. */
  start() {
    this.#running = true;
    this.#last = Date.now();
    this.#schedule();
  }

  stop() {
    this.#running = false;
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  hostConnected() {
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (this.#running) this.#schedule();
  }

  hostDisconnected() {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #schedule() {
    clearInterval(this.#timer);
    this.#timer = undefined;
    if (!this.#running || document.visibilityState === 'hidden') return;
    this.#timer = setInterval(this.#tick, this.interval());
  }

  #tick = () => {
    this.#last = Date.now();
    this.refresh();
  };

  #onVisibility = () => {
    if (!this.#running) return;
    if (document.visibilityState === 'visible' && Date.now() - this.#last >= this.interval()) this.#tick();
    this.#schedule();
    this.host.requestUpdate();
  };
}
