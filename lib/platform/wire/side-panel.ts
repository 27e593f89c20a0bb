/**
 * Opening the side panel (Chrome) or sidebar (Firefox). Both browsers only allow it during a user gesture, so
 * callers invoke this synchronously from a click or command handler, before any `await`.
 */
import { browser } from 'wxt/browser';

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

export function openSidePanel(tabId: number): Promise<void> {
  if (import.meta.env.FIREFOX) {
    const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
    return sidebar ? sidebar.open() : Promise.reject(new Error('This browser has no sidebar.'));
  }
  return browser.sidePanel.open({ tabId });
}
