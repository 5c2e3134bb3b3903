/**
 * The demo's wiring: start the reference backend behind msw, then load the element
 * exactly as a page would. The backend's state and clock are kept in localStorage so a
 * reload behaves like a reload against a real server.
 */
import { setupWorker } from 'msw/browser';
import { ReferenceBackend, emptyState, type BackendState } from './mocks/backend.ts';
import { sampleContest } from './mocks/contest.ts';
import { SAMPLE_BANK } from './mocks/data/bank.ts';
import { createHandlers, ENDPOINT } from './mocks/handlers.ts';
import { SCENARIOS } from './mocks/scenarios.ts';

const KEY = 'ccq-demo';
interface Saved {
  scenario: string;
  lang: string;
  /** Real time at which the scenario's clock started. */
  realStart: number;
  state: BackendState;
}

const params = new URLSearchParams(location.search);
const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Saved | null;
const scenarioName = params.get('scenario') ?? stored?.scenario ?? 'open';
const scenario = SCENARIOS[scenarioName] ?? SCENARIOS.open;
const lang = params.get('lang') ?? stored?.lang ?? 'vi';
const saved: Saved =
  stored && stored.scenario === scenarioName
    ? { ...stored, lang }
    : { scenario: scenarioName, lang, realStart: Date.now(), state: emptyState() };

const contest = (scenario.contest ?? ((c) => c))(sampleContest());
const backend = new ReferenceBackend(
  {
    contest,
    bank: SAMPLE_BANK,
    now: () => Date.parse(scenario.startsAt) + (Date.now() - saved.realStart),
    extraTimeSeconds: scenario.extraTimeSeconds,
  },
  saved.state,
);
const save = () => localStorage.setItem(KEY, JSON.stringify({ ...saved, state: backend.state }));
save();

const worker = setupWorker(...createHandlers(backend, ENDPOINT, { scenario, onChange: save }));
await worker.start({ serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` }, onUnhandledRequest: 'bypass', quiet: true });

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
  location.search = `?scenario=${form.get('scenario')}&lang=${form.get('lang')}`;
});
document.querySelector('#reset')!.addEventListener('click', async () => {
  localStorage.removeItem(KEY);
  indexedDB.deleteDatabase('cai-cach-quiz');
  location.reload();
});

const quiz = document.querySelector('cai-cach-quiz')!;
quiz.setAttribute('lang', lang);
await import('../src/index.ts');
