/**
 * The viewport's size in CSS px, in every engine the suite runs in. The runner's `setViewport`
 * works through puppeteer (Chromium, Firefox) only: WebDriver has no such command ("Setting
 * viewport is not supported for browser type webdriver"). In WebKit the size is set through the
 * WebDriver window instead (`window-viewport`, a command of web-test-runner.webkit.config.js: the
 * window less the browser's bars, measured in the page, so `innerWidth` × `innerHeight` is the size
 * asked for).
 */
import { executeServerCommand, setViewport as setPageViewport } from '@web/test-runner-commands';
import { engine } from './engine.ts';

export async function setViewport(size: { width: number; height: number }): Promise<void> {
  if (engine === 'webkit') await executeServerCommand('window-viewport', size);
  else await setPageViewport(size);
}
