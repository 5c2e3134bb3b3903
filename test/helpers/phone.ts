/** Tests on a phone's screen (#14): the viewport and the page's margin set for each test and put back after it. */
import { setViewport } from './viewport.ts';
import { clearStorage } from './backend.ts';

/**
 * Each test runs in a 360 × 640 viewport (a 360 × 740 phone under its browser bars) on a page
 * with no body margin; after it, the element `current()` is removed, the page is back at
 * 800 × 600 with its margin, and the storage is wiped.
 */
export function onAPhone(current: () => Element | undefined) {
  beforeEach(async () => {
    await setViewport({ width: 360, height: 640 });
    document.body.style.margin = '0';
  });
  afterEach(async () => {
    current()?.remove();
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
    await clearStorage();
  });
}
