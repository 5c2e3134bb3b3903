import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A panel's data: one fetch at a time (a newer one aborts the stale one, the @lit/task idea),
 * its state redrawn on the host, the fetch aborted when the host leaves the page.
 */
export class LoadController<T> implements ReactiveController {
  value?: T;
  error?: unknown;
  loading = false;
  #abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetcher: (signal: AbortSignal) => Promise<T>,
  ) {
    host.addController(this);
  }

  /** Fetch again; keeps showing the previous value until the new one arrives. */
  async run(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.loading = true;
    this.host.requestUpdate();
    try {
      const value = await this.fetcher(abort.signal);
      if (abort.signal.aborted) return;
      this.value = value;
      this.error = undefined;
    } catch (e) {
      if (abort.signal.aborted) return;
      this.error = e;
    }
    this.loading = false;
    this.host.requestUpdate();
  }

  hostDisconnected() {
    this.#abort?.abort();
    this.loading = false;
  }
}
