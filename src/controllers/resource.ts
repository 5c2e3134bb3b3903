import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../api/errors.ts';
import type { UiError } from '../store/store.ts';

/**
 * One request a view makes on its own (the bank, the leaderboard): its value, or the
 * failure to show, and a redraw of the host when either arrives. A newer `load` wins over
 * an older one still on its way; leaving the page aborts the request.
 */
export class ResourceController<T> implements ReactiveController {
  value?: T;
  error?: UiError;
  loading = false;
  #controller?: AbortController;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  async load(fetch: (signal: AbortSignal) => Promise<T>): Promise<void> {
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    this.loading = true;
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      const value = await fetch(controller.signal);
      if (controller.signal.aborted) return;
      this.value = value;
    } catch (e) {
      if (controller.signal.aborted) return;
      this.error = { code: e instanceof ApiError ? e.code : 'internal' };
    }
    this.loading = false;
    this.#host.requestUpdate();
  }

  hostConnected() {}

  hostDisconnected() {
    this.#controller?.abort();
    this.#controller = undefined;
    this.loading = false;
  }
}
