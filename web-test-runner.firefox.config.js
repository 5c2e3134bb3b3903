/**
 * The suite in Firefox ESR (Debian's firefox-esr), driven by puppeteer over WebDriver BiDi.
 * `npm run test:firefox`; FIREFOX_PATH points at another Firefox. TEST_SUBSET=core runs the
 * files that matter most only (see web-test-runner.config.js). Differences: docs/browsers.md.
 */
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { filesFor, freshTabPerFile, shared } from './web-test-runner.config.js';

export default {
  ...shared,
  files: filesFor(),
  browsers: [
    // A new tab for every file, as in Chromium (see freshTabPerFile): the launcher would reuse one
    // tab, its session history and sessionStorage for every file. Each tab in a user context
    // (container) of its own, reused by the next file: its own IndexedDB, as in Chromium.
    freshTabPerFile(
      {
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
      },
      puppeteerLauncher,
    ),
  ],
  concurrency: 1,
};
