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
export const coreFiles = [
  'test/flows/**/*.test.ts',
  'test/store/**/*.test.ts',
  'test/storage/**/*.test.ts',
  'test/a11y/**/*.test.ts',
  'test/embed/**/*.test.ts',
];

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

/**
 * Chromium with a new tab for every test file. The runner would reuse a file's tab for the next
 * file (it only navigates it to about:blank), and with it that tab's session history and
 * sessionStorage: what a file leaves there is what the next file starts with, in CI's order only.
 * A draft's sessionStorage copy left that way resumed an attempt in the navigation test; the tab's
 * history reached Chromium's cap of 50 entries (the test had to allow for it); and twice in CI that
 * test's history.back() left the page (about:blank), losing all six of its results, which no run
 * of the file alone or of its folder reproduced. A tab of its own removes every such leak. The tab
 * is closed after its file; its browser context stays for the next file of the same slot (a new
 * context per file re-fetched every module: 279 s instead of 170 s for the suite), so files
 * running side by side still never share IndexedDB. Firefox (web-test-runner.firefox.config.js)
 * passes puppeteer's launcher as `launch`: it reuses tabs the same way.
 */
export function freshTabPerFile(options, launch = chromeLauncher) {
  const idle = [];
  const launcher = launch({
    ...options,
    createPage: async ({ browser }) => (idle.pop() ?? (await browser.createBrowserContext())).newPage(),
  });
  const stop = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const page = launcher.activePages.get(sessionId);
    const result = await stop(sessionId);
    launcher.inactivePages = launcher.inactivePages.filter((p) => p !== page);
    if (page) {
      const context = page.puppeteerPage.browserContext();
      await page.puppeteerPage.close().catch(() => undefined);
      idle.push(context);
    }
    return result;
  };
  return launcher;
}

export default {
  ...shared,
  browsers: [
    // Each slot's pages in a browser context of their own, so files running side by side never
    // share IndexedDB (one file wiping the database must not pull it from under another).
    freshTabPerFile({ launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args } }),
  ],
  concurrency: 2,
};
