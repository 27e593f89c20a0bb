/**
 * When sync runs: shortly after highlights change (changes are stamped at once, sent a few seconds later, so a
 * burst of edits is one sync), at browser start, every 15 minutes (`alarms`), and on "Sync now". After a failure
 * it tries again with a growing pause (30 s doubling up to an hour); changes wait in the queue meanwhile. The
 * status the panel shows is written to storage after each run.
 */
import { browser } from 'wxt/browser';
import { SyncEngine, testFolder } from '../../sync/engine.ts';
import { SyncError } from '../../sync/errors.ts';
import { problemWithSettings, type SyncSettings } from '../../sync/settings.ts';
import { retryDelayMs } from '../../sync/state.ts';
import { IDLE_SYNC_STATUS, type SyncStatus } from '../../sync/status.ts';
import { WebDavClient } from '../../sync/webdav.ts';
import { KEY_PREFIX } from '../storage/highlights-store.ts';
import { repaintOpenTabs } from './sync-repaint.ts';
import { storedHighlights } from '../storage/sync-highlights.ts';
import { loadSyncSettings, loadSyncStatus, saveSyncStatus, sessionKeyCache, syncStateStore } from '../storage/sync-store.ts';
import { fail, ok, type Result } from '../wire/protocol.ts';

const PERIODIC_ALARM = 'precis-sync';
const RETRY_ALARM = 'precis-sync-retry';
const PERIOD_MINUTES = 15;
/** Changes are stamped this soon after they are stored (a whole import is one change)… */
const RECORD_DELAY_MS = 300;
/** …and sent this long after the last of a burst. */
const SEND_DELAY_MS = 3_000;

let current: { settings: string; engine: SyncEngine } | null = null;
/** The passphrase's derived key, kept for the browser session across service worker wakes (sync-store.ts). */
const keyCache = sessionKeyCache();
let recordTimer: ReturnType<typeof setTimeout> | null = null;
let sendTimer: ReturnType<typeof setTimeout> | null = null;
let last: Promise<unknown> = Promise.resolve();
let waiting: Promise<SyncStatus> | null = null;

function remoteFor(settings: SyncSettings, timeoutMs?: number): WebDavClient {
  return new WebDavClient({ baseUrl: settings.serverUrl, username: settings.username, password: settings.password, timeoutMs });
}

/** One engine per set of settings: it keeps the folder's key in memory, and the key cache keeps it across wakes. */
function engineFor(settings: SyncSettings): SyncEngine {
  const key = JSON.stringify([settings.serverUrl, settings.username, settings.password, settings.passphrase]);
  if (current?.settings !== key) {
    current = { settings: key, engine: new SyncEngine({ remote: remoteFor(settings), local: storedHighlights, store: syncStateStore, passphrase: settings.passphrase, keyCache }) };
  }
  return current.engine;
}

async function usableSettings(): Promise<SyncSettings | null> {
  const settings = await loadSyncSettings().catch(() => null);
  return settings?.enabled && problemWithSettings(settings) === null ? settings : null;
}

export function startSync(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(KEY_PREFIX))) highlightsChanged();
  });
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIODIC_ALARM || alarm.name === RETRY_ALARM) void syncNow();
  });
  browser.runtime.onStartup.addListener(() => void syncNow());
}

function highlightsChanged(): void {
  if (recordTimer) clearTimeout(recordTimer);
  recordTimer = setTimeout(() => {
    recordTimer = null;
    void recordThenSend();
  }, RECORD_DELAY_MS);
}

async function recordThenSend(): Promise<void> {
  const settings = await usableSettings();
  if (!settings) return;
  const recorded = await engineFor(settings).recordLocalChanges();
  // Writes made by a sync itself come back here too; they leave nothing to send.
  if (!recorded.ok || recorded.pending === 0) return;
  const status = await loadSyncStatus().catch(() => ({ ...IDLE_SYNC_STATUS }));
  await saveSyncStatus({ ...status, pending: recorded.pending }).catch(() => undefined);
  if (sendTimer) clearTimeout(sendTimer);
  sendTimer = setTimeout(() => {
    sendTimer = null;
    void syncNow();
  }, SEND_DELAY_MS);
}

/**
 * Runs a sync after any running one (so it includes every change made before the call) and returns the status
 * it ends with. Calls made while one waits share it.
 */
export function syncNow(): Promise<SyncStatus> {
  waiting ??= last.then(() => {
    waiting = null;
    return runSync();
  });
  last = waiting.catch(() => undefined);
  return waiting;
}

async function runSync(): Promise<SyncStatus> {
  const settings = await usableSettings();
  const before = await loadSyncStatus().catch(() => ({ ...IDLE_SYNC_STATUS }));
  if (!settings) {
    await browser.alarms?.clear(PERIODIC_ALARM);
    await browser.alarms?.clear(RETRY_ALARM);
    const off = { ...before, running: false };
    await saveSyncStatus(off).catch(() => undefined);
    return off;
  }
  if (!(await browser.alarms?.get(PERIODIC_ALARM))) {
    await browser.alarms?.create(PERIODIC_ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: PERIOD_MINUTES });
  }
  await saveSyncStatus({ ...before, running: true }).catch(() => undefined);
  const outcome = await engineFor(settings).sync();
  const state = await syncStateStore.load().catch(() => null);
  const status: SyncStatus = outcome.ok
    ? { running: false, lastSync: state?.lastSync ?? new Date().toISOString(), pending: outcome.report.pending, error: null, problems: outcome.report.problems.length }
    : {
        running: false,
        lastSync: state?.lastSync ?? before.lastSync,
        pending: outcome.pending,
        error: { kind: outcome.error.kind, message: outcome.error.message },
        problems: state?.problems.length ?? before.problems,
      };
  if (!outcome.ok && outcome.error.retryable) {
    await browser.alarms?.create(RETRY_ALARM, { delayInMinutes: Math.max(0.5, retryDelayMs(state?.failures ?? 1) / 60_000) });
  } else {
    await browser.alarms?.clear(RETRY_ALARM);
  }
  await saveSyncStatus(status).catch(() => undefined);
  // Pages already showing highlights must not keep showing what the sync just changed.
  if (outcome.ok && outcome.report.changedHere > 0) await repaintOpenTabs().catch(() => undefined);
  return status;
}

/** "Test connection" with the settings as typed (not yet saved): reads only, writes nothing. */
export async function testConnection(settings: SyncSettings): Promise<Result<string>> {
  const problem = problemWithSettings(settings);
  if (problem) return fail('bad-request', problem);
  try {
    const found = await testFolder(remoteFor(settings, 15_000), settings.passphrase, keyCache);
    return ok(
      found === 'ready'
        ? 'Connected. The sync folder is there and your passphrase opens it.'
        : 'Connected. Precis will create its folder ("precis") there at the first sync.',
    );
  } catch (error) {
    if (error instanceof SyncError) return fail('failed', error.message);
    throw error;
  }
}
