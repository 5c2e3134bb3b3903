/**
 * Debian's Chromium for the Node-side scripts and tests (benchmarks, chaos, embedding):
 * nothing downloads a browser of its own on these machines. CHROME_PATH overrides the
 * path. The flags keep it from reaching the network by itself (updates, sync, QUIC) and
 * let it run as root in CI.
 */
import { chromium, type Browser } from 'playwright-core';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ARGS });
}
