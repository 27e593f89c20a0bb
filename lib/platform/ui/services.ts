/**
 * The browser side of the app's services (ui/service-types.ts): messages to the background, the
 * clipboard, the side panel and the tab events a panel follows.
 */
import { browser } from 'wxt/browser';
import type { PrecisServices, TabEvent } from './service-types.ts';
import { createDispatcher } from '../wire/dispatch.ts';
import { callBackground, extensionIdentity, listen } from '../wire/messaging.ts';
import { backgroundToUiPayloads } from '../wire/payloads.ts';
import { fail, ok } from '../wire/protocol.ts';
import { createHighlightServices } from './highlight-services.ts';
import { createSyncServices } from './sync-services.ts';
import { createPdfTabs } from './pdf-tab.ts';
import { fromExtensionPage } from '../wire/senders.ts';
import { openSidePanel } from '../wire/side-panel.ts';

export interface UiServiceOptions {
  /** The page's own address; its `?tab=` pins the app to one tab (testing contract, pop-out windows). */
  location: Location;
  /** The popup offers "Open in side panel"; the panel itself does not. */
  canOpenSidePanel: boolean;
  /**
   * Ask for the first tab's analysis as soon as the services exist, before the app has rendered anything: the
   * reader's wait then starts with the page, not after its first paint. The app's own first request for that
   * tab then finds this run in the background (background/analysis-cache.ts), as it finds a toolbar click's.
   */
  analyzeAtStart?: boolean;
  /** The side panel holds the Sync section. */
  withSync?: boolean;
}

/** `?tab=<id>` from a page address, or null when absent or not a tab id. */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export function createUiServices({ location, canOpenSidePanel, analyzeAtStart = false, withSync = false }: UiServiceOptions): PrecisServices {
  const pinned = pinnedTabId(location.search);
  const initialTab = pinned !== null ? Promise.resolve(pinned) : activeTabId();
  if (analyzeAtStart) {
    void initialTab.then((tabId) => {
      if (tabId !== null) void callBackground('analyzeTab', { tabId, force: false, fresh: false });
    });
  }
  const pdfTabs = createPdfTabs();
  return {
    initialTabId: () => initialTab,
    analyzeTab: async (tabId, force, fresh = false, onProgress) => {
      const reply = await callBackground('analyzeTab', { tabId, force, fresh });
      // The background answers 'pdf' for a PDF tab: this page reads it (pdf.js runs here, never in the tab).
      if (!reply.ok && reply.error.code === 'pdf') return pdfTabs.analyze(tabId, onProgress);
      pdfTabs.forget(tabId);
      return reply;
    },
    analyzePdfFile: (tabId, file, onProgress) => pdfTabs.analyzeFile(tabId, file, onProgress),
    allowPdfSite: (tabId) => {
      const pattern = pdfTabs.sitePatternOf(tabId);
      // No await before the request: the browser asks the user only during the click.
      return pattern ? browser.permissions.request({ origins: [pattern] }).catch(() => false) : Promise.resolve(false);
    },
    revealQuote: (tabId, quote) => pdfTabs.reveal(tabId, quote) ?? callBackground('revealQuote', { tabId, quote }),
    saveClaim: (tabId, url, claim) => pdfTabs.save(tabId, claim) ?? callBackground('saveClaim', { tabId, url, claim }),
    copyText: async (text) => {
      try {
        await navigator.clipboard.writeText(text);
        return ok(null);
      } catch {
        return fail('failed', 'The clipboard refused the text. Try again.');
      }
    },
    openSidePanel: canOpenSidePanel
      ? (tabId) => {
          // No await before this call: the click's user gesture must still be active.
          openSidePanel(tabId).then(
            () => window.close(),
            () => undefined,
          );
        }
      : undefined,
    watchTabs: (onEvent) => watchTabs(onEvent),
    highlights: createHighlightServices(),
    sync: withSync ? createSyncServices() : undefined,
  };
}

async function activeTabId(): Promise<number | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    // No window to ask about (the browser is closing): the app says there is no tab to read.
    return null;
  }
}

/** Tab switches in this window, finished loads, and the background's news about tabs. */
function watchTabs(onEvent: (event: TabEvent) => void): () => void {
  let windowId: number | undefined;
  void browser.windows
    .getCurrent()
    .then((current) => (windowId = current.id))
    .catch(() => undefined);

  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (windowId === undefined || info.windowId === windowId) onEvent({ kind: 'activated', tabId: info.tabId });
  };
  const onUpdated = (tabId: number, change: { status?: string }) => {
    if (change.status === 'complete') onEvent({ kind: 'loaded', tabId });
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);

  const stopListening = listen(
    createDispatcher({
      channel: 'background-to-ui',
      self: extensionIdentity(),
      accepts: fromExtensionPage,
      shapes: backgroundToUiPayloads,
      handlers: {
        tabAnalyzed: (result) => (onEvent({ kind: 'analyzed', tabId: result.tabId, result }), ok(null)),
        tabChanged: ({ tabId }) => (onEvent({ kind: 'changed', tabId }), ok(null)),
      },
    }),
  );

  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    stopListening();
  };
}
