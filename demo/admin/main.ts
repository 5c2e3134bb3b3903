/**
 * The dashboard's demo: the organisers' API mocked in the browser (./mock-admin.ts), then the
 * element as the server's /admin page puts it. `?lang=en` shows the English strings.
 */
import { setupWorker } from 'msw/browser';
import '../../src/admin/index.ts';
import { createMockAdmin } from './mock-admin.ts';

const mock = createMockAdmin({ growth: 137 });
await setupWorker(...mock.handlers).start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });

const el = document.createElement('cai-cach-quiz-admin');
const lang = new URLSearchParams(location.search).get('lang');
if (lang) el.lang = lang;
document.querySelector('#app')!.append(el);
