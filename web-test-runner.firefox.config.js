/**
 * The suite in Firefox ESR (Debian's firefox-esr), driven by puppeteer over WebDriver BiDi.
 * `npm run test:firefox`; FIREFOX_PATH points at another Firefox. TEST_SUBSET=core runs the
 * files that matter most only (see web-test-runner.config.js). Differences: docs/browsers.md.
 */
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { filesFor, shared } from './web-test-runner.config.js';

export default {
  ...shared,
  files: filesFor(),
  browsers: [
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        protocol: 'webDriverBiDi',
        extraPrefsFirefox: {
          // No first-run pages, updates or telemetry on a CI machine without internet.
          'browser.shell.checkDefaultBrowser': false,
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
        },
      },
      // Each page in its own user context (container): its own IndexedDB, as in Chromium.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 1,
};
