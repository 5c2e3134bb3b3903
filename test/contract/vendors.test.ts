/**
 * What a backend written from the documents alone sends (docs/contract.md): instants as Java's
 * OffsetDateTime, .NET's DateTimeOffset or PostgreSQL write them, `null` for every unset optional
 * field (Jackson's and System.Text.Json's default). The element takes all of it; a response that
 * does break the contract is reported with the field's path, on the console and in `ccq-error`.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { clearStorage, ENDPOINT, useBackend, worker, type TestServer } from '../helpers/backend.ts';
import { deep, mount, text, until, untilPhase } from '../helpers/dom.ts';
import { choose, openRegistration, register, sendRegistration, submitFromExam } from '../helpers/participant.ts';

let el: CaiCachQuiz | undefined;
afterEach(async () => {
  el?.remove();
  el = undefined;
  await clearStorage();
});

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** The fields of an instant in Vietnam time (UTC+07:00). */
const vn = (ms: number) => {
  const d = new Date(ms + 7 * 3600_000);
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    hm: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
    s: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
};

/** How backends write one instant (`ms`), each in its own way. */
const FORMS: Record<string, (ms: number) => string> = {
  // OffsetDateTime.toString(): seconds only when not zero, then as many decimals as needed.
  'Java OffsetDateTime.toString() (2026-11-28T08:00+07:00)': (ms) => {
    const t = vn(ms);
    return `${t.date}T${t.hm}${t.s || t.ms ? `:${pad(t.s)}${t.ms ? `.${pad(t.ms, 3)}` : ''}` : ''}+07:00`;
  },
  '.NET DateTimeOffset "o" (seven decimals)': (ms) => {
    const t = vn(ms);
    return `${t.date}T${t.hm}:${pad(t.s)}.${pad(t.ms, 3)}0000+07:00`;
  },
  'an offset without a colon (+0700)': (ms) => {
    const t = vn(ms);
    return `${t.date}T${t.hm}:${pad(t.s)}+0700`;
  },
  'the offset in hours (+07), .NET\'s "zz"': (ms) => {
    const t = vn(ms);
    return `${t.date}T${t.hm}:${pad(t.s)}.${pad(t.ms, 3)}+07`;
  },
  'UTC with Z': (ms) => new Date(ms).toISOString(),
};

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** `body` with every instant rewritten by `write`. */
function rewrite(body: unknown, write: (ms: number) => string): unknown {
  if (Array.isArray(body)) return body.map((x) => rewrite(x, write));
  if (body && typeof body === 'object') return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, rewrite(v, write)]));
  return typeof body === 'string' && INSTANT.test(body) ? write(Date.parse(body)) : body;
}

/** The reference backend's answers, passed through `change` (its instants rewritten, nulls added…). */
function passThrough(server: TestServer, change: (body: Record<string, unknown>, route: string) => unknown) {
  worker.use(
    http.all(`${ENDPOINT}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const path = url.pathname.slice(ENDPOINT.length);
      const raw = request.method === 'GET' ? '' : await request.text();
      const res = await server.backend.handle({
        method: request.method,
        path,
        query: url.searchParams,
        header: (n) => request.headers.get(n),
        body: raw ? JSON.parse(raw) : undefined,
      });
      const route = `${request.method} ${path.replace(/\/attempts\/[^/]+/, '/attempts/:id')}`;
      return HttpResponse.json(change(structuredClone(res.body) as Record<string, unknown>, route) as Record<string, unknown>, {
        status: res.status,
        headers: res.headers,
      });
    }),
  );
}

/** Set `path` (dot-separated) to null in `body` unless it holds a value. */
function nullAt(body: Record<string, unknown>, path: string) {
  const keys = path.split('.');
  let at: Record<string, unknown> | undefined = body;
  for (const k of keys.slice(0, -1)) at = at?.[k] as Record<string, unknown> | undefined;
  if (at && at[keys.at(-1)!] === undefined) at[keys.at(-1)!] = null;
}

describe('a backend written from the documents alone', () => {
  for (const [form, write] of Object.entries(FORMS)) {
    it(`instants as ${form}: the contest loads, its dates are right, the exam's clock runs`, async () => {
      const server = await useBackend();
      passThrough(server, (body) => rewrite(body, write));
      const seen: string[] = [];
      worker.events.on('response:mocked', async ({ response }) => void seen.push(await response.clone().text()));
      el = await mount(ENDPOINT);
      await untilPhase(el, 'landing');
      // The test contest opens at 08:00 on 15/9/2020 and closes at 08:00 on 15/10/2020, Vietnam time.
      expect(text(el)).to.contain('08:00 Thứ Ba, 15/09/2020');
      expect(text(el)).to.contain('08:00 Thứ Năm, 15/10/2020');
      await register(el);
      // A 600-second exam, started just now by the server's clock.
      expect(deep(el, '.time').textContent).to.match(/^(10:00|09:5\d)$/);
      // The test is not vacuous: the backend really wrote that form.
      const sample = write(Date.parse('2020-09-15T08:00:00+07:00'));
      expect(
        seen.some((b) => b.includes(sample)),
        `a response with ${sample}`,
      ).to.equal(true);
    });
  }

  it('null for every optional field it leaves unset: the contest, the attempt and the result go through', async () => {
    const server = await useBackend();
    passThrough(server, (body, route) => {
      if (route === 'GET /contest') {
        for (const path of ['language', 'submissionKey', 'exam.autosave', 'exam.prediction.unit']) nullAt(body, path);
        for (const unit of (body.registration as { units: Record<string, unknown>[] }).units) nullAt(unit, 'group');
      }
      if (route === 'POST /attempts') for (const path of ['attempt.roundId', 'attempt.extraTimeSeconds']) nullAt(body, path);
      if (route === 'POST /attempts/:id/submission') nullAt(body, 'result.review');
      return body;
    });
    const errors: unknown[] = [];
    document.addEventListener('ccq-error', (e) => errors.push(e.detail));
    el = await mount(ENDPOINT);
    await register(el);
    // Null is absent: no "extra time" line, and a unit without a group is listed all the same.
    expect(text(el)).not.to.contain('cộng thêm');
    await choose(el, 'b');
    await submitFromExam(el);
    expect(text(el)).to.contain('Số câu trả lời đúng');
    expect(errors).to.deep.equal([]);
  });

  describe('a response that breaks the contract', () => {
    let logged: string[];
    let restore: () => void;
    beforeEach(() => {
      logged = [];
      const error = console.error;
      console.error = (...args: unknown[]) => void logged.push(args.join(' '));
      restore = () => (console.error = error);
    });
    afterEach(() => restore());

    it('is named on the console and in ccq-error: the call, the field path and what was expected, never the value', async () => {
      const server = await useBackend();
      passThrough(server, (body, route) => {
        if (route === 'GET /contest') {
          (body.exam as Record<string, unknown>).autosave = 'yes-please';
          body.opensAt = '2020-09-15T08:00:00';
        }
        return body;
      });
      const details: Record<string, unknown>[] = [];
      document.addEventListener('ccq-error', (e) => details.push(e.detail as Record<string, unknown>));
      el = await mount(ENDPOINT);
      await until(() => el!.phase === 'load-error', 'load-error');
      await until(() => details.length > 0, 'ccq-error');
      expect(details).to.deep.equal([
        { code: 'invalid-response', phase: 'load-error', path: 'opensAt', message: 'expected a date-time with an offset (2020-09-15T08:00:00+07:00)' },
      ]);
      const line = logged.find((l) => l.includes('breaks the contract'))!;
      expect(line).to.contain(`GET ${ENDPOINT}/contest`);
      expect(line).to.contain('opensAt: expected a date-time with an offset');
      expect(line).to.contain('exam.autosave: expected boolean');
      // Paths and expectations only: a value could be personal data.
      expect(line).not.to.contain('yes-please');
    });

    it('names a missing field as missing, in the start response too', async () => {
      const server = await useBackend();
      passThrough(server, (body, route) => {
        if (route === 'POST /attempts') delete (body.attempt as Record<string, unknown>).deadline;
        return body;
      });
      const details: Record<string, unknown>[] = [];
      document.addEventListener('ccq-error', (e) => details.push(e.detail as Record<string, unknown>));
      el = await mount(ENDPOINT);
      await untilPhase(el, 'landing');
      await openRegistration(el);
      await sendRegistration(el);
      await until(() => details.length > 0, 'ccq-error');
      expect(details[0]).to.deep.equal({ code: 'invalid-response', phase: 'registration', path: 'attempt.deadline', message: 'missing, expected string' });
      expect(logged.join('\n')).to.contain(`POST ${ENDPOINT}/attempts breaks the contract:\n  attempt.deadline: missing, expected string`);
    });
  });

  describe('headers set after the element started', () => {
    it('a token set while the contest document is on its way: it is asked for again, with the token', async () => {
      const server = await useBackend();
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      worker.use(
        http.get(`${ENDPOINT}/contest`, async ({ request }) => {
          // The first request (without the token) waits: the page's login script has not run yet.
          if (!request.headers.get('Authorization')) await held;
          return undefined;
        }),
      );
      el = await mount(ENDPOINT);
      await until(() => server.requests.some((r) => r.path === '/contest'), 'the first request');
      el.tokenProvider = () => Promise.resolve('late-token');
      await untilPhase(el, 'landing');
      release();
      const contest = server.requests.filter((r) => r.path === '/contest');
      expect(contest.map((r) => r.headers.get('Authorization'))).to.deep.equal([null, 'Bearer late-token']);
    });

    it('a backend that requires a login: 401 first, then the contest as soon as the token is set', async () => {
      const server = await useBackend();
      worker.use(
        http.get(`${ENDPOINT}/contest`, ({ request }) =>
          request.headers.get('Authorization') ? undefined : HttpResponse.json({ error: { code: 'unauthorized', message: 'Log in.' } }, { status: 401 }),
        ),
      );
      el = await mount(ENDPOINT);
      await until(() => el!.phase === 'load-error', 'load-error');
      el.headers = { Authorization: 'Bearer from-headers' };
      await untilPhase(el, 'landing');
      expect(
        server.requests
          .filter((r) => r.path === '/contest')
          .at(-1)!
          .headers.get('Authorization'),
      ).to.equal('Bearer from-headers');
    });

    it('a token set once the contest is shown is used by the next request, and the document is not asked for again', async () => {
      const server = await useBackend();
      el = await mount(ENDPOINT);
      await untilPhase(el, 'landing');
      el.tokenProvider = () => 'later-token';
      await register(el);
      expect(server.requests.filter((r) => r.path === '/contest')).to.have.length(1);
      expect(server.requests.find((r) => r.path === '/attempts')!.headers.get('Authorization')).to.equal('Bearer later-token');
    });
  });
});
