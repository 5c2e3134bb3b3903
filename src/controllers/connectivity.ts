import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Reports the browser's online/offline state to `onChange`, at connect and on every change. */
export class ConnectivityController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: (online: boolean) => void,
  ) {
    host.addController(this);
  }

  private update = () => this.onChange(navigator.onLine);

  hostConnected() {
    window.addEventListener('online', this.update);
    window.addEventListener('offline', this.update);
    this.update();
  }

  hostDisconnected() {
    window.removeEventListener('online', this.update);
    window.removeEventListener('offline', this.update);
  }
}
