import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, saveSettings, SETTINGS_KEY, SETTINGS_VERSION } from './settings-store.ts';

beforeEach(() => fakeBrowser.reset());

describe('settings store', () => {
  it('gives the defaults when nothing or something odd is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    for (const odd of [null, 'on', [], { autoShowHighlights: 'yes' }, { version: 1, autoShowHighlights: 1 }]) {
      expect(parseSettings(odd)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps everything in one versioned item', async () => {
    await saveSettings({ autoShowHighlights: true });
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored).toEqual({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, autoShowHighlights: true } });
    expect(await loadSettings()).toEqual({ autoShowHighlights: true });
  });

  it('does not throw away what a newer version stored', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 9, autoShowHighlights: true, futureOption: 'x' } });
    expect(await loadSettings()).toEqual({ autoShowHighlights: true });
    await saveSettings({ autoShowHighlights: false });
    const stored = await fakeBrowser.storage.local.get(SETTINGS_KEY);
    expect(stored[SETTINGS_KEY]).toEqual({ version: 9, autoShowHighlights: false, futureOption: 'x' });
  });
});
