/** Fails the current test when the page logs an uncaught error or unhandled rejection. */
const seen: string[] = [];
window.addEventListener('error', (e) => seen.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => seen.push(`unhandled rejection: ${String(e.reason)}`));

beforeEach(() => {
  seen.length = 0;
});

afterEach(() => {
  if (seen.length) throw new Error(`Uncaught errors during the test:\n${seen.join('\n')}`);
});
