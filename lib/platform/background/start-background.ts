/**
 * The background's message handling: requests from our pages (popup, side panel) and notices from content
 * scripts, each through its own dispatcher and sender policy, plus the toolbar button, the keyboard commands and the
 * context menu.
 */
import { browser } from 'wxt/browser';
import { createDispatcher, type Handlers } from '../wire/dispatch.ts';
import { broadcastToUi, extensionIdentity, listen } from '../wire/messaging.ts';
import { pageToBackgroundPayloads, uiToBackgroundPayloads } from '../wire/payloads.ts';
import { reconcileAutoShow } from '../storage/auto-show.ts';
import {
  highlightsOfPage,
  revealHighlightInTab,
  savePassageFromPage,
  saveClaimInTab,
  saveSelectionInTab,
  showHighlightsInTab,
} from './tab-highlights.ts';
import { installHighlightMenu, listenForHighlightTriggers } from './highlight-menu.ts';
import { fail, ok, type PageToBackground, type ErrorCode, type Result, type TabAnalysis, type UiToBackground } from '../wire/protocol.ts';
import { fromExtensionPage, fromTopFrameOfTab } from '../wire/senders.ts';
import { ensureHighlighter } from './inject-page-scripts.ts';
import { openSidePanel } from '../wire/side-panel.ts';
import { createAnalysisCache, type AnalysisCache } from './analysis-cache.ts';
import { documentIsPdf, openPdfPage, pdfAddressOfTab, savePdfClaim, streamPdfOfTab } from './pdf-tab.ts';
import { servePdfBytes } from '../wire/pdf-port.ts';
import { analyzeTab, revealInTab, tabAddress } from './tab-analysis.ts';
import { PDF_TAB_MESSAGE } from '../../page-access.ts';
import { startSync, syncNow, testConnection } from './sync-service.ts';
import { listenForToolbarClicks } from './toolbar-click.ts';

/** The manifest command that opens the side panel for the current tab. */
export const OPEN_PANEL_COMMAND = 'open-panel';

export interface BackgroundOptions {
  /** Keeps a claim as a highlight; the stored, painted highlight unless replaced (tests). */
  saveClaim?: Handlers<UiToBackground>['saveClaim'];
}

export function startBackground(options: BackgroundOptions = {}): void {
  const self = extensionIdentity();
  const analyses = createAnalysisCache(analyzeAndFollow, tabAddress);
  // A tab that loads another page (or the same one again) or closes drops what was read there.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url !== undefined) analyses.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => analyses.forget(tabId));
  listen(
    createDispatcher({
      channel: 'ui-to-background',
      self,
      accepts: fromExtensionPage,
      shapes: uiToBackgroundPayloads,
      handlers: uiHandlers(options, analyses),
    }),
  );
  listen(
    createDispatcher({
      channel: 'page-to-background',
      self,
      accepts: fromTopFrameOfTab,
      shapes: pageToBackgroundPayloads,
      handlers: pageNoticeHandlers(analyses),
    }),
  );
  servePdfBytes(streamPdfOfTab);
  listenForToolbarClicks((tabId) => analyses.analysis(tabId, false, true));
  browser.commands?.onCommand.addListener((command, tab) => {
    // Commands count as a user gesture, so the panel may open here, and the tab is granted (activeTab).
    if (command === OPEN_PANEL_COMMAND && tab?.id !== undefined) openSidePanel(tab.id);
  });
  installHighlightMenu();
  listenForHighlightTriggers(saveSelectionInTab);
  startSync();
  // Registered content scripts may not survive a browser restart (Firefox), and an update may rename the script's
  // file: put "show automatically" back each time.
  browser.runtime.onStartup.addListener(() => void reconcileAutoShow());
  browser.runtime.onInstalled.addListener(() => void reconcileAutoShow());
}

function uiHandlers(options: BackgroundOptions, analyses: AnalysisCache): Handlers<UiToBackground> {
  return {
    // The popup's first request usually finds the analysis its toolbar click started.
    analyzeTab: ({ tabId, force, fresh }) => analyses.analysis(tabId, force, fresh),
    revealQuote: ({ tabId, quote }) => revealInTab(tabId, quote),
    saveClaim: options.saveClaim ?? (({ tabId, url, claim }) => saveClaimInTab(tabId, url, claim.selector)),
    saveSelection: ({ tabId }) => saveSelectionInTab(tabId),
    showHighlights: ({ tabId }) => showHighlightsInTab(tabId),
    revealHighlight: ({ tabId, id }) => revealHighlightInTab(tabId, id),
    syncNow: async () => ok(await syncNow()),
    testSync: ({ settings }) => testConnection(settings),
    pdfAddressOfTab: ({ tabId }) => pdfAddressOfTab(tabId),
    openPdfPage: ({ tabId, page }) => openPdfPage(tabId, page),
    savePdfClaim: ({ url, title, claim }) => savePdfClaim(url, title, claim),
  };
}

/** Read the tab, then tell every open page and bring in the highlighter. */
async function analyzeAndFollow(tabId: number, force: boolean): Promise<Result<TabAnalysis>> {
  const read = await analyzeTab(tabId, force);
  // An address without `.pdf` (`/download?id=3`) can still show a PDF: the reader then finds an empty page
  // (Chrome) or may not enter the viewer at all (Firefox), and the content type says why. The panel reads it
  // instead (code 'pdf').
  const result = !read.ok && MAYBE_PDF.has(read.error.code) && (await documentIsPdf(tabId)) ? fail<TabAnalysis>('pdf', PDF_TAB_MESSAGE) : read;
  // Every open page hears it: a side panel following this tab shows what the popup just asked for.
  if (result.ok) void broadcastToUi('tabAnalyzed', result.value);
  // The highlighter follows the reader into the page once the analysis is on its way, never before it: saved
  // highlights come back and the selection gets its button without delaying the claims. A page Precis may
  // not read (restricted, gone) gets nothing.
  if (result.ok || PAGE_VERDICTS.has(result.error.code)) void ensureHighlighter(tabId);
  return result;
}

/** Failures that are the engine's verdict on a page it did read: the reader may still save highlights there. */
const PAGE_VERDICTS: ReadonlySet<ErrorCode> = new Set(['not-an-article', 'empty', 'too-large']);

/** Failures a PDF shown at an address without `.pdf` ends in: the page's verdicts, or a viewer no script may enter. */
const MAYBE_PDF: ReadonlySet<ErrorCode> = new Set([...PAGE_VERDICTS, 'no-access', 'restricted']);

function pageNoticeHandlers(analyses: AnalysisCache): Handlers<PageToBackground> {
  return {
    // The tab comes from the sender, never from the payload: a page can only speak about itself.
    pageChanged: async ({ url }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return ok(null);
      analyses.forget(tabId);
      await broadcastToUi('tabChanged', { tabId, url });
      return ok(null);
    },
    pageHighlights: (_payload, sender) => (sender.url ? highlightsOfPage(sender.url) : fail('forbidden', 'Only a page can ask for its own highlights.')),
    savePassage: (passage, sender) => savePassageFromPage(sender, passage),
  };
}
