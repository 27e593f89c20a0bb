/**
 * Sync's storage items, in browser.storage.local only (never storage.sync, never in an export: exports read the
 * `hl:` keys alone):
 *   sync-settings   the server, account, app password and passphrase, and the on/off switch (versioned)
 *   sync-state      the engine's memory between syncs (lib/sync/state.ts, versioned there)
 *   sync-status     what the UI shows: last synced, changes waiting, the error in words (versioned)
 * Credentials are never logged: errors from here carry the browser's words, never the values.
 */
import { browser } from 'wxt/browser';
import type { SyncStateStore } from '../../sync/engine.ts';
import { parseSyncSettings, SYNC_SETTINGS_VERSION, type SyncSettings } from '../../sync/settings.ts';
import { parseSyncState, type SyncState } from '../../sync/state.ts';
import { IDLE_SYNC_STATUS, type SyncStatus } from '../../sync/status.ts';
import { storageFailure, StoreError } from './storage-errors.ts';

export const SYNC_SETTINGS_KEY = 'sync-settings';
export const SYNC_STATE_KEY = 'sync-state';
export const SYNC_STATUS_KEY = 'sync-status';
export const SYNC_STATUS_VERSION = 1;

export class SyncStoreError extends StoreError {
  override name = 'SyncStoreError';
}

const WORDS = {
  full: 'Browser storage is full, so sync could not keep its settings or progress. Export and delete some highlights, then try again.',
  failed: 'Sync settings could not be saved or read',
};

async function read(key: string): Promise<unknown> {
  try {
    return (await browser.storage.local.get(key))[key];
  } catch (error) {
    throw storageFailure(SyncStoreError, error, WORDS);
  }
}

async function write(key: string, value: unknown): Promise<void> {
  try {
    await browser.storage.local.set({ [key]: value });
  } catch (error) {
    throw storageFailure(SyncStoreError, error, WORDS);
  }
}

export async function loadSyncSettings(): Promise<SyncSettings> {
  const stored = await read(SYNC_SETTINGS_KEY);
  // A newer Precis's settings are read as far as they are understood; a damaged item reads as "off".
  return parseSyncSettings(stored);
}

export async function saveSyncSettings(patch: Partial<SyncSettings>): Promise<SyncSettings> {
  const next = { ...(await loadSyncSettings()), ...patch };
  await write(SYNC_SETTINGS_KEY, { version: SYNC_SETTINGS_VERSION, ...next });
  return next;
}

/** The engine's state, kept between syncs; a missing or damaged one starts afresh (slower, never lossy). */
export const syncStateStore: SyncStateStore = {
  load: async () => parseSyncState(await read(SYNC_STATE_KEY)),
  save: (state: SyncState) => write(SYNC_STATE_KEY, state),
};

function parseStatus(value: unknown): SyncStatus {
  if (typeof value !== 'object' || value === null) return { ...IDLE_SYNC_STATUS };
  const v = value as Record<string, unknown>;
  const error = v.error as { kind?: unknown; message?: unknown } | null | undefined;
  return {
    running: v.running === true,
    lastSync: typeof v.lastSync === 'string' ? v.lastSync : null,
    pending: Number.isSafeInteger(v.pending) ? (v.pending as number) : 0,
    error: error && typeof error.message === 'string' && typeof error.kind === 'string' ? (error as SyncStatus['error']) : null,
    problems: Number.isSafeInteger(v.problems) ? (v.problems as number) : 0,
  };
}

export async function loadSyncStatus(): Promise<SyncStatus> {
  return parseStatus(await read(SYNC_STATUS_KEY));
}

export async function saveSyncStatus(status: SyncStatus): Promise<void> {
  await write(SYNC_STATUS_KEY, { version: SYNC_STATUS_VERSION, ...status });
}

/** Calls back with the new status whenever the background writes one; returns a function that stops. */
export function watchSyncStatus(onStatus: (status: SyncStatus) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[SYNC_STATUS_KEY]) onStatus(parseStatus(changes[SYNC_STATUS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
