/**
 * Starts the mocked endpoint for a demo page: the reference backend behind msw, with the
 * scenario from ?scenario= (or the last one chosen). Its state and clock are kept in
 * localStorage, so a reload behaves like a reload against a real server.
 */
import { setupWorker } from 'msw/browser';
import { ReferenceBackend, emptyState, type BackendState } from './backend.ts';
import { sampleContest } from './contest.ts';
import { SAMPLE_BANK, SAMPLE_TOPICS } from './data/bank.ts';
import { createHandlers, ENDPOINT } from './handlers.ts';
import { SCENARIOS } from './scenarios.ts';

interface Saved {
  scenario: string;
  lang: string;
  /** Real time at which the scenario's clock started. */
  realStart: number;
  state: BackendState;
}

export const STORAGE_KEY = 'ccq-demo';

export async function startMockEndpoint() {
  const params = new URLSearchParams(location.search);
  const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Saved | null;
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
      topics: SAMPLE_TOPICS,
      now: () => Date.parse(scenario.startsAt) + (Date.now() - saved.realStart),
      extraTimeSeconds: scenario.extraTimeSeconds,
    },
    saved.state,
  );
  const save = () => localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...saved, state: backend.state }));
  save();

  const worker = setupWorker(...createHandlers(backend, ENDPOINT, { scenario, onChange: save }));
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  return { scenarioName, lang };
}
