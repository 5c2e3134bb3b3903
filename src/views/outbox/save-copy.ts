import { sealForOrganisers } from '../../core/encrypt.ts';
import type { ContestDocument } from '../../contract/schemas.ts';

/**
 * Download the answers as a file for the organisers: encrypted with their public key when the
 * contest gives one (only they can read it), plain JSON otherwise.
 */
export async function downloadCopy(text: string, attemptId: string | undefined, key: ContestDocument['submissionKey']) {
  const body = key ? JSON.stringify(await sealForOrganisers(text, key), null, 2) : text;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  a.download = `bai-lam-${attemptId ?? 'cuoc-thi'}${key ? '.ma-hoa' : ''}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
