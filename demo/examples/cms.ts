/**
 * For the demo only: start the mocked endpoint, then load the element as the single
 * script tag would (in a real CMS page: <script src="…/cai-cach-quiz.iife.js" defer>).
 */
import { startMockEndpoint } from '../mocks/start.ts';

await startMockEndpoint();
await import('../../src/index.ts');
