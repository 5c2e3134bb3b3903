/**
 * The suite in WebKit: WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver and its library), driven
 * through WebKitWebDriver, a W3C WebDriver server, by webdriverio. The engine is the one of every
 * iPhone browser (and of Zalo's in-app browser on iOS), though not Safari itself: see
 * docs/browsers.md. It needs a display: `npm run test:webkit` runs under `xvfb-run`.
 *
 * This config starts WebKitWebDriver on a free port and stops it on exit; WEBKIT_WEBDRIVER_URL
 * (http://host:port) uses one already running instead. TEST_SUBSET=core runs the files that
 * matter most only (see web-test-runner.config.js).
 */
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, writeSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesFor, shared } from './web-test-runner.config.js';

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function untilListening(port, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > end) throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * MiniBrowser's toolbar (back, forward, reload, the address, zoom) keeps its window at least 447 px
 * wide: too wide for the phone tests (360 px) and the reflow test (320 px). A GTK user stylesheet,
 * read by MiniBrowser from $XDG_CONFIG_HOME/gtk-3.0/gtk.css, shrinks the toolbar to a 20 px strip
 * whose window goes down to 290 px. It styles GTK's widgets only: WebKitGTK draws the page and its
 * form controls itself (a button, a text field and a select measured the same with and without it).
 */
function gtkConfigHome() {
  const home = mkdtempSync(join(tmpdir(), 'wtr-webkit-gtk-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(join(home, 'gtk-3.0', 'gtk.css'), '* { font-size: 1px; padding: 0; margin: 0; min-width: 0; min-height: 0; border-width: 0; }\n');
  return home;
}

/** Where the WebDriver server is: the one given, or one started here. */
async function driverAddress() {
  if (process.env.WEBKIT_WEBDRIVER_URL) {
    const url = new URL(process.env.WEBKIT_WEBDRIVER_URL);
    return { hostname: url.hostname, port: Number(url.port) };
  }
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver', [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, XDG_CONFIG_HOME: gtkConfigHome() },
  });
  driver.on('error', (e) => {
    console.error(`Could not start WebKitWebDriver (apt-get install webkit2gtk-driver xvfb): ${e.message}`);
    process.exit(1);
  });
  // A run that ends early says why. One stopped midway, exit 1 and no summary, three times: the
  // runner buffers console output while it runs and exits without printing it, so these write to
  // stderr directly. An uncaught error (e.g. a WebDriver call of the launcher that failed) stops
  // the runner; .ci/browsers fails a run that did not reach its last file.
  const say = (message) => writeSync(2, `\n[WebKit run] ${message}\n`);
  process.on('uncaughtException', (e) => say(`uncaught: ${e?.stack ?? e}`));
  let ending = false;
  driver.on('exit', (code, signal) => ending || say(`WebKitWebDriver ended during the run (${signal ?? `exit ${code}`})`));
  process.on('exit', () => ((ending = true), driver.kill()));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      say(`${signal} received, stopping`);
      ending = true;
      driver.kill();
      process.exit(1);
    });
  }
  await untilListening(port);
  return { hostname: '127.0.0.1', port };
}

/**
 * `window-viewport`: the viewport at a given size in CSS px (test/helpers/viewport.ts sends it in
 * WebKit). The runner's own set-viewport command works through puppeteer and playwright only; over
 * WebDriver the viewport is the window less MiniBrowser's bars, whose size is not assumed but
 * measured: set the window, read the page's innerWidth × innerHeight, and correct the window by the
 * difference until they match.
 */
function windowViewport() {
  const inner = () => [window.innerWidth, window.innerHeight];
  // GTK resizes the view after WebDriver's call returns: the size once it has held for five reads.
  async function settledSize(driver) {
    let last = await driver.execute(inner);
    for (let same = 0, i = 0; same < 5 && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 20));
      const now = await driver.execute(inner);
      same = now[0] === last[0] && now[1] === last[1] ? same + 1 : 0;
      last = now;
    }
    return last;
  }
  return {
    name: 'window-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'window-viewport') return undefined;
      const driver = session.browser.driver;
      if (!driver) throw new Error('window-viewport: no WebDriver session');
      const { width, height } = payload;
      let size = { width, height };
      let seen = [];
      for (let i = 0; i < 4; i++) {
        await driver.setWindowSize(size.width, size.height);
        seen = await settledSize(driver);
        if (seen[0] === width && seen[1] === height) return true;
        size = { width: size.width + width - seen[0], height: size.height + height - seen[1] };
      }
      throw new Error(`window-viewport: asked for ${width}×${height}, the page has ${seen[0]}×${seen[1]}`);
    },
  };
}

export default {
  ...shared,
  plugins: [...shared.plugins, windowViewport()],
  files: filesFor(),
  browsers: [
    webdriverLauncher({
      ...(await driverAddress()),
      automationProtocol: 'webdriver',
      logLevel: 'error',
      // A ceiling for each WebDriver call, not for slowness: loading a test file's page (its
      // navigation is one call) took minutes on a machine loaded 15 times over, past webdriverio's
      // 2 min, and a failed navigation stops the whole run (see driverAddress).
      connectionRetryTimeout: 600000,
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 asks for WebDriver BiDi (webSocketUrl) by default; WebKitWebDriver 2.50
        // answers "Failed to match capabilities" to that, so: classic WebDriver.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    }),
  ],
  // One window, one file at a time: the launcher's other mode runs files in iframes of one page,
  // which would share IndexedDB and focus between files.
  concurrency: 1,
};
