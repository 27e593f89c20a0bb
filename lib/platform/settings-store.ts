/**
 * The reader's settings: one storage item, `settings`, holding a schema version. Values are checked on read, so
 * a missing, corrupt or older item gives the defaults for what it lacks; a newer version is read as far as it
 * is understood and never overwritten with less.
 */
import { browser } from 'wxt/browser';
import { isRecord } from './shapes.ts';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

export interface Settings {
  /** Paint saved highlights whenever a page loads (needs the optional "all sites" permission). */
  autoShowHighlights: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { autoShowHighlights: false };

interface StoredSettings extends Settings {
  version: number;
}

/**
 * Steps from each older version to the next, applied in order on read. Version 1 is the first, so there is
 * nothing to migrate yet; a future version 2 adds `1: (v1) => v2` here.
 */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {};

export function parseSettings(value: unknown): Settings {
  if (!isRecord(value)) return { ...DEFAULT_SETTINGS };
  let raw: Record<string, unknown> = value;
  let version = typeof raw.version === 'number' ? raw.version : SETTINGS_VERSION;
  while (version < SETTINGS_VERSION) {
    const step = SETTINGS_MIGRATIONS[version];
    if (step) raw = step(raw);
    version++;
  }
  return {
    autoShowHighlights: typeof raw.autoShowHighlights === 'boolean' ? raw.autoShowHighlights : DEFAULT_SETTINGS.autoShowHighlights,
  };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const previous = stored[SETTINGS_KEY];
  const next: Settings = { ...parseSettings(previous), ...patch };
  // Fields of a newer Precis this one does not know are kept, and so is its version.
  const newer = isRecord(previous) && typeof previous.version === 'number' && previous.version > SETTINGS_VERSION ? previous : null;
  const item: StoredSettings = { ...(newer ?? {}), ...next, version: newer ? (newer.version as number) : SETTINGS_VERSION };
  await browser.storage.local.set({ [SETTINGS_KEY]: item });
  return next;
}
