/**
 * The tests' lookups that fail with a message naming what was missing: the same helpers as the
 * element's tests (test/helpers/must.ts, plain TypeScript without the DOM). Only the server's own
 * code (server/src) is kept apart from the element's tree; its tests may share helpers.
 */
export { must, nth } from '../../test/helpers/must.ts';
