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
import { connect, createServer } from 'node:net';
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

/** Where the WebDriver server is: the one given, or one started here. */
async function driverAddress() {
  if (process.env.WEBKIT_WEBDRIVER_URL) {
    const url = new URL(process.env.WEBKIT_WEBDRIVER_URL);
    return { hostname: url.hostname, port: Number(url.port) };
  }
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver', [`--port=${port}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  driver.on('error', (e) => {
    console.error(`Could not start WebKitWebDriver (apt-get install webkit2gtk-driver xvfb): ${e.message}`);
    process.exit(1);
  });
  process.on('exit', () => driver.kill());
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (driver.kill(), process.exit(1)));
  await untilListening(port);
  return { hostname: '127.0.0.1', port };
}

export default {
  ...shared,
  files: filesFor(),
  browsers: [
    webdriverLauncher({
      ...(await driverAddress()),
      automationProtocol: 'webdriver',
      logLevel: 'error',
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
