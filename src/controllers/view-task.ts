import { Task, TaskStatus, type TaskConfig } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { ApiError } from '../api/errors.ts';
import type { UiError } from '../store/store.ts';

/**
 * @lit/task's Task for a request a view makes on its own (the bank, the leaderboard): a newer run
 * aborts the older one (Task's own behaviour), leaving the page aborts the run on its way (Task alone
 * lets it go on), and coming back runs an aborted one again. `failure` is the error as the element
 * shows it: an ApiError's code, else 'internal'.
 */
export class ViewTask<const A extends readonly unknown[], const R> extends Task<A, R> {
  #left = false;

  constructor(host: ReactiveControllerHost, config: TaskConfig<A, R>) {
    super(host, config);
    host.addController({
      hostDisconnected: () => {
        this.#left = this.status === TaskStatus.PENDING;
        this.abort();
      },
      hostConnected: () => {
        if (this.#left) void this.run();
        this.#left = false;
      },
    });
  }

  get loading(): boolean {
    return this.status === TaskStatus.PENDING;
  }

  get failure(): UiError | undefined {
    if (this.status !== TaskStatus.ERROR || this.#left) return undefined;
    return { code: this.error instanceof ApiError ? this.error.code : 'internal' };
  }
}
