/**
 * The demo page's own script: the mocked endpoint, then the showcase around the element (the
 * snippet to copy, the phone-width view, the scenarios, the display options), then the element
 * loaded exactly as a page would load it.
 *
 * Decisions:
 * - One element, never two: the phone view is a toggle that puts the same element in a 360 px
 *   frame (its layout follows its own width through container queries, so this is what a phone
 *   shows). A second element or an iframe would load the element, the contest and the mocked
 *   backend's 400 sample submissions twice, and two elements on one endpoint would hold the
 *   attempt's one-tab lock against each other.
 * - A scenario is a link that reloads the page: a scenario is another server (its clock, its
 *   faults), and the mocked backend is set up once per page load (demo/mocks/start.ts). The
 *   language and the sections are the element's own attributes: they change in place, with no
 *   reload, and the address follows so the links and a reload keep them.
 */
import { startMockEndpoint, STORAGE_KEY } from './mocks/start.ts';
import { SCENARIOS } from './mocks/scenarios.ts';

const previous = (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { scenario?: string } | null)?.scenario;
const { scenarioName, lang: startLang } = await startMockEndpoint();
const DEVICE_KEY = 'ccq-demo-device';
const THEME_KEY = 'ccq-demo-theme';
/** Where a webmaster would put the built script (README's example path). */
const SCRIPT_SRC = '/assets/cai-cach-quiz/cai-cach-quiz.js';

/** A new scenario is a new server: attempts saved against the old one would not exist there. */
function forgetAttempts() {
  indexedDB.deleteDatabase('cai-cach-quiz');
  // The element's synchronous copy of a draft (#13 F17) lives in sessionStorage.
  sessionStorage.clear();
}
if (previous && previous !== scenarioName) forgetAttempts();

/** The two looks: the element's defaults, and a neutral one set only through its custom properties. */
const THEMES: Record<string, Record<string, string>> = {
  portal: {},
  intranet: {
    '--ccq-color-primary': '#2f4f4f',
    '--ccq-color-text': '#222',
    '--ccq-color-muted': '#505050',
    '--ccq-color-surface-soft': '#eeeeea',
    '--ccq-color-border': '#77776f',
    '--ccq-radius': '2px',
    '--ccq-font-family': "Georgia, 'Times New Roman', serif",
    '--ccq-focus-ring': '3px solid #1f6feb',
  },
};

/** The scenarios in the order a visitor looks for them; one added to demo/mocks/scenarios.ts later lands in "Khác". */
const GROUPS: [string, string[]][] = [
  ['Các giai đoạn của cuộc thi', ['open', 'upcoming', 'closing-soon', 'closed', 'later-round', 'between-rounds', 'bac-ninh-2026']],
  ['Bài thi và kết quả', ['short-time', 'extra-time', 'review', 'after-close', 'exhausted']],
  ['Sự cố của mạng và máy chủ', ['slow', 'rate-limited', 'server-error', 'network-error', 'expired', 'unauthorized', 'invalid', 'hostile']],
  ['Bộ đề thi, thi thử, bảng xếp hạng', ['bank-unpublished', 'no-extras', 'large-bank']],
];

const params = new URLSearchParams(location.search);
const state = {
  lang: startLang === 'en' ? 'en' : 'vi',
  sections: params.get('sections') ?? '',
  device: localStorage.getItem(DEVICE_KEY) === 'phone' ? 'phone' : 'desktop',
  theme: localStorage.getItem(THEME_KEY) === 'intranet' ? 'intranet' : 'portal',
};

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const stage = $('#stage');
const endpoint = $('cai-cach-quiz').getAttribute('endpoint')!;

/** The element's attributes for the current options: the markup of the snippet and of the page are made from this one list. */
function attributes(): [string, string][] {
  // `lang` always: the element reflects it, and a webmaster sees at once where English is chosen.
  return [['endpoint', endpoint], ['lang', state.lang], ...(state.sections ? [['sections', state.sections]] : [])] as [string, string][];
}

/** The custom properties of the chosen look; a theme name the page does not know (a stray `data-theme`) gets none: the element's defaults, as `portal`. */
const themeProperties = () => THEMES[state.theme] ?? {};

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function snippet(): string {
  const props = Object.entries(themeProperties());
  const style = props.length ? `<style>\n  cai-cach-quiz {\n${props.map(([k, v]) => `    ${k}: ${v};\n`).join('')}  }\n</style>\n` : '';
  const attrs = attributes()
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  return `${style}<script type="module" src="${SCRIPT_SRC}"></script>\n<cai-cach-quiz${attrs}></cai-cach-quiz>`;
}

/**
 * The element as the snippet writes it. A changed attribute gets a new element, as a reload of
 * the webmaster's page would: what is shown is always what the snippet makes from scratch.
 */
function mountElement() {
  const quiz = document.createElement('cai-cach-quiz');
  for (const [k, v] of attributes()) quiz.setAttribute(k, v);
  for (const [k, v] of Object.entries(themeProperties())) quiz.style.setProperty(k, v);
  stage.querySelector('cai-cach-quiz')?.remove();
  stage.append(quiz);
}

/** The address keeps the options, so a reload, a scenario link or a shared link shows the same page. */
function address(scenario: string): string {
  const p = new URLSearchParams(location.search);
  p.set('scenario', scenario);
  p.set('lang', state.lang);
  if (state.sections) p.set('sections', state.sections);
  else p.delete('sections');
  return `?${p}`;
}

function render() {
  $('#snippet-code').textContent = snippet();
  document.body.dataset.theme = state.theme;
  stage.classList.toggle('phone', state.device === 'phone');
  const pressed = (attr: string, value: string) =>
    document.querySelectorAll(`[data-${attr}]`).forEach((b) => b.setAttribute('aria-pressed', String(b.getAttribute(`data-${attr}`) === value)));
  pressed('device', state.device);
  pressed('lang', state.lang);
  pressed('sections', state.sections);
  pressed('theme', state.theme);
  document.querySelectorAll<HTMLAnchorElement>('a[data-scenario]').forEach((a) => (a.href = address(a.dataset.scenario!)));
  history.replaceState(history.state, '', address(scenarioName) + location.hash);
}

// The scenarios, one link each, grouped.
const groups = $('#scenario-groups');
const listed = new Set(GROUPS.flatMap(([, names]) => names));
const others = Object.keys(SCENARIOS).filter((name) => !listed.has(name));
for (const [title, names] of [...GROUPS, ['Khác', others] as [string, string[]]]) {
  const present = names.flatMap((name) => {
    const scenario = SCENARIOS[name];
    return scenario ? [{ name, label: scenario.label }] : [];
  });
  if (!present.length) continue;
  const h3 = document.createElement('h3');
  h3.textContent = title;
  const ul = document.createElement('ul');
  for (const { name, label } of present) {
    const a = document.createElement('a');
    a.dataset.scenario = name;
    a.textContent = label;
    if (name === scenarioName) a.setAttribute('aria-current', 'page');
    const li = document.createElement('li');
    li.append(a);
    ul.append(li);
  }
  groups.append(h3, ul);
}
$('#scenario-shown').textContent = (SCENARIOS[scenarioName] ?? SCENARIOS.open).label;

// The options that are the element's attributes: changed in place.
document.addEventListener('click', (e) => {
  const b = (e.target as Element).closest<HTMLButtonElement>('button[data-lang], button[data-sections], button[data-device], button[data-theme]');
  if (!b) return;
  const before = attributes().join();
  if (b.dataset.lang) state.lang = b.dataset.lang;
  if (b.dataset.sections !== undefined) state.sections = b.dataset.sections;
  if (b.dataset.device) localStorage.setItem(DEVICE_KEY, (state.device = b.dataset.device));
  if (b.dataset.theme) localStorage.setItem(THEME_KEY, (state.theme = b.dataset.theme));
  render();
  if (attributes().join() !== before || b.dataset.theme) mountElement();
});

// "Sao chép": the Clipboard API where the page is a secure context (https, localhost), else the selection.
const copy = $<HTMLButtonElement>('#copy');
const copyStatus = $('#copy-status');
let copiedTimer: ReturnType<typeof setTimeout> | undefined;
async function copySnippet() {
  const text = snippet();
  let done: boolean;
  try {
    await navigator.clipboard.writeText(text);
    done = true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents($('#snippet-code'));
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    done = document.execCommand('copy');
  }
  copy.textContent = done ? 'Đã sao chép' : 'Sao chép';
  copyStatus.textContent = done ? 'Đã sao chép mã nhúng.' : 'Không sao chép được: mã đã được chọn, vui lòng nhấn Ctrl+C.';
  clearTimeout(copiedTimer);
  copiedTimer = setTimeout(() => {
    copy.textContent = 'Sao chép';
    copyStatus.textContent = '';
  }, 5000);
}
copy.addEventListener('click', () => void copySnippet());

$('#reset').addEventListener('click', () => {
  localStorage.removeItem(STORAGE_KEY);
  forgetAttempts();
  location.reload();
});

// The verification page is the contest server's (/xac-minh), not the mocked one's: `npm start`
// runs that server on port 8080 of the same machine (its page links here; PORT may move it).
$<HTMLAnchorElement>('#verify-link').href = `${location.protocol}//${location.hostname}:8080/xac-minh`;

render();
mountElement();
await import('../src/index.ts');
