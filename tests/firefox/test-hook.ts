/**
 * Test builds only (wxt.test-config.ts adds this to the background): when a tab finishes loading an address
 * that carries `precis-test=panel`, open the panel page for that tab as a new tab — what a reader's toolbar
 * click does, for a browser driven over WebDriver BiDi, which can neither click the toolbar nor open
 * moz-extension:// pages.
 */
import { browser } from 'wxt/browser';

const MARKER = 'precis-test=panel';

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== 'complete' || !tab.url?.includes(MARKER)) return;
  void browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tab=${tabId}`), active: true });
});
