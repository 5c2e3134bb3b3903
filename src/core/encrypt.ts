/**
 * Encrypts a participant's saved copy of their answers for the organisers: a fresh
 * AES-256-GCM key encrypts the text, and the organisers' RSA-OAEP (SHA-256) public key
 * wraps that key. Only the holder of the private key can read the file. WebCrypto only;
 * no DOM.
 */
export interface SealedCopy {
  format: 'cai-cach-quiz/encrypted-answers@1';
  alg: 'RSA-OAEP-256+A256GCM';
  /** base64 of the RSA-wrapped AES key. */
  key: string;
  /** base64 of the 12-byte GCM nonce. */
  iv: string;
  /** base64 of the ciphertext (with GCM tag). */
  data: string;
}

const b64 = (bytes: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const unb64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
const RSA = { name: 'RSA-OAEP', hash: 'SHA-256' };

export async function sealForOrganisers(text: string, publicKey: { kty: 'RSA'; n: string; e: string }): Promise<SealedCopy> {
  const rsa = await crypto.subtle.importKey('jwk', { ...publicKey, alg: 'RSA-OAEP-256', ext: true }, RSA, false, ['encrypt']);
  const aes = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, new TextEncoder().encode(text));
  const key = await crypto.subtle.encrypt(RSA, rsa, await crypto.subtle.exportKey('raw', aes));
  return { format: 'cai-cach-quiz/encrypted-answers@1', alg: 'RSA-OAEP-256+A256GCM', key: b64(key), iv: b64(iv), data: b64(data) };
}

/** The organisers' side (in a browser or Node 20): read a sealed copy with the private key. */
export async function openSealedCopy(copy: SealedCopy, privateKey: JsonWebKey): Promise<string> {
  const rsa = await crypto.subtle.importKey('jwk', privateKey, RSA, false, ['decrypt']);
  const raw = await crypto.subtle.decrypt(RSA, rsa, unb64(copy.key));
  const aes = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
  const text = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: unb64(copy.iv) }, aes, unb64(copy.data));
  return new TextDecoder().decode(text);
}
