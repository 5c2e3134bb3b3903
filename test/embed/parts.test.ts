/**
 * Every documented CSS part (the root's `@csspart`, in custom-elements.json) can be styled from
 * the page with `cai-cach-quiz::part(name)`, wherever it is drawn: most are inside the internal
 * views' own shadow roots (some two levels down, the countdown inside the exam), which forward
 * them with `exportparts` (src/views/base.ts). Each part is checked in a state where it shows,
 * reached as a participant would against the reference backend; every element carrying the
 * part there must take the page's rule.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { clearStorage, ENDPOINT, useBackend, worker } from '../helpers/backend.ts';
import { button, deep, deepAll, mount, settle, text, until, untilPhase } from '../helpers/dom.ts';
import { testContest } from '../helpers/fixtures.ts';
import { openRegistration, register, sendRegistration, submitFromExam } from '../helpers/participant.ts';

const COLOUR = 'rgb(1, 2, 3)';
const ALL_SECTIONS = { sections: 'contest bank practice leaderboard' };
const refuse = (code: string, status: number) => () => HttpResponse.json({ error: { code, message: 'x' } }, { status });

let el: CaiCachQuiz | undefined;
let other: CaiCachQuiz | undefined;
const start = location.href;
/** The part names asserted below, and every part name seen drawn in any state. */
const tested = new Set<string>();
const drawn = new Set<string>();

const mounted = () => [el, other].filter((x) => x !== undefined);

/** Where an element sits, host by host: `ccq-exam > ccq-timer > div`. */
function path(e: Element): string {
  const hosts: string[] = [e.localName];
  for (let root = e.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) hosts.unshift(root.host.localName);
  return hosts.join(' > ');
}

/** The page's own style sheet outlines `::part(name)`: every element with that part takes it. */
function expectStyledFromPage(name: string) {
  const found = mounted().flatMap((x) => deepAll(x, `[part~="${name}"]`));
  expect(found.map(path), `elements with part="${name}"`).not.to.be.empty;
  for (const e of found) expect(getComputedStyle(e).outlineColor, `${path(e)} before the page's rule`).not.to.equal(COLOUR);
  const style = document.createElement('style');
  style.textContent = `cai-cach-quiz::part(${name}) { outline: 3px solid ${COLOUR}; }`;
  document.head.append(style);
  try {
    for (const e of found) {
      const css = getComputedStyle(e);
      expect(`${css.outlineStyle} ${css.outlineWidth} ${css.outlineColor}`, `cai-cach-quiz::part(${name}) on ${path(e)}`).to.equal(`solid 3px ${COLOUR}`);
    }
  } finally {
    style.remove();
  }
}

/** A state of the element, entered once, and the parts checked in it (each its own test). */
function inState(title: string, enter: () => Promise<void>, parts: string[], leave?: () => void) {
  describe(title, () => {
    before(async () => {
      await enter();
      await settle(el!);
      for (const e of mounted().flatMap((x) => deepAll(x, '[part]'))) for (const p of e.getAttribute('part')!.split(/\s+/)) drawn.add(p);
    });
    after(async () => {
      leave?.();
      el?.remove();
      other?.remove();
      el = other = undefined;
      history.replaceState(null, '', start);
      sessionStorage.clear();
      await clearStorage();
    });
    for (const name of parts) {
      tested.add(name);
      it(`cai-cach-quiz::part(${name}) reaches it`, () => expectStyledFromPage(name));
    }
  });
}

describe('CSS parts styled from the page', () => {
  inState(
    'the rules page of a contest with rounds and sections',
    async () => {
      const contest = testContest();
      await useBackend({
        contest: {
          ...contest,
          rounds: [{ id: 'r1', name: 'Đợt 1', opensAt: contest.opensAt, closesAt: contest.closesAt }],
          auth: { required: true, loginUrl: 'https://dichvucong.gov.vn/' },
        },
      });
      el = await mount(ENDPOINT, ALL_SECTIONS);
      await untilPhase(el, 'landing');
    },
    // The header and the sections are in the root's own shadow root: no forwarding needed.
    ['header', 'sections', 'round', 'rules', 'start-button', 'login'],
  );

  inState(
    'before the contest opens',
    async () => {
      const server = await useBackend();
      server.advance(-7 * 86_400_000);
      el = await mount(ENDPOINT);
      await untilPhase(el, 'upcoming');
    },
    ['status'],
  );

  inState(
    'registration, refused by the server',
    async () => {
      await useBackend();
      worker.use(http.post(`${ENDPOINT}/attempts`, refuse('attempts_exhausted', 403)));
      el = await mount(ENDPOINT);
      await openRegistration(el);
      await sendRegistration(el);
      await until(() => text(el!).includes('Bạn đã dùng hết số lượt thi.'), 'the refusal');
    },
    ['start-button', 'error'],
  );

  inState(
    'the exam, offline, with a second tab open',
    async () => {
      await useBackend();
      el = await mount(ENDPOINT);
      await register(el);
      Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
      window.dispatchEvent(new Event('offline'));
      await until(() => text(el!).includes('Mất kết nối mạng.'), 'the offline notice');
      other = await mount(ENDPOINT);
      await until(() => deepAll(other!, '[part~=elsewhere]').length > 0, 'the notice of the other tab');
    },
    // In both elements (the second one shows the attempt read-only, under the notice).
    ['exam-bar', 'timer', 'question', 'option', 'navigator', 'offline', 'elsewhere'],
    () => {
      delete (navigator as { onLine?: boolean }).onLine;
      window.dispatchEvent(new Event('online'));
    },
  );

  inState(
    'the last minutes of the exam',
    async () => {
      await useBackend({ contest: testContest({ timeLimitSeconds: 240 }) });
      el = await mount(ENDPOINT);
      await register(el);
      await until(() => deepAll(el!, '[part~=time-warning]').some((w) => w.textContent.trim() !== ''), 'the warning of the last minutes');
    },
    ['time-warning'],
  );

  inState(
    "the exam's last page, the prediction",
    async () => {
      await useBackend();
      el = await mount(ENDPOINT);
      await register(el);
      for (let i = 0; i < 5; i++) {
        button(el, 'Câu tiếp').click();
        await settle(el);
      }
      await until(() => deepAll(el!, 'ccq-prediction').some((p) => !!p.shadowRoot?.querySelector('[part~=question]')), 'the prediction question');
    },
    ['question'],
  );

  inState(
    'the review',
    async () => {
      await useBackend();
      el = await mount(ENDPOINT);
      await register(el);
      button(el, 'Xem lại và nộp bài').click();
      await untilPhase(el, 'review');
    },
    ['review', 'submit-button', 'timer'],
  );

  /** The exam of a contest that gives a contact, submitted and refused for good (too late). */
  async function refusedSubmission() {
    await useBackend({ contest: { ...testContest(), contact: { hotline: '0204 3 854 000', email: 'btc@example.org' } } });
    worker.use(http.post(`${ENDPOINT}/attempts/:id/submission`, refuse('attempt_expired', 403)));
    el = await mount(ENDPOINT);
    await register(el);
    button(el, 'Xem lại và nộp bài').click();
    await untilPhase(el, 'review');
    button(el, 'Nộp bài').click();
    await until(() => text(el!).includes('Chưa nộp được bài thi'), 'the failed submission');
  }

  inState('a submission the server refuses', refusedSubmission, ['submission', 'error', 'contact']);

  inState(
    'a refused submission set aside on the device',
    async () => {
      await refusedSubmission();
      button(el!, 'Về trang thể lệ').click();
      await until(() => deepAll(el!, 'ccq-parked >>> [part~=parked]').length > 0, 'the set-aside submission on the rules page');
    },
    ['parked', 'contact'],
  );

  inState(
    'the rules page for the next person, with an attempt held for its owner',
    async () => {
      await useBackend();
      el = await mount(ENDPOINT);
      await register(el);
      // The page closed and opened again in a new tab (a new session) by whoever sits down next.
      el.remove();
      sessionStorage.clear();
      el = await mount(ENDPOINT);
      await untilPhase(el, 'landing');
      await until(() => deepAll(el!, 'ccq-identity >>> [part~=held]').length > 0, "the way back for the attempt's owner");
    },
    ['held'],
  );

  inState(
    'the result',
    async () => {
      await useBackend();
      el = await mount(ENDPOINT);
      await register(el);
      await submitFromExam(el);
      // The proof of participation comes in its own chunk, under the result.
      await until(() => deepAll(el!, 'ccq-confirmation >>> [part~=confirmation]').length > 0, 'the confirmation');
    },
    ['result', 'confirmation'],
  );

  inState(
    'the bank',
    async () => {
      await useBackend();
      el = await mount(ENDPOINT, { sections: 'bank' });
      await until(() => deepAll(el!, 'ccq-bank >>> li').length > 0, 'the bank');
    },
    ['bank'],
  );

  inState(
    'the bank, when it cannot be fetched',
    async () => {
      await useBackend();
      worker.use(http.get(`${ENDPOINT}/bank`, refuse('not_found', 404)));
      el = await mount(ENDPOINT, { sections: 'bank' });
      await until(() => deepAll(el!, 'ccq-bank >>> [part~=error]').length > 0, 'the failure');
    },
    ['error'],
  );

  inState(
    "a practice run's result",
    async () => {
      await useBackend();
      el = await mount(ENDPOINT, { sections: 'practice' });
      await until(() => deepAll(el!, 'ccq-practice >>> form').length > 0, 'the practice setup');
      await settle(el);
      button(deep(el, 'ccq-practice'), 'Bắt đầu thi thử').click();
      await settle(el);
      button(deep(el, 'ccq-practice'), 'Dừng thi thử').click();
      await until(() => deepAll(el!, 'ccq-practice >>> [part~=result]').length > 0, 'the practice result');
    },
    ['practice', 'result'],
  );

  inState(
    'the leaderboard',
    async () => {
      await useBackend();
      el = await mount(ENDPOINT, { sections: 'leaderboard' });
      await until(() => deepAll(el!, 'ccq-leaderboard >>> [part~=leaderboard]').length > 0, 'the leaderboard');
    },
    ['leaderboard'],
  );

  inState(
    'the leaderboard, when it cannot be fetched',
    async () => {
      await useBackend();
      worker.use(http.get(`${ENDPOINT}/leaderboard`, refuse('not_found', 404)));
      el = await mount(ENDPOINT, { sections: 'leaderboard' });
      await until(() => deepAll(el!, 'ccq-leaderboard >>> [part~=error]').length > 0, 'the failure');
    },
    ['error'],
  );

  // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, kept to call with its this or to put back after the test
  const open = IDBFactory.prototype.open;
  inState(
    'a browser that keeps nothing (IndexedDB throws)',
    async () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('no storage here', 'InvalidStateError');
      };
      await useBackend();
      el = await mount(ENDPOINT);
      await untilPhase(el, 'landing');
      await until(() => deepAll(el!, '[part~=storage-warning]').length > 0, 'the memory-only warning');
    },
    ['storage-warning'],
    () => (IDBFactory.prototype.open = open),
  );
});

// After the states above (Mocha runs a suite's own tests before its nested suites).
describe('the documented parts', () => {
  it('every documented part is checked above, and every part drawn is documented', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
    };
    const root = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'cai-cach-quiz');
    const documented = (root?.cssParts ?? []).map((p) => p.name).sort();
    expect([...tested].sort(), 'the parts checked here').to.deep.equal(documented);
    expect(
      [...drawn].filter((p) => !documented.includes(p)),
      'parts drawn but not documented',
    ).to.deep.equal([]);
  });
});
