/**
 * Starts the mocked endpoint for a demo page: the reference backend behind msw, with the
 * scenario from ?scenario= (or the last one chosen). Its state and clock are kept in
 * localStorage, so a reload behaves like a reload against a real server; the sample
 * submissions that fill the leaderboard are made afresh on each load instead.
 */
import { setupWorker } from 'msw/browser';
import { ReferenceBackend, emptyState, type BackendState } from './backend.ts';
import { sampleContest } from './contest.ts';
import { SAMPLE_BANK, SAMPLE_TOPICS } from './data/bank.ts';
import { createHandlers, ENDPOINT } from './handlers.ts';
import { SCENARIOS, type Scenario } from './scenarios.ts';
import { seedSubmissions, withoutSamples } from './seed.ts';

interface Saved {
  scenario: string;
  lang: string;
  /** Real time at which the scenario's clock started. */
  realStart: number;
  state: BackendState;
}

export const STORAGE_KEY = 'ccq-demo';
/** How many made-up submissions the demo's backend starts with (demo/mocks/seed.ts). */
export const SAMPLE_SUBMISSIONS = 400;

/**
 * The reference backend as a scenario sets it up: its contest, bank and options, the given
 * clock and state, plus the sample submissions that fill the leaderboard. Those are made
 * again on every load, the same ones (a fixed seed, up to the scenario's start time), and
 * never saved (see `withoutSamples`): about 4 MB of attempts would not fit in localStorage,
 * and a reload must not add them twice.
 */
export function scenarioBackend(scenario: Scenario, now: () => number, state: BackendState = emptyState()): ReferenceBackend {
  const contest = (scenario.contest ?? ((c) => c))(sampleContest());
  const backend = new ReferenceBackend(
    {
      contest,
      bank: scenario.bank?.() ?? SAMPLE_BANK,
      topics: SAMPLE_TOPICS,
      now,
      extraTimeSeconds: scenario.extraTimeSeconds,
      publishBankAnswers: scenario.publishBankAnswers,
    },
    state,
  );
  if (contest.features.leaderboard) seedSubmissions(backend, { count: SAMPLE_SUBMISSIONS, seed: 1, asOf: Date.parse(scenario.startsAt) });
  return backend;
}

export async function startMockEndpoint() {
  const params = new URLSearchParams(location.search);
  const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Saved | null;
  const scenarioName = params.get('scenario') ?? stored?.scenario ?? 'open';
  const scenario = SCENARIOS[scenarioName] ?? SCENARIOS.open;
  const lang = params.get('lang') ?? stored?.lang ?? 'vi';
  const saved: Saved =
    stored && stored.scenario === scenarioName ? { ...stored, lang } : { scenario: scenarioName, lang, realStart: Date.now(), state: emptyState() };

  const backend = scenarioBackend(scenario, () => Date.parse(scenario.startsAt) + (Date.now() - saved.realStart), saved.state);
  const save = () => localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...saved, state: withoutSamples(backend.state) }));
  save();

  const worker = setupWorker(...createHandlers(backend, ENDPOINT, { scenario, onChange: save }));
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  return { scenarioName, lang };
}
