/** The reference backend called in-process as a store's api port: store tests without msw or fetch. */
import type { ReferenceBackend } from '../../demo/mocks/backend.ts';
import { ApiError } from '../../src/api/errors.ts';
import type { StorePorts } from '../../src/store/store.ts';

/** One request to the backend: the idempotency key, when there is one, goes as its header. */
export type BackendCall = (method: string, path: string, body?: unknown, key?: string) => Promise<never>;

/** Requests to `backend` as the api client makes them; an error status is thrown as an ApiError with the body's code and message. */
export function callBackend(backend: ReferenceBackend): BackendCall {
  return async (method, path, body, key) => {
    const res = await backend.handle({ method, path, body, header: (n) => (n === 'Idempotency-Key' ? (key ?? null) : null) });
    if (res.status >= 400) {
      const e = (res.body as { error: { code: never; message: string } }).error;
      throw new ApiError(e.code, e.message, res.status);
    }
    return res.body as never;
  };
}

/** The store's api port over `call`: the contest, starting an attempt, submitting it. */
export function storeApi(call: BackendCall): StorePorts['api'] {
  return {
    getContest: () => call('GET', '/contest'),
    startAttempt: (body, key) => call('POST', '/attempts', body, key),
    submit: (id, body, key) => call('POST', `/attempts/${id}/submission`, body, key),
  };
}
