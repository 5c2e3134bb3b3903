/** The public events as a pure function of two snapshots (#17): which, with what detail, in what order. */
import { expect } from '@open-wc/testing';
import { eventsBetween } from '../../src/store/public-events.ts';
import type { Snapshot } from '../../src/store/store.ts';
import { nth } from '../helpers/must.ts';

const contest = { id: 'cchc-2020', title: 'Cuộc thi trực tuyến' };
const attempt = { id: 'a1', number: 2, attemptsLeft: 1, deadline: '2020-09-21T10:00:00+07:00' };
/** A snapshot with only what eventsBetween reads; the rest of the store's state does not matter here. */
const snap = (o: Record<string, unknown>) => ({ phase: 'landing', answers: {}, storage: 'indexeddb', ...o }) as unknown as Snapshot;
const types = (before: Snapshot | undefined, after: Snapshot) => eventsBetween(before, after).map(([type]) => type);

describe('eventsBetween', () => {
  it('nothing when nothing changed', () => {
    const s = snap({ contest, attempt, phase: 'exam', answers: { q1: ['a'] } });
    expect(eventsBetween(s, s)).to.deep.equal([]);
    expect(eventsBetween(s, { ...s })).to.deep.equal([]);
  });

  it('the contest document arriving: ccq-ready, then the phase change from loading', () => {
    expect(eventsBetween(undefined, snap({ contest }))).to.deep.equal([
      ['ccq-ready', { contestId: 'cchc-2020', title: 'Cuộc thi trực tuyến' }],
      ['ccq-phase-change', { phase: 'landing', previous: 'loading' }],
    ]);
    // Only once: a later snapshot with the same contest is not "ready" again.
    expect(types(snap({ contest }), snap({ contest, phase: 'registration' }))).to.deep.equal(['ccq-phase-change']);
  });

  it('an attempt the server started: ccq-attempt-started only from starting to exam', () => {
    const started = eventsBetween(snap({ contest, phase: 'starting' }), snap({ contest, phase: 'exam', attempt }));
    expect(started[0]).to.deep.equal(['ccq-attempt-started', { attemptId: 'a1', number: 2, attemptsLeft: 1, deadline: attempt.deadline }]);
    expect(started.map(([type]) => type)).to.deep.equal(['ccq-attempt-started', 'ccq-phase-change']);
    // A reload straight into the exam resumes an attempt; nothing was started.
    expect(types(snap({ contest, phase: 'loading' }), snap({ contest, phase: 'exam', attempt }))).to.deep.equal(['ccq-phase-change']);
  });

  it('answers: one ccq-answer per question whose answer changed, with a copy of the options and the storage', () => {
    const q2 = ['b', 'c'];
    const before = snap({ contest, phase: 'exam', attempt, answers: { q1: ['a'], q2: ['b'] } });
    const after = snap({ contest, phase: 'exam', attempt, storage: 'memory', answers: { q1: (before.answers as Record<string, string[]>).q1, q2, q3: ['d'] } });
    const events = eventsBetween(before, after);
    expect(events).to.deep.equal([
      ['ccq-answer', { attemptId: 'a1', questionId: 'q2', optionIds: ['b', 'c'], storage: 'memory' }],
      ['ccq-answer', { attemptId: 'a1', questionId: 'q3', optionIds: ['d'], storage: 'memory' }],
    ]);
    // The host gets its own array: changing it cannot change the store's answers.
    expect((nth(events, 0)[1] as { optionIds: string[] }).optionIds).not.to.equal(q2);
    // The first snapshot has no "before" to differ from: no answer events.
    expect(types(undefined, after)).not.to.include('ccq-answer');
  });

  it('sealing the answers: ccq-submit from the exam or the review, with the reason', () => {
    const outbox = { reason: 'time-up' };
    expect(eventsBetween(snap({ contest, phase: 'review', attempt }), snap({ contest, phase: 'submitting', attempt, outbox }))).to.deep.equal([
      ['ccq-submit', { attemptId: 'a1', reason: 'time-up' }],
      ['ccq-phase-change', { phase: 'submitting', previous: 'review' }],
    ]);
    // A reload into the outbox resends; nothing was sealed now.
    expect(types(snap({ contest, phase: 'loading' }), snap({ contest, phase: 'submitting', attempt, outbox }))).to.deep.equal(['ccq-phase-change']);
  });

  it('errors: ccq-error once per new error, the outbox error first, with where the contract broke', () => {
    const broken = { code: 'invalid-response', where: { path: 'attempt.deadline', message: 'Invalid ISO datetime' } };
    const s1 = snap({ contest, phase: 'registration', error: broken });
    expect(eventsBetween(snap({ contest, phase: 'registration' }), s1)).to.deep.equal([
      ['ccq-error', { code: 'invalid-response', phase: 'registration', path: 'attempt.deadline', message: 'Invalid ISO datetime' }],
    ]);
    expect(eventsBetween(s1, { ...s1 })).to.deep.equal([]);
    const network = { code: 'network' };
    const sending = snap({ contest, phase: 'submitting', attempt, error: broken, outbox: { reason: 'confirmed', error: network } });
    expect(eventsBetween(s1, sending).filter(([type]) => type === 'ccq-error')).to.deep.equal([['ccq-error', { code: 'network', phase: 'submitting' }]]);
  });

  it("the result: the phase change, then ccq-result with the server's result", () => {
    const result = { status: 'graded', correctCount: 18 };
    expect(eventsBetween(snap({ contest, phase: 'submitting', attempt }), snap({ contest, phase: 'result', attempt, result }))).to.deep.equal([
      ['ccq-phase-change', { phase: 'result', previous: 'submitting' }],
      ['ccq-result', result],
    ]);
  });
});
