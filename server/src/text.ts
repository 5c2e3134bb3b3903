/** Small pure helpers: canonical hashing of request bodies, identities, text that reaches public lists. */
import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * The hash of a request body under one idempotency key. "The same body" means equal JSON
 * after parsing: object keys in any order, any white space, the same values.
 */
export function requestHash(value: unknown): string {
  const canonical = JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
  return createHash('sha256').update(canonical).digest('base64url');
}

/** A keyed hash of a participant's identity, so uniqueness needs no clear value. */
export const identityHash = (secret: string, identity: string) => createHmac('sha256', secret).update(identity).digest('base64url');

/** Text safe inside HTML, in an element or a quoted attribute: & < > " ' as numeric references. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An opaque, unguessable id (`bytes` random bytes, base64url). */
export const opaqueId = (bytes = 16) => randomBytes(bytes).toString('base64url');

/**
 * Control characters, and the bidirectional formatting characters with which a name can
 * reorder what a public list shows (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text for a public list: unsafe characters removed, white space folded, at most `max` characters. */
export function publicText(value: string, max = 200): string {
  return [...value.replace(UNSAFE, '').replace(/\s+/g, ' ').trim()].slice(0, max).join('');
}
