/**
 * Language: both translations cover the same messages with the same shapes; switching the
 * `lang` attribute switches every visible string and the date format at once; and no
 * user-visible Vietnamese is written inline in the views (it would stay Vietnamese in English).
 */
import { expect } from '@open-wc/testing';
import type { CaiCachQuiz } from '../../src/cai-cach-quiz.ts';
import { vnTime } from '../../src/core/clock.ts';
import { en } from '../../src/i18n/en.ts';
import { enLate } from '../../src/i18n/en-late.ts';
import { vi } from '../../src/i18n/vi.ts';
import { viLate } from '../../src/i18n/vi-late.ts';
import { clearStorage, ENDPOINT, useBackend } from '../helpers/backend.ts';
import { button, deep, mount, settle, text, until, untilPhase } from '../helpers/dom.ts';
import { openRegistration, register } from '../helpers/participant.ts';
import { must, nth } from '../helpers/must.ts';

let el: CaiCachQuiz;
afterEach(async () => {
  el?.remove();
  await clearStorage();
});

/** Every difference in shape between two message trees: keys, kinds, function arities, pairs. */
function shapeDifferences(a: unknown, b: unknown, path: string, out: string[] = []): string[] {
  const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  if (kind(a) !== kind(b)) {
    out.push(`${path}: ${kind(a)} in one, ${kind(b)} in the other`);
    return out;
  }
  if (typeof a === 'function' && (a as (...x: unknown[]) => unknown).length !== (b as (...x: unknown[]) => unknown).length) {
    out.push(`${path}: takes ${(a as () => void).length} argument(s) in one, ${(b as () => void).length} in the other`);
  }
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) out.push(`${path}: ${a.length} items in one, ${bb.length} in the other`);
    a.forEach((x, i) => i < bb.length && shapeDifferences(x, bb[i], `${path}[${i}]`, out));
  } else if (a && typeof a === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b as object);
    for (const k of ka.filter((k) => !kb.includes(k))) out.push(`${path}.${k}: missing in the second`);
    for (const k of kb.filter((k) => !ka.includes(k))) out.push(`${path}.${k}: missing in the first`);
    for (const k of ka.filter((k) => kb.includes(k)))
      shapeDifferences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out);
  } else if (typeof a === 'string' && (!a.trim() || !(b as string).trim())) {
    out.push(`${path}: empty string`);
  }
  return out;
}

/** Entries of a failure table that are not a pair of non-empty strings. */
function badPairs(table: Record<string, unknown>, path: string): string[] {
  return Object.entries(table).flatMap(([code, v]) =>
    Array.isArray(v) && v.length === 2 && v.every((s) => typeof s === 'string' && s.trim().length > 0) ? [] : [`${path}.${code}: ${JSON.stringify(v)}`],
  );
}

describe('language', () => {
  describe('the translations', () => {
    it('the early messages: same keys, recursively, same kinds and function arities', () => {
      expect(shapeDifferences(vi, en, 'vi↔en')).to.deep.equal([]);
      // Not vacuous: the comparison sees nested objects.
      expect(shapeDifferences({ a: { b: 'x' } }, { a: { c: 'y' } }, 't')).to.have.length(2);
      expect(shapeDifferences({ f: (a: number) => `${a}` }, { f: (a: number, b: number) => `${a}${b}` }, 't')).to.have.length(1);
    });

    it('the late messages: same keys, recursively, same kinds and function arities', () => {
      expect(shapeDifferences(viLate, enLate, 'viLate↔enLate')).to.deep.equal([]);
    });

    it('early and late messages do not overlap (a late key would silently override an early one)', () => {
      const early = Object.keys(vi);
      expect(Object.keys(viLate).filter((k) => early.includes(k))).to.deep.equal([]);
      expect(Object.keys(enLate).filter((k) => Object.keys(en).includes(k))).to.deep.equal([]);
    });

    it('every failure and late failure is a pair of non-empty strings: what happened, what to do', () => {
      expect(Object.keys(vi.failure).length).to.be.greaterThan(5);
      expect(Object.keys(viLate.lateFailure).length).to.be.greaterThan(3);
      expect([
        ...badPairs(vi.failure, 'vi.failure'),
        ...badPairs(en.failure, 'en.failure'),
        ...badPairs(viLate.lateFailure, 'viLate.lateFailure'),
        ...badPairs(enLate.lateFailure, 'enLate.lateFailure'),
      ]).to.deep.equal([]);
    });

    it('the functions give text in each language, never "undefined" or "[object"', () => {
      const bad: string[] = [];
      const call = (tree: Record<string, unknown>, path: string) => {
        for (const [k, v] of Object.entries(tree)) {
          if (typeof v === 'function') {
            // dateTime takes the fields of a moment; the others, counts, names and flags.
            const args =
              k === 'dateTime'
                ? [vnTime(Date.UTC(2020, 8, 15, 1))]
                : Array.from({ length: v.length }, (_, i) => (i === 0 ? 2 : i === 1 ? 5 : i === 2 ? 'người' : false));
            const out = String((v as (...a: unknown[]) => unknown)(...args));
            if (!out.trim() || /undefined|\[object|NaN/.test(out)) bad.push(`${path}.${k}(${args.map((a) => JSON.stringify(a)).join(', ')}) → ${out}`);
          } else if (v && typeof v === 'object' && !Array.isArray(v)) call(v as Record<string, unknown>, `${path}.${k}`);
        }
      };
      call(vi, 'vi');
      call(en, 'en');
      call(viLate, 'viLate');
      call(enLate, 'enLate');
      expect(bad).to.deep.equal([]);
    });
  });

  describe('switching the lang attribute', () => {
    it('switches the visible strings, the date format and the content language without reload', async () => {
      const server = await useBackend();
      el = await mount(ENDPOINT);
      await untilPhase(el, 'landing');
      const frame = deep(el, '.frame');
      expect(frame.getAttribute('lang')).to.equal('vi');
      expect(text(el)).to.contain('Thời gian: từ 08:00 Thứ Ba, 15/09/2020 đến 08:00 Thứ Năm, 15/10/2020');
      button(el, 'Đăng ký dự thi');
      expect(deep(el, 'h2#rules-heading').textContent.trim()).to.equal('Thể lệ cuộc thi');
      const contestLoads = server.requests.filter((r) => r.path === '/contest').length;

      el.setAttribute('lang', 'en');
      await until(() => text(el).includes('Register to take part'), 'the English strings');
      await settle(el);
      const t = text(el);
      expect(t).to.contain('Open from Tuesday, 15/09/2020, 08:00 to Thursday, 15/10/2020, 08:00');
      expect(t).to.contain('Organised by: Ban Tổ chức thử nghiệm');
      expect(t).to.not.contain('Thứ Ba');
      expect(t).to.not.contain('Đăng ký dự thi');
      expect(t).to.not.contain('Thể lệ cuộc thi');
      expect(deep(el, 'h2#rules-heading').textContent.trim()).to.equal('Contest rules');
      expect(deep(el, '.frame').getAttribute('lang'), 'the content is marked as English for screen readers').to.equal('en');
      // Not a reload: the same element, the same contest document, no new request.
      expect(el.phase).to.equal('landing');
      expect(server.requests.filter((r) => r.path === '/contest').length).to.equal(contestLoads);

      el.setAttribute('lang', 'vi');
      await until(() => text(el).includes('Đăng ký dự thi'), 'the Vietnamese strings again');
      await settle(el);
      expect(text(el)).to.contain('Thứ Ba, 15/09/2020');
      expect(text(el)).to.not.contain('Tuesday');
      expect(deep(el, '.frame').getAttribute('lang')).to.equal('vi');
    });

    it('switches the exam and the late views (review) too, keeping the answers', async () => {
      await useBackend();
      el = await mount(ENDPOINT);
      await register(el);
      deep<HTMLInputElement>(el, 'input[name^="q-"]').click();
      await settle(el);
      expect(text(el)).to.contain('Đã trả lời 1/5 câu');

      el.setAttribute('lang', 'en');
      await until(() => text(el).includes('Question 1 of 5'), 'the English exam');
      await settle(el);
      expect(text(el)).to.contain('1 of 5 questions answered');
      expect(text(el)).to.contain('Time remaining');
      button(el, 'Next question');
      expect(deep(el, 'nav button').getAttribute('aria-label')).to.equal('Question 1, answered, currently shown');
      expect(text(el)).to.not.match(/Câu tiếp|Thời gian còn lại|Đã trả lời/);

      button(el, 'Review and submit').click();
      await untilPhase(el, 'review');
      expect(deep(el, 'ccq-review').shadowRoot!.querySelector('h2')!.textContent).to.equal('Check before you submit');
      expect(text(el)).to.contain('You have answered 1 of 5 questions.');

      el.setAttribute('lang', 'vi');
      await until(() => text(el).includes('Kiểm tra trước khi nộp bài'), 'the Vietnamese review');
      await settle(el);
      expect(text(el)).to.contain('Bạn đã trả lời 1/5 câu hỏi.');
      expect(text(el)).to.not.contain('Check before you submit');
      button(el, 'Nộp bài');
    });
  });

  describe('language of parts (WCAG 3.1.2)', () => {
    /** The language a screen reader uses for a text node: the nearest `lang` up the flat tree. */
    function effectiveLang(node: Node): string {
      let e: Element | null = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
      while (e) {
        if (e.hasAttribute('lang')) return e.getAttribute('lang')!;
        const parent: Element | null = e.parentElement ?? (e.parentNode instanceof ShadowRoot ? e.parentNode.host : null);
        e = parent;
      }
      return document.documentElement.lang;
    }

    /** Text nodes under `root` (shadow roots included) whose text matches `re`. */
    function textNodes(root: Node, re: RegExp): Text[] {
      const found: Text[] = [];
      const walk = (n: Node) => {
        if (n.nodeType === Node.TEXT_NODE && re.test(n.textContent ?? '')) found.push(n as Text);
        if ((n as Element).shadowRoot) walk((n as Element).shadowRoot!);
        for (const c of n.childNodes) walk(c);
      };
      walk(root);
      return found;
    }

    /** Server passages (in Vietnamese) that an English page does not mark as Vietnamese. */
    function unmarked(re: RegExp, what: string): string[] {
      const nodes = textNodes(el, re);
      expect(nodes.length, `${what} is on screen`).to.be.greaterThan(0);
      return nodes
        .filter((n) => !effectiveLang(n).startsWith('vi'))
        .map((n) => `${what} "${n.textContent.trim().slice(0, 50)}" is read as lang="${effectiveLang(n)}"`);
    }

    it('with lang="en", the Vietnamese passages the server sends (rules, consent, questions, options) are marked lang="vi"', async () => {
      await useBackend();
      el = await mount(ENDPOINT);
      await untilPhase(el, 'landing');
      el.setAttribute('lang', 'en');
      await until(() => text(el).includes('Contest rules'), 'the English landing');
      await settle(el);
      const problems = [...unmarked(/Nội dung/, 'the rules')];

      el.setAttribute('lang', 'vi');
      await until(() => text(el).includes('Đăng ký dự thi'), 'the Vietnamese landing');
      await register(el);
      el.setAttribute('lang', 'en');
      await until(() => text(el).includes('Question 1 of 5'), 'the English exam');
      await settle(el);
      problems.push(...unmarked(/Câu hỏi thử số/, 'the question'), ...unmarked(/Phương án/, 'an option'));
      expect(problems).to.deep.equal([]);
    });

    it('with lang="en", the consent text from the server is marked lang="vi"', async () => {
      await useBackend();
      el = await mount(ENDPOINT);
      await openRegistration(el);
      el.setAttribute('lang', 'en');
      await until(() => text(el).includes('Participant details'), 'the English form');
      await settle(el);
      expect(unmarked(/Tôi đồng ý để Ban Tổ chức/, 'the consent text')).to.deep.equal([]);
    });
  });

  describe('no inline Vietnamese in the views', () => {
    const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;

    it('no string literal in src/views/** or src/cai-cach-quiz.ts contains Vietnamese letters', async () => {
      const files = await viewSources();
      const names = [...files.keys()];
      // Not vacuous: the crawl found the root and every view.
      for (const f of [
        '/src/cai-cach-quiz.ts',
        '/src/views/landing/landing.ts',
        '/src/views/register/register.ts',
        '/src/views/exam/exam.ts',
        '/src/views/exam/navigator.ts',
        '/src/views/exam/timer.ts',
        '/src/views/review/review.ts',
        '/src/views/outbox/outbox.ts',
        '/src/views/result/result.ts',
        '/src/views/error-notice.ts',
      ]) {
        expect(names, `the crawl found ${f}`).to.include(f);
      }
      const found: string[] = [];
      for (const [file, source] of files) {
        for (const lit of stringLiterals(source))
          if (VIETNAMESE.test(lit.text)) found.push(`${file}:${lit.line}: ${JSON.stringify(lit.text.trim().slice(0, 80))}`);
      }
      expect(found, 'Vietnamese text written inline instead of in src/i18n').to.deep.equal([]);
    });

    it('the scanner finds Vietnamese in quotes and templates, and skips comments', () => {
      const sample = [
        '// chú thích: được phép',
        '/* cũng được phép */',
        ' * dòng chú thích',
        "const a = 'Đóng';",
        'const b = html`<p>',
        '  Xin chào ${name}</p>`;',
        'const c = "ok" + `${x ? `Câu ${n}` : ""}`;',
        'const d = /[.,\\s]/g; const e = "plain";',
        "const f = '\\u0110\\u00f3ng';",
      ].join('\n');
      const hits = stringLiterals(sample)
        .filter((l) => VIETNAMESE.test(l.text))
        .map((l) => `${l.line}:${l.text.trim()}`);
      expect(hits).to.deep.equal(['4:Đóng', '5:<p>\n  Xin chào', '7:Câu', '9:Đóng']);
    });

    it('the scanner reads the served (compiled, escaped) sources from start to end', async () => {
      // src/i18n/vi.ts is where the Vietnamese belongs: the scanner must see all of it.
      const literals = stringLiterals(await (await fetch('/src/i18n/vi.ts')).text()).map((l) => l.text);
      expect(literals).to.include('vi-VN');
      expect(literals).to.include('Đăng ký dự thi');
      expect(literals).to.include('Có thể thử lại sau ');
      expect(literals.filter((l) => VIETNAMESE.test(l)).length).to.be.greaterThan(80);
    });
  });
});

/**
 * The source of the root element and of every file under src/views that it reaches through
 * relative imports, as the test runner serves them (compiled from TypeScript, with non-ASCII
 * written as escapes, which `stringLiterals` decodes).
 */
async function viewSources(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const queue = ['/src/cai-cach-quiz.ts', '/src/views/after-exam.ts', '/src/elements.ts', '/src/index.ts'];
  const seen = new Set<string>();
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const res = await fetch(path);
    if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
    const source = await res.text();
    if (path === '/src/cai-cach-quiz.ts' || path.startsWith('/src/views/')) files.set(path, source);
    for (const m of source.matchAll(/(?:import|export)\s*(?:[^'"`;]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) {
      const spec = must(nth(m, 1) ?? nth(m, 2), `specifier in ${nth(m, 0)}`);
      const url = new URL(spec, `http://x${path}`).pathname;
      if (/\.(ts|js)$/.test(url) && (url.startsWith('/src/views/') || url === '/src/cai-cach-quiz.ts' || url === '/src/elements.ts')) queue.push(url);
    }
  }
  return files;
}

/** Decode JavaScript escapes (\uXXXX, \u{X}, \xXX) in a literal's text. */
function unescapeJs(s: string): string {
  return s
    .replace(/\\u\{([0-9a-f]+)\}/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * The string literals of a source: quoted strings and the text parts of template literals
 * (nested templates included), with the line each starts on. Comments are skipped; so are
 * regular expression literals, told apart from division by what precedes them.
 */
function stringLiterals(source: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let i = 0;
  const n = source.length;
  const lineAt = (pos: number) => source.slice(0, pos).split('\n').length;
  /** Brace depth per open template `${`: when it returns to 0, the template continues. */
  const templates: number[] = [];
  let lastSignificant = '';

  const readTemplateText = () => {
    // At the character after ` or after the } closing a ${...}.
    const start = i;
    const textStart = i;
    while (i < n) {
      const c = source.charAt(i);
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '`') {
        out.push({ line: lineAt(textStart), text: unescapeJs(source.slice(textStart, i)) });
        i++;
        lastSignificant = '`';
        return;
      }
      if (c === '$' && source[i + 1] === '{') {
        out.push({ line: lineAt(textStart), text: unescapeJs(source.slice(textStart, i)) });
        i += 2;
        templates.push(0);
        lastSignificant = '{';
        return;
      }
      i++;
    }
    void start;
  };

  while (i < n) {
    const c = source.charAt(i);
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (c === "'" || c === '"') {
      const start = i;
      i++;
      while (i < n && source[i] !== c && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
      out.push({ line: lineAt(start), text: unescapeJs(source.slice(start + 1, i)) });
      i++;
      lastSignificant = c;
      continue;
    }
    if (c === '`') {
      i++;
      readTemplateText();
      continue;
    }
    if (c === '/') {
      // A regular expression where an expression may start; otherwise division.
      if (
        lastSignificant === '' ||
        /[(,=:[!&|?{};+\-*%<>~^]/.test(lastSignificant) ||
        /\b(return|typeof|case|in|of|void)$/.test(source.slice(Math.max(0, i - 8), i).trimEnd())
      ) {
        i++;
        let inClass = false;
        while (i < n && source[i] !== '\n') {
          const d = source[i];
          if (d === '\\') {
            i += 2;
            continue;
          }
          if (d === '[') inClass = true;
          else if (d === ']') inClass = false;
          else if (d === '/' && !inClass) break;
          i++;
        }
        i++;
        while (i < n && /[a-z]/i.test(source.charAt(i))) i++;
        lastSignificant = 'a';
        continue;
      }
    }
    if (templates.length) {
      const top = templates.length - 1;
      if (c === '{') templates[top] = nth(templates, top) + 1;
      else if (c === '}') {
        if (templates[top] === 0) {
          templates.pop();
          i++;
          readTemplateText();
          continue;
        }
        templates[top] = nth(templates, top) - 1;
      }
    }
    if (!/\s/.test(c)) lastSignificant = c;
    i++;
  }
  return out;
}
