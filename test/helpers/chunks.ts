import type { ApiChunks } from '../../src/api/client.ts';

/** The client's lazily loaded parts, as the element's composition root passes them (src/lazy.ts). */
export const chunks: ApiChunks = {
  loadResultSchema: () => import('../../src/contract/result.ts'),
  loadDiagnosis: () => import('../../src/api/diagnose.ts'),
};
