import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Reports the browser's online/offline state to `onChange`, at connect and on every change. */
export class ConnectivityController implements ReactiveController {
  readonly #onChange: (online: boolean) => void;

  constructor(host: ReactiveControllerHost, onChange: (online: boolean) => void) {
    this.#onChange = onChange;
    host.addController(this);
  }

  #update = () => this.#onChange(navigator.onLine);

  hostConnected() {
    window.addEventListener('online', this.#update);
    window.addEventListener('offline', this.#update);
    this.#update();
  }

  hostDisconnected() {
    window.removeEventListener('online', this.#update);
    window.removeEventListener('offline', this.#update);
  }
}
