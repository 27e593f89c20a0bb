/**
 * The derived key's session cache: kept in storage.session (memory) for a woken worker, never in storage.local.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionKeyCache, SYNC_KEY_SESSION_KEY } from './sync-store.ts';

beforeEach(() => fakeBrowser.reset());

describe('sessionKeyCache', () => {
  it('gives a new worker the key kept in storage.session, only for the same id, and writes nothing to storage.local', async () => {
    const raw = new Uint8Array(32).map((_, i) => i + 1);
    await sessionKeyCache().save('id-1', raw);
    // A fresh cache is what a woken service worker starts with: empty memory, the session storage still there.
    const woken = sessionKeyCache();
    expect(await woken.load('id-1')).toEqual(raw);
    expect(await woken.load('another passphrase')).toBeNull();
    expect(await browser.storage.local.get(null)).toEqual({});
    expect(Object.keys(await browser.storage.session.get(null))).toEqual([SYNC_KEY_SESSION_KEY]);
  });

  it('reads a damaged entry as no key', async () => {
    await browser.storage.session.set({ [SYNC_KEY_SESSION_KEY]: { id: 'id-1', raw: 'not base64 of 32 bytes' } });
    expect(await sessionKeyCache().load('id-1')).toBeNull();
  });
});
