/**
 * Sync's storage items, in browser.storage.local only (never storage.sync, never in an export: exports read the
 * `hl:` keys alone):
 *   sync-settings   the server, account, app password and passphrase, and the on/off switch (versioned)
 *   sync-state      the engine's memory between syncs (lib/sync/state.ts, versioned there)
 *   sync-status     what the UI shows: last synced, changes waiting, the error in words (versioned)
 * and one in browser.storage.session (memory only, see sessionKeyCache):
 *   sync-key        the key derived from the passphrase, so a woken service worker need not stretch it again
 * Credentials are never logged: errors from here carry the browser's words, never the values.
 */
import { browser } from 'wxt/browser';
import { fromBase64, toBase64 } from '../../sync/crypto.ts';
import type { KeyCache, SyncStateStore } from '../../sync/engine.ts';
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

export const SYNC_KEY_SESSION_KEY = 'sync-key';

/**
 * The derived AES key, kept for the browser session. Stretching the passphrase costs about half a second of
 * PBKDF2, and Chrome's MV3 service worker is stopped after half a minute idle, so keeping the key in the worker's
 * memory alone would pay that on nearly every sync. It never goes to storage.local (on disk): Chrome's
 * storage.session lives in memory, is cleared when the browser closes, and by default content scripts cannot
 * read it. A non-extractable CryptoKey cannot be stored at all, so its raw bytes are. Where storage.session is
 * missing (Firefox MV2's background page lives as long as the browser) the worker's own memory is enough.
 */
export function sessionKeyCache(): KeyCache {
  let memory: { id: string; raw: Uint8Array<ArrayBuffer> } | null = null;
  const session = () => (browser.storage as { session?: typeof browser.storage.local }).session;
  return {
    load: async (id) => {
      if (memory?.id === id) return memory.raw;
      const stored = (await session()?.get(SYNC_KEY_SESSION_KEY))?.[SYNC_KEY_SESSION_KEY] as { id?: unknown; raw?: unknown } | undefined;
      if (stored?.id !== id || typeof stored.raw !== 'string') return null;
      const raw = fromBase64(stored.raw);
      if (raw?.length !== 32) return null;
      memory = { id, raw };
      return raw;
    },
    save: async (id, raw) => {
      memory = { id, raw };
      await session()?.set({ [SYNC_KEY_SESSION_KEY]: { id, raw: toBase64(raw) } });
    },
  };
}
