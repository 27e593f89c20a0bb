/**
 * "Show my highlights automatically": with the user's permission for all sites, a small content script
 * (entrypoints/auto-highlights.content) is registered to paint saved highlights on every page load. Without it,
 * Precis only runs on a tab when the user asks (activeTab). Switching off unregisters the script and gives
 * the permission back.
 */
import { browser } from 'wxt/browser';
import { fail, ok, type Result } from '../wire/protocol.ts';
import { loadSettings, saveSettings, SettingsStoreError } from './settings-store.ts';
import { storeFailure } from './storage-errors.ts';
import { CONTENT_SCRIPT_BUNDLES } from '../wire/bundles.ts';

export const AUTO_SHOW_SCRIPT_ID = 'precis-auto-highlights';
export const AUTO_SHOW_FILE = CONTENT_SCRIPT_BUNDLES.autoHighlights;
const ALL_SITES = { origins: ['<all_urls>'] };

export interface AutoShowState {
  on: boolean;
  /** False where the browser cannot register content scripts; the UI then says so instead of offering it. */
  supported: boolean;
}

/** Chrome 96+ and Firefox 102+ (MV2 included) have `scripting.registerContentScripts`. */
export function autoShowSupported(): boolean {
  return typeof browser.scripting?.registerContentScripts === 'function' && typeof browser.permissions?.request === 'function';
}

export async function autoShowState(): Promise<AutoShowState> {
  if (!autoShowSupported()) return { on: false, supported: false };
  const [settings, granted] = await Promise.all([loadSettings(), browser.permissions.contains(ALL_SITES)]);
  return { on: settings.autoShowHighlights && granted, supported: true };
}

/**
 * Switch on. Must be called straight from the click handler, before any `await`: browsers only show the
 * permission prompt during the user's gesture.
 */
export function enableAutoShow(): Promise<Result<boolean>> {
  if (!autoShowSupported()) return Promise.resolve(fail('unavailable', 'This browser cannot show highlights automatically.'));
  const asked = browser.permissions.request(ALL_SITES);
  return asked.then(
    async (granted) => {
      if (!granted) return fail('no-access', 'Precis needs access to all sites to show highlights as pages load. Nothing was changed.');
      try {
        await registerScript();
        await saveSettings({ autoShowHighlights: true });
        return ok(true);
      } catch (error) {
        // The setting could not be kept: take back the script and the access, so no page is painted while the
        // setting says "off".
        await unregisterScript().catch(() => undefined);
        await browser.permissions.remove(ALL_SITES).catch(() => false);
        return failure(error);
      }
    },
    (error: unknown) => failure(error),
  );
}

export async function disableAutoShow(): Promise<Result<boolean>> {
  try {
    await saveSettings({ autoShowHighlights: false });
    if (autoShowSupported()) {
      await unregisterScript();
      await browser.permissions.remove(ALL_SITES);
    }
    return ok(false);
  } catch (error) {
    return error instanceof SettingsStoreError ? failure(error) : fail('failed', `Could not switch it off completely: ${describe(error)}`);
  }
}

/** A storage failure keeps its kind (the UI says "storage is full" differently); anything else is a plain failure. */
function failure(error: unknown): Result<never> {
  if (error instanceof SettingsStoreError) return storeFailure(error);
  return fail('failed', `The browser refused: ${describe(error)}`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * At browser start and after an install or update: register the script when the setting is on and the permission
 * still granted (Firefox does not keep registrations; an update may rename the script's file); when the user
 * removed the permission in the browser's settings, the setting follows.
 */
export async function reconcileAutoShow(): Promise<void> {
  if (!autoShowSupported()) return;
  try {
    const { autoShowHighlights } = await loadSettings();
    if (!autoShowHighlights) return;
    if (await browser.permissions.contains(ALL_SITES)) await registerScript();
    else await saveSettings({ autoShowHighlights: false });
  } catch (error) {
    // Nothing is waiting on this at start-up: with storage unreadable, things stay as they are until the next start.
    if (!(error instanceof SettingsStoreError)) throw error;
  }
}

async function registerScript(): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SHOW_SCRIPT_ID] });
  if (existing.length > 0 && existing.every((script) => script.js?.length === 1 && script.js[0] === AUTO_SHOW_FILE)) return;
  // A registration an earlier version made may name a file this version no longer has (the script was once
  // content-scripts/highlights.js): Chrome keeps registrations across updates, so it is made again.
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [AUTO_SHOW_SCRIPT_ID] });
  await browser.scripting.registerContentScripts([
    { id: AUTO_SHOW_SCRIPT_ID, matches: ['<all_urls>'], js: [AUTO_SHOW_FILE], runAt: 'document_idle', allFrames: false },
  ]);
}

async function unregisterScript(): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SHOW_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [AUTO_SHOW_SCRIPT_ID] });
}
