import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';

/**
 * The suite as every engine runs it: which files, how TypeScript and packages are served, msw's
 * worker, the per-test limit. Firefox (web-test-runner.firefox.config.js) and WebKit
 * (web-test-runner.webkit.config.js) take this and add only their own launcher.
 */
export const shared = {
  // test/node/ runs in Node (npm run test:node), not in the browser.
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), target: 'es2022' })],
  testFramework: { config: { timeout: 20000 } },
  // Ceilings for hangs, not for slowness: each test keeps its own 20 s limit above. On a loaded
  // machine (CI beside other jobs, or scripts/stability.sh's busy loop) the runner's defaults,
  // 30 s to start a page, 20 s for its tests to start and 2 min for a whole file, failed runs
  // whose every test passed: the keyboard file alone takes over 2 min there.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 600000,
  middleware: [
    // The runner does not serve msw's worker at the root; rewrite so its scope covers the test pages.
    function mswWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
  ],
};

/**
 * The parts of the suite that matter most on a participant's browser: the whole contest, the
 * store, storage, keyboard and screen-reader use, and the element on a hostile page. An engine
 * whose whole run would not fit CI's time runs these (TEST_SUBSET=core).
 */
export const coreFiles = ['test/flows/**/*.test.ts', 'test/store/**/*.test.ts', 'test/storage/**/*.test.ts', 'test/a11y/**/*.test.ts', 'test/embed/**/*.test.ts'];

/** The files an engine's run takes: all of them, or the core subset. (Files named on the command line win over both.) */
export function filesFor(env = process.env) {
  return env.TEST_SUBSET === 'core' ? coreFiles : shared.files;
}

const args = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default {
  ...shared,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args },
      // Each page in its own browser context, so files running side by side never share
      // IndexedDB (one file wiping the database must not pull it from under another).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 2,
};
