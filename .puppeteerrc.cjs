// Puppeteer drives the machine's own browsers (Debian's firefox-esr, chromium); it never downloads one
// (these machines have no internet but the npm registry).
module.exports = { skipDownload: true };
