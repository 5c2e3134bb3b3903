/** What a host page sees and controls: events, request customisation, a second copy of the script. */
import { expect } from '@open-wc/testing';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { define } from '../../src/define.ts';
import { http, HttpResponse } from 'msw';
import { clearStorage, ENDPOINT, inBankIds, useBackend, worker } from '../helpers/backend.ts';
import { mount, settle, until } from '../helpers/dom.ts';
import { choose, openRegistration, register, sendRegistration, submitFromExam } from '../helpers/participant.ts';
import { must, nth } from '../helpers/must.ts';

let el: CaiCachQuiz;
afterEach(async () => {
  el?.remove();
  await clearStorage();
});

const EVENTS = ['ccq-ready', 'ccq-phase-change', 'ccq-attempt-start', 'ccq-attempt-started', 'ccq-answer', 'ccq-submit', 'ccq-result', 'ccq-error'] as const;

/** What these tests read of the events' details (each event has some of these). */
interface Detail {
  phase: string;
  attemptId: string;
  status: string;
  questionId: string;
  optionIds: readonly string[];
}

function record(target: EventTarget) {
  const seen: { type: string; detail: Detail; bubbles: boolean; composed: boolean; cancelable: boolean }[] = [];
  for (const type of EVENTS) {
    target.addEventListener(type, (e) => {
      const { detail, bubbles, composed, cancelable } = e as CustomEvent<Detail>;
      seen.push({ type, detail, bubbles, composed, cancelable });
    });
  }
  return seen;
}

describe('public API', () => {
  it('fires typed, bubbling, composed events through the whole contest', async () => {
    const server = await useBackend();
    const seen = record(document);
    el = await mount(ENDPOINT);
    await register(el);
    await choose(el, 'b');
    await submitFromExam(el);

    expect(seen.every((e) => e.bubbles && e.composed)).to.equal(true);
    const types = seen.filter((e) => e.type !== 'ccq-phase-change').map((e) => e.type);
    expect(types).to.deep.equal(['ccq-ready', 'ccq-attempt-start', 'ccq-attempt-started', 'ccq-answer', 'ccq-submit', 'ccq-result']);
    const phases = seen.filter((e) => e.type === 'ccq-phase-change').map((e) => e.detail.phase);
    expect(phases).to.deep.equal(['landing', 'registration', 'starting', 'exam', 'review', 'submitting', 'result']);
    const started = seen.find((e) => e.type === 'ccq-attempt-started')!.detail;
    expect(started).to.include({ number: 1, attemptsLeft: 2 });
    expect(seen.find((e) => e.type === 'ccq-attempt-start')!.cancelable).to.equal(true);
    const answer = seen.find((e) => e.type === 'ccq-answer')!.detail;
    expect(answer).to.deep.include({ attemptId: started.attemptId, storage: 'indexeddb' });
    expect(nth(inBankIds(must(server.backend.state.attempts[started.attemptId], 'the attempt on the server'), [answer]), 0)).to.deep.equal(['b']);
    expect(seen.find((e) => e.type === 'ccq-submit')!.detail).to.deep.equal({ attemptId: started.attemptId, reason: 'confirmed' });
    expect(seen.find((e) => e.type === 'ccq-result')!.detail.status).to.equal('graded');
  });

  it('lets the host veto starting an attempt', async () => {
    const server = await useBackend();
    el = await mount(ENDPOINT);
    el.addEventListener('ccq-attempt-start', (e) => e.preventDefault());
    await openRegistration(el);
    await sendRegistration(el);
    await settle(el);
    expect(el.phase).to.equal('registration');
    expect(server.requests.filter((r) => r.path === '/attempts')).to.have.length(0);
  });

  it('reports failures as ccq-error, once each', async () => {
    await useBackend();
    worker.use(http.post(`${ENDPOINT}/attempts`, () => HttpResponse.json({ error: { code: 'attempts_exhausted', message: 'x' } }, { status: 403 })));
    const seen = record(document);
    el = await mount(ENDPOINT);
    await openRegistration(el);
    await sendRegistration(el);
    await until(() => seen.some((e) => e.type === 'ccq-error'), 'ccq-error');
    await settle(el);
    expect(seen.filter((e) => e.type === 'ccq-error').map((e) => e.detail)).to.deep.equal([{ code: 'attempts_exhausted', phase: 'registration' }]);
  });

  it('sends the host’s headers, the portal token, the credentials mode and a captcha token', async () => {
    const server = await useBackend();
    el = document.createElement('cai-cach-quiz');
    el.headers = () => Promise.resolve({ 'X-Portal': 'bacgiang' });
    el.tokenProvider = () => Promise.resolve('t0k3n');
    el.captchaProvider = () => 'captcha-123';
    el.credentials = 'include';
    el.endpoint = ENDPOINT;
    document.body.append(el);
    await register(el);
    for (const r of server.requests) {
      expect(r.headers.get('X-Portal')).to.equal('bacgiang');
      expect(r.headers.get('Authorization')).to.equal('Bearer t0k3n');
    }
    expect(server.requests.length).to.be.greaterThan(1);
    const start = server.requests.find((r) => r.path === '/attempts')!;
    expect(JSON.parse(start.body).captchaToken).to.equal('captcha-123');
    expect(start.credentials).to.equal('include');
  });

  it('a second copy of the script neither throws nor replaces the element', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const original = customElements.get('cai-cach-quiz');
      expect(() => define([['cai-cach-quiz', class extends HTMLElement {}]])).not.to.throw();
      expect(customElements.get('cai-cach-quiz')).to.equal(original);
      expect(String(warnings[0])).to.contain('already defined');
    } finally {
      console.warn = warn;
    }
  });
});
