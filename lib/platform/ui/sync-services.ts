/**
 * The browser side of the Sync section (SyncServices in service-types.ts). Settings live in storage, which
 * extension pages may read and write; syncing and testing go through the background, which does all network
 * work. Host access to the server's origin is asked for at the click that needs it (switching on, testing) and
 * given back when sync is switched off.
 */
import { browser } from 'wxt/browser';
import { originPattern, problemWithSettings, type SyncSettings } from '../../sync/settings.ts';
import { fromStore } from '../storage/storage-errors.ts';
import { loadSyncSettings, loadSyncStatus, saveSyncSettings, watchSyncStatus } from '../storage/sync-store.ts';
import { callBackground } from '../wire/messaging.ts';
import { fail, ok, type Result } from '../wire/protocol.ts';
import type { SyncServices } from './service-types.ts';

/**
 * Host access to the server's origin. Must be called straight from the click handler, before any `await`:
 * browsers only show the permission prompt during the user's gesture.
 */
function askForServer(settings: SyncSettings): Promise<Result<string>> {
  const problem = problemWithSettings(settings);
  if (problem) return Promise.resolve(fail('bad-request', problem));
  const origin = originPattern(settings.serverUrl);
  return browser.permissions.request({ origins: [origin] }).then(
    (granted) => (granted ? ok(origin) : fail('no-access', `Precis needs access to ${origin.slice(0, -2)} to sync with it. Nothing was changed.`)),
    (error: unknown) => fail('failed', `The browser refused access to the server: ${error instanceof Error ? error.message : String(error)}`),
  );
}

export function createSyncServices(): SyncServices {
  return {
    load: () => fromStore(async () => ({ settings: await loadSyncSettings(), status: await loadSyncStatus() })),
    test: (draft) => {
      const asked = askForServer(draft);
      return asked.then((access) => (access.ok ? callBackground('testSync', { settings: { ...draft, enabled: false } }) : access));
    },
    enable: (draft) => {
      const asked = askForServer(draft);
      return asked.then(async (access) => {
        if (!access.ok) return access;
        const saved = await fromStore(() => saveSyncSettings({ ...draft, enabled: true }));
        if (!saved.ok) return saved;
        return callBackground('syncNow', null);
      });
    },
    disable: async () => {
      const saved = await fromStore(async () => {
        const settings = await loadSyncSettings();
        await saveSyncSettings({ enabled: false });
        return settings;
      });
      if (!saved.ok) return saved;
      // Tell the background first (it stops its alarms), then give the server's access back.
      await callBackground('syncNow', null);
      try {
        await browser.permissions.remove({ origins: [originPattern(saved.value.serverUrl)] });
      } catch {
        // An address that no longer parses was never granted.
      }
      return ok(null);
    },
    syncNow: () => callBackground('syncNow', null),
    reenter: async (patch) => {
      // Only the secret changes and only while on; the server's origin, and so the access to it, stays the same.
      const saved = await fromStore(async () => {
        const settings = await loadSyncSettings();
        if (!settings.enabled) return null;
        const next = { ...settings, ...patch };
        const problem = problemWithSettings(next);
        if (problem) return problem;
        await saveSyncSettings(patch);
        return null;
      });
      if (!saved.ok) return saved;
      if (saved.value) return fail('bad-request', saved.value);
      return callBackground('syncNow', null);
    },
    watchStatus: (onStatus) => watchSyncStatus(onStatus),
  };
}
