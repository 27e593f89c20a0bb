/**
 * The browser-level ways to save the selection: the "Save highlight" context menu and the `save-highlight`
 * keyboard command. Both grant activeTab on the tab, so the highlighter can be injected if it is not there,
 * and both take the same path as the panel's "Save selection" (saveSelectionInTab).
 */
import { browser } from 'wxt/browser';
import type { Highlight } from '../../highlights/record.ts';
import type { Result } from '../wire/protocol.ts';

export const SAVE_HIGHLIGHT_MENU = 'precis-save-highlight';
/** The manifest command (wxt.config.ts) that saves the selection. */
export const SAVE_HIGHLIGHT_COMMAND = 'save-highlight';

export type SaveSelection = (tabId: number) => Promise<Result<Highlight>>;

/**
 * Chrome keeps menus across restarts, so they are made once on install; Firefox's MV2 background page starts
 * with none, so it makes them on every start (removing first, so a reload does not duplicate them).
 */
export function installHighlightMenu(): void {
  const create = () => {
    browser.contextMenus.create({ id: SAVE_HIGHLIGHT_MENU, title: 'Save highlight', contexts: ['selection'] }, () => {
      // Reading lastError tells the browser the failure (a menu left from an earlier run) was seen.
      void browser.runtime.lastError;
    });
  };
  if (import.meta.env.FIREFOX) void browser.contextMenus.removeAll().then(create);
  else browser.runtime.onInstalled.addListener(create);
}

/** Listens for the menu and the command; a tab without an id (devtools, some browser pages) is ignored. */
export function listenForHighlightTriggers(save: SaveSelection): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_HIGHLIGHT_MENU && tab?.id !== undefined && tab.id >= 0) void save(tab.id);
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === SAVE_HIGHLIGHT_COMMAND && tab?.id !== undefined && tab.id >= 0) void save(tab.id);
  });
}
