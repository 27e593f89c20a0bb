/**
 * The reader's settings: one storage item, `settings`, holding a schema version. Values are checked on read, so
 * a missing, corrupt or older item gives the defaults for what it lacks; a newer version is read as far as it
 * is understood and never overwritten with less.
 */
import { browser } from 'wxt/browser';
import { isRecord } from '../wire/shapes.ts';
import { StoreError, storageFailure, type StorageWords } from './storage-errors.ts';

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

/** Storage refused to read or write the settings; `quota` when it is full. */
export class SettingsStoreError extends StoreError {
  override name = 'SettingsStoreError';
}

const SETTINGS_STORAGE: StorageWords = {
  full: 'Browser storage is full, so the setting was not saved. Export and delete some highlights, then try again.',
  failed: 'Settings could not be saved or read',
};

function settingsError(error: unknown): SettingsStoreError {
  return storageFailure(SettingsStoreError, error, SETTINGS_STORAGE);
}

export function parseSettings(value: unknown): Settings {
  if (!isRecord(value)) return { ...DEFAULT_SETTINGS };
  // Only a whole, positive version migrates: a corrupt one would loop without end (-Infinity), for ages (-1e15)
  // or between steps (0.5), so it is read as the current shape, whose fields are checked below anyway.
  const version = Number.isInteger(value.version) && (value.version as number) >= 1 ? (value.version as number) : SETTINGS_VERSION;
  const raw = migrateSettings(value, version);
  return {
    autoShowHighlights: typeof raw.autoShowHighlights === 'boolean' ? raw.autoShowHighlights : DEFAULT_SETTINGS.autoShowHighlights,
  };
}

/**
 * An item stored at `version` brought up to `target`, each step in turn. The steps and target are parameters so
 * the walk itself is tested before a second version exists to need it.
 */
export function migrateSettings(
  item: Record<string, unknown>,
  version: number,
  steps: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = SETTINGS_MIGRATIONS,
  target = SETTINGS_VERSION,
): Record<string, unknown> {
  let raw = item;
  for (let at = version; at < target; at++) {
    const step = steps[at];
    if (step) raw = step(raw);
  }
  return raw;
}

async function readItem(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch (error) {
    throw settingsError(error);
  }
}

/** The settings, with defaults for what is missing or unreadable; a SettingsStoreError when storage refuses. */
export async function loadSettings(): Promise<Settings> {
  return parseSettings(await readItem());
}

/** Stores the patch over the current settings; a SettingsStoreError (nothing changed) when storage refuses. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const previous = await readItem();
  const next: Settings = { ...parseSettings(previous), ...patch };
  // Fields of a newer Precis this one does not know are kept, and so is its version.
  const newer = isRecord(previous) && typeof previous.version === 'number' && previous.version > SETTINGS_VERSION ? previous : null;
  const item: StoredSettings = { ...(newer ?? {}), ...next, version: newer ? (newer.version as number) : SETTINGS_VERSION };
  try {
    await browser.storage.local.set({ [SETTINGS_KEY]: item });
  } catch (error) {
    throw settingsError(error);
  }
  return next;
}
