import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHighlight } from '../../highlights/index.ts';
import { highlightHash } from '../../sync/records.ts';
import { exportHighlights, keyOf, saveHighlight } from './highlights-store.ts';
import { storedHighlights } from './sync-highlights.ts';
import { loadSyncSettings, saveSyncSettings, SYNC_SETTINGS_KEY } from './sync-store.ts';

const make = (id: string, note = '') =>
  createHighlight({ id, url: 'https://example.com/a', title: 'A', note, selectors: [{ type: 'TextQuoteSelector', exact: `text ${id}`, prefix: '', suffix: '' }] });

beforeEach(() => fakeBrowser.reset());

describe('highlights in browser storage, as the sync sees them', () => {
  it('lists entries it cannot read by id, so they are never taken for deletions', async () => {
    await saveHighlight(make('good'));
    await fakeBrowser.storage.local.set({ [keyOf('broken')]: { id: 'broken', schemaVersion: 99 } });
    const listed = await storedHighlights.list();
    expect(listed.highlights.map((h) => h.id)).toEqual(['good']);
    expect(listed.unreadable).toEqual(['broken']);
  });

  it('writes a received change only over the copy it was decided against', async () => {
    const base = make('x', 'before');
    await saveHighlight(base);
    await saveHighlight(make('y', 'edited here meanwhile'));
    const received = make('x', 'from the other device');
    const { skipped } = await storedHighlights.apply([
      { id: 'x', expectedHash: highlightHash(base), next: received },
      { id: 'y', expectedHash: highlightHash(make('y', 'the copy the sync saw')), next: null },
      { id: 'new', expectedHash: null, next: make('new') },
    ]);
    expect(skipped).toEqual(['y']);
    const stored = await fakeBrowser.storage.local.get(null);
    expect((stored[keyOf('x')] as { note: string }).note).toBe('from the other device');
    expect((stored[keyOf('y')] as { note: string }).note).toBe('edited here meanwhile');
    expect(stored[keyOf('new')]).toBeDefined();
    await storedHighlights.apply([{ id: 'x', expectedHash: highlightHash(received), next: null }]);
    expect((await fakeBrowser.storage.local.get(keyOf('x')))[keyOf('x')]).toBeUndefined();
  });

  it('keeps the credentials out of every export', async () => {
    await saveHighlight(make('kept'));
    await saveSyncSettings({ enabled: true, serverUrl: 'https://cloud.example/dav/', username: 'alice', password: 'SECRET-APP-PASSWORD', passphrase: 'SECRET-PASSPHRASE-1' });
    expect((await loadSyncSettings()).password).toBe('SECRET-APP-PASSWORD');
    expect((await fakeBrowser.storage.local.get(SYNC_SETTINGS_KEY))[SYNC_SETTINGS_KEY]).toMatchObject({ version: 1 });
    for (const format of ['json', 'markdown', 'annotations'] as const) {
      const text = await exportHighlights(format);
      expect(text).toContain('text kept');
      expect(text).not.toContain('SECRET');
    }
  });
});
