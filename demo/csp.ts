/** The strict-CSP demo page: lists any policy violation, then starts as the main demo does. */
import { startMockEndpoint } from './mocks/start.ts';

const out = document.querySelector('#violations')!;
const seen: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => {
  seen.push(`${e.violatedDirective}: ${e.blockedURI || e.sourceFile}`);
  out.textContent = `Vi phạm chính sách: ${seen.join(' · ')}`;
});
// The demo's mocked server registers a service worker, which Trusted Types guards. This
// page allows that one URL through a 'default' policy; the element itself needs none
// (test/node/embed.test.ts runs it against a real server under the policy without it).
const tt = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
tt?.createPolicy('default', {
  createScriptURL: (url: string) => {
    if (new URL(url, location.href).pathname === '/mockServiceWorker.js') return url;
    throw new TypeError(`Blocked script URL ${url}`);
  },
});
await startMockEndpoint();
await import('../src/index.ts');
