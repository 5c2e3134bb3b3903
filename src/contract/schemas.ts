/**
 * The wire format between `<cai-cach-quiz>` and the portal's endpoint, version 1.
 *
 * This file gathers the contract's modules (one per call) and is its single source of truth: the TypeScript types are inferred from it,
 * `npm run contract` generates `contract/openapi.json` from it for backend teams, and
 * the element validates every response with it before use. No DOM, no Lit.
 *
 * zod/mini is used instead of full zod because it is about 17 KB gzip lighter in the
 * widget bundle; the schemas are the same. For the same reason, sets of values are
 * `z.literal([...])` rather than `z.enum()` (the same check and the same JSON Schema,
 * 0.2 KB gzip less), and instants a regex (see common.ts).
 */

export * from './attempt.ts';
export * from './bank.ts';
export { CONTRACT_VERSION, ID_PATTERN, INSTANT_PATTERN, LIMITS } from './common.ts';
export * from './contest.ts';
export * from './errors.ts';
export * from './requests.ts';
export * from './result.ts';
export * from './receipt.ts';
export * from './verification.ts';
