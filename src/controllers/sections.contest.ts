import { css, nothing, type ReactiveController } from 'lit';
import type { Section, SectionsController as Full } from './sections.ts';

/**
 * The contest-only single file's sections.ts (`vite build --mode iife-contest`): the
 * contest is the only section, with no navigation, and nothing else is loaded.
 */
export class SectionsController implements ReactiveController, Pick<Full, 'available' | 'active' | 'show' | 'nav' | 'views'> {
  constructor(host: { addController(c: ReactiveController): void }, _options: unknown) {
    host.addController(this);
  }
  hostConnected() {}
  available(): Section[] {
    return ['contest'];
  }
  active(): Section {
    return 'contest';
  }
  show() {}
  nav(): typeof nothing {
    return nothing;
  }
  views(): typeof nothing {
    return nothing;
  }
}

export const sectionsStyles = css``;
