/**
 * Chrome's toolbar button (and its Alt+Shift+P command) reaches the background first. Chromium takes a few hundred
 * milliseconds to open a popup, and a popup's script could only ask for the analysis after that; here the
 * background starts reading the tab at the click and opens the popup itself, and the popup's first request for that
 * tab picks up the run already under way, or its answer (analysis-cache.ts). The Chrome manifest names no default popup
 * (wxt.config.ts), so every click comes here; the popup is set on the tab only while it opens.
 *
 * Firefox keeps its manifest popup: it lets `openPopup` run only synchronously within the click, and its popup
 * asks for the analysis as its script starts (ui/services.ts).
 */
import { browser } from 'wxt/browser';
import { POPUP_PAGE, toolbarPopupPath } from '../wire/popup-address.ts';
import type { Result, TabAnalysis } from '../wire/protocol.ts';

/** The size of the window the popup opens in when the browser cannot open it as a popup. */
const FALLBACK_WINDOW = { width: 440, height: 640 } as const;

/**
 * Start reading a tab and open the popup at every toolbar click (Chrome). `analyze` reads the tab afresh through the
 * background's analysis cache (analysis-cache.ts), where the popup's first request then finds that run.
 */
export function listenForToolbarClicks(analyze: (tabId: number) => Promise<Result<TabAnalysis>>): void {
  if (import.meta.env.FIREFOX) return;
  browser.action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    void analyze(tab.id);
    void openPopup(tab.id, tab.windowId);
  });
}

async function openPopup(tabId: number, windowId: number | undefined): Promise<void> {
  try {
    await browser.action.setPopup({ tabId, popup: toolbarPopupPath(tabId) });
    await browser.action.openPopup(windowId === undefined ? undefined : { windowId });
  } catch {
    // No popup could open (a Chrome before 127, no focused window): the same page, pinned to the tab, comes up
    // in a small window of its own, so a click is never lost.
    const url = browser.runtime.getURL(`/${POPUP_PAGE}?tab=${tabId}`);
    await browser.windows.create({ url, type: 'popup', ...FALLBACK_WINDOW }).catch(() => undefined);
  } finally {
    // Back to no popup, so that the next click comes here again.
    await browser.action.setPopup({ tabId, popup: '' }).catch(() => undefined);
  }
}
