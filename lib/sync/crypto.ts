/**
 * End-to-end encryption of every file Precis writes to the server (WebCrypto only, the same in the browser and
 * in Node). The key comes from the user's passphrase with PBKDF2-SHA-256 and a random salt kept on the server;
 * each file is AES-256-GCM with a fresh 96-bit IV, and its name is bound in as additional data so the server
 * cannot pass one file off as another.
 *
 * A sealed file: "PRECIS" (6 bytes) · format version (1 byte) · IV (12 bytes) · ciphertext with its tag.
 */

export type Bytes = Uint8Array<ArrayBuffer>;

/** OWASP's Password Storage Cheat Sheet count for PBKDF2-HMAC-SHA256 (2023 onwards). */
export const PBKDF2_ITERATIONS = 600_000;
/** Counts accepted in a folder's key file: below this it would be too cheap to guess, above it too slow to open. */
export const MIN_ITERATIONS = 1_000;
export const MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;

const MAGIC = [0x50, 0x52, 0x45, 0x43, 0x49, 0x53]; // "PRECIS"
export const SEAL_VERSION = 1;
const IV_BYTES = 12;
const HEADER_BYTES = MAGIC.length + 1 + IV_BYTES;

const encoder = new TextEncoder();

export function randomBytes(length: number): Bytes {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return bytes;
}

export function randomId(bytes = 8): string {
  return [...randomBytes(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function fromBase64(text: string): Bytes | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

export async function deriveKey(passphrase: string, salt: Bytes, iterations: number): Promise<CryptoKey> {
  return importAesKey(await deriveKeyBytes(passphrase, salt, iterations));
}

/**
 * The AES-256 key's bytes, for a cache that lives only in memory (KeyCache): a non-extractable CryptoKey cannot be
 * put in storage, so what is kept there is these bytes, turned back into a non-extractable key on use.
 */
export async function deriveKeyBytes(passphrase: string, salt: Bytes, iterations: number): Promise<Bytes> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256));
}

export function importAesKey(raw: Bytes): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * Names one derivation (passphrase, salt, count) so a cached key is only ever used for the very passphrase and
 * folder it came from: a passphrase typed again, or a folder set up anew, misses the cache.
 */
export async function keyCacheId(passphrase: string, salt: string, iterations: number): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(`${iterations}\n${salt}\n${passphrase.normalize('NFC')}`));
  return toBase64(new Uint8Array(digest));
}

function additionalData(name: string, version: number): Bytes {
  return encoder.encode(`precis-sync/${version}/${name}`);
}

export async function seal(key: CryptoKey, name: string, plaintext: Bytes): Promise<Bytes> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(name, SEAL_VERSION) }, key, plaintext),
  );
  const out = new Uint8Array(HEADER_BYTES + ciphertext.length);
  out.set(MAGIC, 0);
  out[MAGIC.length] = SEAL_VERSION;
  out.set(iv, MAGIC.length + 1);
  out.set(ciphertext, HEADER_BYTES);
  return out;
}

export type Opened = { ok: true; plaintext: Bytes } | { ok: false; reason: 'corrupt' | 'newer' };

/**
 * The plaintext of a sealed file, or why not: 'newer' when a later Precis wrote it (kept for that version),
 * 'corrupt' when it is not a sealed file or fails authentication (damaged, truncated, or another key).
 */
export async function open(key: CryptoKey, name: string, sealed: Bytes): Promise<Opened> {
  if (sealed.length < HEADER_BYTES + 16 || MAGIC.some((b, i) => sealed[i] !== b)) return { ok: false, reason: 'corrupt' };
  const version = sealed[MAGIC.length]!;
  if (version > SEAL_VERSION) return { ok: false, reason: 'newer' };
  if (version < 1) return { ok: false, reason: 'corrupt' };
  const iv = sealed.slice(MAGIC.length + 1, HEADER_BYTES);
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(name, version) },
      key,
      sealed.slice(HEADER_BYTES),
    );
    return { ok: true, plaintext: new Uint8Array(plaintext) };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
