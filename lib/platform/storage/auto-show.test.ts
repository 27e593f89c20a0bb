import { browser } from 'wxt/browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUTO_SHOW_FILE, AUTO_SHOW_SCRIPT_ID, autoShowState, disableAutoShow, enableAutoShow, reconcileAutoShow } from './auto-show.ts';
import { loadSettings, saveSettings } from './settings-store.ts';

/** The browser's permission and registration state, faked in memory. */
function fakePermissions(answer: boolean) {
  let granted = false;
  const registered = new Map<string, { id: string; js?: string[] }>();
  const request = vi.spyOn(browser.permissions, 'request').mockImplementation(async () => (granted = answer));
  vi.spyOn(browser.permissions, 'contains').mockImplementation(async () => granted);
  const remove = vi.spyOn(browser.permissions, 'remove').mockImplementation(async () => !(granted = false));
  vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockImplementation(async () =>
    [...registered.values()] as never,
  );
  const register = vi.spyOn(browser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const script of scripts) registered.set(script.id, script);
  });
  vi.spyOn(browser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? []) registered.delete(id);
  });
  return { request, remove, register, registered, revoke: () => (granted = false) };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('show my highlights automatically', () => {
  it('asks for all sites, then registers the painting script and remembers the choice', async () => {
    const fake = fakePermissions(true);
    expect(await enableAutoShow()).toEqual({ ok: true, value: true });
    expect(fake.request).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    expect(fake.register).toHaveBeenCalledWith([
      { id: AUTO_SHOW_SCRIPT_ID, matches: ['<all_urls>'], js: [AUTO_SHOW_FILE], runAt: 'document_idle', allFrames: false },
    ]);
    expect(await autoShowState()).toEqual({ on: true, supported: true });
    // Switching on twice does not register twice.
    await enableAutoShow();
    expect(fake.register).toHaveBeenCalledTimes(1);
  });

  it('changes nothing when the reader refuses the permission', async () => {
    const fake = fakePermissions(false);
    expect(await enableAutoShow()).toMatchObject({ ok: false, error: { code: 'no-access' } });
    expect(fake.register).not.toHaveBeenCalled();
    expect(await loadSettings()).toEqual({ autoShowHighlights: false });
  });

  it('switching off unregisters the script and gives the permission back', async () => {
    const fake = fakePermissions(true);
    await enableAutoShow();
    expect(await disableAutoShow()).toEqual({ ok: true, value: false });
    expect(fake.registered.size).toBe(0);
    expect(fake.remove).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    expect(await autoShowState()).toEqual({ on: false, supported: true });
  });

  it('at browser start, registers again if still allowed, or follows a permission removed in the browser', async () => {
    const fake = fakePermissions(true);
    await enableAutoShow();
    fake.registered.clear();
    await reconcileAutoShow();
    expect(fake.registered.has(AUTO_SHOW_SCRIPT_ID)).toBe(true);
    fake.revoke();
    await reconcileAutoShow();
    expect(await loadSettings()).toEqual({ autoShowHighlights: false });
  });

  it('after an update, replaces a registration that names the script file an earlier version had', async () => {
    const fake = fakePermissions(true);
    await enableAutoShow();
    fake.registered.set(AUTO_SHOW_SCRIPT_ID, { id: AUTO_SHOW_SCRIPT_ID, js: ['content-scripts/highlights.js'] });
    await reconcileAutoShow();
    expect([...fake.registered.values()]).toEqual([
      { id: AUTO_SHOW_SCRIPT_ID, matches: ['<all_urls>'], js: [AUTO_SHOW_FILE], runAt: 'document_idle', allFrames: false },
    ]);
    expect(AUTO_SHOW_FILE).toBe('content-scripts/auto-highlights.js');
    // A current registration is left as it is.
    await reconcileAutoShow();
    expect(fake.register).toHaveBeenCalledTimes(2);
  });

  it('leaves a browser without the permission alone when the setting is off', async () => {
    const fake = fakePermissions(true);
    await saveSettings({ autoShowHighlights: false });
    await reconcileAutoShow();
    expect(fake.register).not.toHaveBeenCalled();
  });
});
