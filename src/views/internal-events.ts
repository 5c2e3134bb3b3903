/**
 * The events the element's views send up to the root (and its sections controller), with their
 * `detail`. They bubble inside the root's shadow tree only: not composed, so a listener on the host
 * page never hears them (the public events are cai-cach-quiz.ts's CaiCachQuizEventMap).
 */
export interface InternalEventMap {
  /** A page of the exam was chosen: its index (previous, next, the navigator, or the review's list). */
  'ccq-navigate': number;
  /** Questions to practise, by id (the bank's "Thi thử câu này"). */
  'ccq-practise': string[];
}

export type InternalEvent<K extends keyof InternalEventMap> = CustomEvent<InternalEventMap[K]>;

/** Send an internal event from `view`: it bubbles, but stops at the root element's shadow root. */
export const emit = <K extends keyof InternalEventMap>(view: Element, type: K, detail: InternalEventMap[K]) =>
  view.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
