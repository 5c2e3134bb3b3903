/**
 * What the element says of a response that breaks the endpoint contract: on the console, every
 * problem as the field's path and what was expected there; in the error (and so in `ccq-error`),
 * the first. Never the values: they may be personal data. zod/mini carries no messages of its
 * own (they would cost kilobytes), so they are read from the issues' fields. A chunk of its own
 * in the ES build, loaded only when a server is wrong (src/lazy.ts).
 */
import type * as z from 'zod/mini';
import { ApiError } from './errors.ts';

/** The failure for `call` (`GET https://…/contest`), whose body (the status `status`) failed validation with `error`. */
export function brokenContract(call: string, error: z.core.$ZodError, status: number): ApiError {
  const where = error.issues.map((issue) => {
    const { expected, values, input } = issue as { expected?: string; values?: unknown[]; input?: unknown };
    // A custom message says it best (instants, the result); else the expected type or values; else the kind of problem ("too_small").
    const what = issue.message !== 'Invalid input' ? issue.message : (expected ?? values?.map((v) => JSON.stringify(v)).join(' or '));
    // The body was parsed with reportInput, so an issue without input is a field the body lacks (or, at the top, a body that is not JSON).
    const lacking = input === undefined ? (issue.path[0] === undefined ? 'not JSON, ' : 'missing, ') : '';
    return { path: issue.path.join('.'), message: `${lacking}${what ? `expected ${what}` : issue.code}` };
  });
  console.error(`<cai-cach-quiz> ${call} breaks the contract:${where.map((w) => `\n  ${w.path || '(body)'}: ${w.message}`).join('')}`);
  // A failed parse has at least one issue; were there none, the error would still be thrown, without a place.
  const [first] = where;
  return new ApiError('invalid-response', first?.message ?? '', status, {}, undefined, first);
}
