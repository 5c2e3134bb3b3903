/** msw wiring of the reference backend: used by the demo's worker and by the tests. */
import { delay, http, HttpResponse } from 'msw';
import type { BackendRequest, BackendResponse, ReferenceBackend } from './backend.ts';
import type { Scenario } from './scenarios.ts';

export const ENDPOINT = '/api/cuoc-thi/cchc-2020';

export interface HandlerOptions {
  scenario?: Scenario;
  /** Called after every request that may have changed the backend's state. */
  onChange?: () => void;
}

export function createHandlers(backend: ReferenceBackend, base = ENDPOINT, { scenario, onChange }: HandlerOptions = {}) {
  const counts = new Map<string, number>();
  return [
    http.all(`${base}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const path = url.pathname.slice(new URL(base, location.href).pathname.length);
      const text = request.method === 'GET' ? '' : await request.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        return HttpResponse.json({ error: { code: 'bad_request', message: 'Body is not JSON.' } }, { status: 400 });
      }
      const req: BackendRequest = { method: request.method, path, query: url.searchParams, header: (n: string) => request.headers.get(n), body };
      if (scenario?.latencyMs) await delay(scenario.latencyMs);
      const route = `${req.method} ${path.replace(/\/attempts\/[^/]+/, '/attempts/:id')}`;
      const n = counts.get(route) ?? 0;
      counts.set(route, n + 1);
      const fault = scenario?.fault?.(req, n);
      if (fault === 'network-error') return HttpResponse.error();
      let res: BackendResponse = fault ?? (await backend.handle(req));
      if (scenario?.document && route === 'GET /contest') res = { ...res, body: scenario.document(res.body as Record<string, unknown>) };
      if (req.method !== 'GET') onChange?.();
      return HttpResponse.json(res.body as Record<string, unknown>, { status: res.status, headers: res.headers });
    }),
  ];
}
