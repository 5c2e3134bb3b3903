/**
 * The demo page's own script: the mocked endpoint, the demo panel (scenario, language,
 * theme), then the element loaded exactly as a page would load it.
 */
import { startMockEndpoint, STORAGE_KEY } from './mocks/start.ts';
import { SCENARIOS } from './mocks/scenarios.ts';

const { scenarioName, lang } = await startMockEndpoint();
const KEY = STORAGE_KEY;
const THEME_KEY = 'ccq-demo-theme';

// Themes are only --ccq-* custom properties set by the page (see demo.css).
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
theme.value = localStorage.getItem(THEME_KEY) ?? 'portal';
const applyTheme = () => {
  document.body.dataset.theme = theme.value;
  localStorage.setItem(THEME_KEY, theme.value);
};
theme.addEventListener('change', applyTheme);
applyTheme();

// The demo panel: pick a scenario and language, or wipe everything.
const select = document.querySelector<HTMLSelectElement>('#scenario')!;
for (const [name, s] of Object.entries(SCENARIOS)) select.add(new Option(s.label, name, false, name === scenarioName));
document.querySelector<HTMLSelectElement>('#lang')!.value = lang;
document.querySelector('#scenario-form')!.addEventListener('submit', (e) => {
  e.preventDefault();
  const form = new FormData(e.target as HTMLFormElement);
  localStorage.removeItem(KEY);
  // A new scenario is a new server: attempts saved against the old one would not exist there.
  indexedDB.deleteDatabase('cai-cach-quiz');
  const sections = form.get('sections');
  location.search = `?scenario=${form.get('scenario')}&lang=${form.get('lang')}${sections ? `&sections=${sections}` : ''}`;
});
document.querySelector('#reset')!.addEventListener('click', async () => {
  localStorage.removeItem(KEY);
  indexedDB.deleteDatabase('cai-cach-quiz');
  location.reload();
});

const quiz = document.querySelector('cai-cach-quiz')!;
quiz.setAttribute('lang', lang);
// Which parts the page shows: what a webmaster writes as <cai-cach-quiz sections="bank">.
const sections = new URLSearchParams(location.search).get('sections');
document.querySelector<HTMLSelectElement>('#sections')!.value = sections ?? '';
if (sections) quiz.setAttribute('sections', sections);
await import('../src/index.ts');
