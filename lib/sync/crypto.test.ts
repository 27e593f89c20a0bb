import { describe, expect, it } from 'vitest';
import { deriveKey, open, randomBytes, seal, SEAL_VERSION } from './crypto.ts';

const text = new TextEncoder();

describe('file encryption', async () => {
  const salt = randomBytes(16);
  const key = await deriveKey('a passphrase', salt, 1_000);

  it('opens what it sealed, under the same name only', async () => {
    const sealed = await seal(key, 'dev.log.1', text.encode('secret canary'));
    expect(new TextDecoder().decode(sealed)).not.toContain('canary');
    const opened = await open(key, 'dev.log.1', sealed);
    expect(opened.ok && new TextDecoder().decode(opened.plaintext)).toBe('secret canary');
    expect(await open(key, 'dev.log.2', sealed)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('refuses another passphrase, a flipped bit and a truncated file as corrupt', async () => {
    const sealed = await seal(key, 'f', text.encode('x'.repeat(100)));
    const other = await deriveKey('another passphrase', salt, 1_000);
    expect(await open(other, 'f', sealed)).toEqual({ ok: false, reason: 'corrupt' });
    const flipped = sealed.slice();
    flipped[40]! ^= 1;
    expect(await open(key, 'f', flipped)).toEqual({ ok: false, reason: 'corrupt' });
    expect(await open(key, 'f', sealed.slice(0, 20))).toEqual({ ok: false, reason: 'corrupt' });
    expect(await open(key, 'f', text.encode('{"plain": "json"}'))).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('tells a file from a newer format apart from a corrupt one', async () => {
    const sealed = await seal(key, 'f', text.encode('x'));
    sealed[6] = SEAL_VERSION + 1;
    expect(await open(key, 'f', sealed)).toEqual({ ok: false, reason: 'newer' });
  });

  it('uses a fresh IV each time', async () => {
    const a = await seal(key, 'f', text.encode('same'));
    const b = await seal(key, 'f', text.encode('same'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
