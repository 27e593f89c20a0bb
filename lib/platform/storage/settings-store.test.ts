import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  migrateSettings,
  parseSettings,
  saveSettings,
  SETTINGS_KEY,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
} from './settings-store.ts';

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

describe('settings migrations', () => {
  // A chain as a future version 3 would add it: 1 renames a field, 2 turns a flag into a choice.
  const steps = {
    1: (old: Record<string, unknown>) => ({ ...old, paintSaved: old.autoShowHighlights, version: 2 }),
    2: (old: Record<string, unknown>) => ({ ...old, paint: old.paintSaved ? 'always' : 'on-click', version: 3 }),
  };

  it('takes an item from its version to the target through every step in order', () => {
    expect(migrateSettings({ version: 1, autoShowHighlights: true }, 1, steps, 3)).toEqual({
      version: 3,
      autoShowHighlights: true,
      paintSaved: true,
      paint: 'always',
    });
    expect(migrateSettings({ version: 2, paintSaved: false }, 2, steps, 3)).toEqual({ version: 3, paintSaved: false, paint: 'on-click' });
  });

  it('leaves an item at or past the target as it was', () => {
    const current = { version: 3, paint: 'always' };
    expect(migrateSettings(current, 3, steps, 3)).toBe(current);
    expect(migrateSettings(current, 9, steps, 3)).toBe(current);
  });

  it('has a step from every version before the current one', () => {
    for (let version = 1; version < SETTINGS_VERSION; version++) expect(SETTINGS_MIGRATIONS[version]).toBeTypeOf('function');
    expect(migrateSettings({ autoShowHighlights: true }, 1)).toEqual({ autoShowHighlights: true });
  });

  it('reads an item stored without a version as the current shape, field by field', async () => {
    for (const autoShowHighlights of [true, false]) {
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { autoShowHighlights } });
      expect(await loadSettings()).toEqual({ autoShowHighlights });
    }
  });
});
