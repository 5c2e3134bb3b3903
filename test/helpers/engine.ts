/**
 * Which engine runs the test, for the few tests that skip one engine: each skip says why beside
 * it, and docs/browsers.md lists them all. Chromium, Firefox (Gecko) or WebKit (WebKitGTK here).
 */
export const engine: 'chromium' | 'firefox' | 'webkit' = / Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';
