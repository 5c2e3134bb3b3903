/**
 * The phases of the element and the transitions between them. Anything else is a bug,
 * and the store throws on it rather than showing a screen that makes no sense.
 */
export type Phase = 'loading' | 'load-error' | 'upcoming' | 'closed' | 'landing' | 'registration' | 'starting' | 'exam' | 'review' | 'submitting' | 'result';

const transitions: Record<Phase, readonly Phase[]> = {
  loading: ['load-error', 'upcoming', 'closed', 'landing', 'registration', 'exam', 'review', 'submitting', 'result'],
  'load-error': ['loading'],
  upcoming: ['loading', 'landing'],
  closed: ['loading'],
  landing: ['loading', 'registration', 'starting'],
  registration: ['loading', 'landing', 'starting'],
  starting: ['exam', 'registration', 'landing', 'closed', 'upcoming'],
  exam: ['loading', 'review', 'submitting'],
  review: ['loading', 'exam', 'submitting'],
  submitting: ['loading', 'result'],
  result: ['loading', 'landing'],
};

export function allowed(from: Phase, to: Phase): boolean {
  return transitions[from].includes(to);
}
