import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Phase } from '../store/store.ts';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode; updateComplete: Promise<boolean> };
type Focusable = HTMLElement & { focusHeading?: () => void; focusQuestion?: () => void };

/**
 * Where focus goes when the view changes: the new view's heading (the question's legend in the
 * exam). Only after the participant has acted (a pointer or a key on the element), never on
 * first load, and only if they have not moved focus themselves meanwhile.
 */
export class FocusController implements ReactiveController {
  /** The participant has acted on the element: focus may follow the view from now on. */
  interacted = false;
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  // Listeners on the host itself go with it; adding the same listener again on reconnection adds nothing.
  hostConnected() {
    this.#host.addEventListener('pointerdown', this.#markInteracted);
    this.#host.addEventListener('keydown', this.#markInteracted);
  }

  #markInteracted = () => {
    this.interacted = true;
  };

  /** The view changed to `phase`: focus its heading once `ready` has resolved and the host has drawn it. */
  follow(phase: Phase, ready?: Promise<unknown>) {
    // Starting keeps the form on screen: focus stays by its button. Moving it to the form's heading
    // scrolled a phone three screens up, and the exam then began scrolled away from its question.
    if (!this.interacted || phase === 'starting') return;
    const unmoved = this.#unmoved();
    void Promise.resolve(ready)
      .then(() => this.#host.updateComplete)
      .then(() => unmoved() && this.view(phase));
  }

  /**
   * A page of the exam was chosen: `turn` turns it, and focus follows the page as soon as it is
   * drawn, not the draft's write to IndexedDB: a write slower than the participant's next key
   * would pull focus back from where they had moved it.
   */
  toQuestion(turn: () => void) {
    const unmoved = this.#unmoved();
    turn();
    void this.#host.updateComplete.then(() => unmoved() && this.#host.renderRoot.querySelector<Focusable>('ccq-exam')?.focusQuestion?.());
  }

  /**
   * Whether focus is still where it was when a view change asked to move it (or was dropped to
   * the page when its control left). A move is carried out only then: from the review, "Câu 3"
   * asks twice (the page turn and the phase change), and the later of the two pulled focus back
   * to the legend after the participant had pressed Tab on (seen in CI, keyboard test).
   */
  #unmoved(): () => boolean {
    const deepest = () => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a;
    };
    const before = deepest();
    return () => {
      const now = deepest();
      return now === before || !now || now === document.body || now === this.#host;
    };
  }

  /** Move focus to the view's heading (or the question's legend in the exam). */
  view(phase: Phase) {
    const root = this.#host.renderRoot;
    const view = root.querySelector<Focusable>('.view > *');
    if (phase === 'exam') view?.focusQuestion?.();
    else if (phase === 'landing') root.querySelector<HTMLElement>('h1')?.focus();
    else view?.focusHeading?.();
  }
}
