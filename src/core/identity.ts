/**
 * Who an attempt or a result on this device belongs to, without keeping who that is: a salted
 * hash of the details the participant re-types to claim it (#13 F11, F12). A shared computer's
 * next user, reading the device's storage, finds a random salt and a hash, not a name or an id.
 * WebCrypto's SHA-256 where the page has it (secure contexts); elsewhere (an intranet page on
 * plain http) a 64-bit FNV-1a, enough to tell two people apart. No DOM.
 */
import type { RegistrationFieldName } from '../contract/schemas.ts';
import type { ParticipantDraft } from './validate.ts';

export interface Owner {
  salt: string;
  hash: string;
}

type Key = 'citizenId' | 'birthDate' | 'phone' | 'email' | 'fullName';

/**
 * The details that identify a participant, among those the contest asks for: the citizen id and
 * birth date when it asks for them (what the "Xem lại kết quả của tôi" form asks for), else the
 * first of phone, email and name it asks for.
 */
export function identityKeys(fields: readonly { name: RegistrationFieldName }[]): Key[] {
  const asked = new Set<string>(fields.map((f) => f.name));
  const both = (['citizenId', 'birthDate'] as const).filter((k) => asked.has(k));
  return both.length ? both : (['phone', 'email', 'fullName'] as const).filter((k) => asked.has(k)).slice(0, 1);
}

/** The same person types "024 080 001 234" and "024080001234", "20/5/1980" and "20/05/1980": one value. */
const canonical = (k: Key, v: string) => {
  const s = v.normalize('NFC').toLowerCase().trim();
  if (k === 'birthDate') return s.split(/\D+/).filter(Boolean).map(Number).join('/');
  return k === 'fullName' ? s.split(/\s+/).join(' ') : s.replace(/[\s().-]/g, '');
};

async function digest(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const bytes = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
    return btoa(String.fromCharCode(...bytes));
  }
  let h = 0xcbf29ce484222325n;
  for (const c of new TextEncoder().encode(text)) h = ((h ^ BigInt(c)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(36);
}

const hashOf = (salt: string, form: Partial<ParticipantDraft>, keys: readonly Key[]) =>
  digest(`${salt}\n${keys.map((k) => canonical(k, String(form[k] ?? ''))).join('\n')}`);

/** A fresh owner record for the participant's details. */
export async function ownerOf(form: Partial<ParticipantDraft>, keys: readonly Key[]): Promise<Owner> {
  const salt = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(12))));
  return { salt, hash: await hashOf(salt, form, keys) };
}

/** Whether the details typed are those of `owner` (nothing typed is never a match). */
export async function isOwner(owner: Owner | undefined, form: Partial<ParticipantDraft>, keys: readonly Key[]): Promise<boolean> {
  if (!owner || !keys.length || keys.some((k) => !canonical(k, String(form[k] ?? '')))) return false;
  return (await hashOf(owner.salt, form, keys)) === owner.hash;
}
