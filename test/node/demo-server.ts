/** The demo served by vite (its pages and mocked endpoint) and a Chromium, for the Node tests of the demo's pages. */
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { launchChromium } from '../../scripts/chromium.ts';
import { nth } from '../helpers/must.ts';

/** Started before the file's tests and closed after them; `base` is the server's address without a trailing slash. */
export function useDemoServer(): { readonly base: string; readonly browser: Browser } {
  let vite: ViteDevServer | undefined;
  const demo = { base: '', browser: undefined as unknown as Browser };
  before(async () => {
    vite = await createServer({
      configFile: new URL('../../vite.config.ts', import.meta.url).pathname,
      server: { port: 0, host: '127.0.0.1' },
      logLevel: 'silent',
    });
    await vite.listen();
    demo.base = nth(vite.resolvedUrls!.local, 0).replace(/\/$/, '');
    demo.browser = await launchChromium();
  });
  after(async () => {
    await demo.browser?.close();
    await vite?.close();
  });
  return demo;
}
