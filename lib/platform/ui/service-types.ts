/**
 * What the app (components/app) needs from the browser, passed in by the entrypoint. Components never call
 * `browser.*` themselves; ui/services.ts implements this, tests hand in fakes.
 */
import type { HighlightColor } from '../../highlights/colors.ts';
import type { Highlight } from '../../highlights/record.ts';
import type { Claim, TextQuoteSelector } from '../../types.ts';
import type { HighlightExportFormat } from '../../highlights/index.ts';
import type { ReadingStage } from '../../pdf/progress-text.ts';
import type { AutoShowState } from '../storage/auto-show.ts';
import type { ImportSummary } from '../storage/highlights-store.ts';
import type { PagePlacement, ProtocolError, Result, TabAnalysis } from '../wire/protocol.ts';
import type { SyncSettings } from '../../sync/settings.ts';
import type { SyncStatus } from '../../sync/status.ts';

export type { ReadingStage };
export type { AutoShowState, Highlight, HighlightColor, HighlightExportFormat, ImportSummary, PagePlacement, ProtocolError, Result, TabAnalysis };


/** Saved highlights: storage, the tab's painted marks, files, and the "show automatically" setting. */
export interface HighlightServices {
  /** Every stored highlight, oldest first. */
  list(): Promise<Result<Highlight[]>>;
  /** Make the tab show exactly its stored highlights; says which could not be placed (orphans). */
  showInTab(tabId: number): Promise<Result<PagePlacement>>;
  /** Scroll the tab to a highlight and flash it. */
  reveal(tabId: number, id: string): Promise<Result<null>>;
  /** Save the text selected in the tab (the same path as the context menu and the shortcut). */
  saveSelection(tabId: number): Promise<Result<Highlight>>;
  update(id: string, patch: { note?: string; color?: HighlightColor }): Promise<Result<Highlight>>;
  /** Deletes and returns the record, for "Undo". */
  remove(id: string): Promise<Result<Highlight | null>>;
  restore(highlight: Highlight): Promise<Result<Highlight>>;
  importFile(text: string): Promise<Result<ImportSummary>>;
  /** Offer every highlight as a file download in the format. */
  exportFile(format: HighlightExportFormat): Promise<Result<{ count: number }>>;
  /** Calls back when highlights change in storage (saved from the page, another panel, an import). */
  watch(onChange: () => void): () => void;
  autoShowState(): Promise<AutoShowState>;
  /** Switching on asks for a permission: call it straight from the click, before any await. */
  setAutoShow(on: boolean): Promise<Result<boolean>>;
}

/** Sync through the user's WebDAV folder: its settings, the switch, and the status line. */
export interface SyncServices {
  load(): Promise<Result<{ settings: SyncSettings; status: SyncStatus }>>;
  /** Reads only. Asks for access to the server first: call it straight from the click, before any await. */
  test(draft: SyncSettings): Promise<Result<string>>;
  /** Asks for access to the server (from the click, before any await), saves the settings, switches on, syncs. */
  enable(draft: SyncSettings): Promise<Result<SyncStatus>>;
  /** Switches off and gives the access to the server back; highlights stay. */
  disable(): Promise<Result<null>>;
  syncNow(): Promise<Result<SyncStatus>>;
  /**
   * The app password or passphrase typed again after sync said it was wrong: saved in place (same server, so no
   * new access is asked), then synced with it.
   */
  reenter(patch: Pick<Partial<SyncSettings>, 'password' | 'passphrase'>): Promise<Result<SyncStatus>>;
  /** Calls back whenever the background writes a new status; returns a function that stops. */
  watchStatus(onStatus: (status: SyncStatus) => void): () => void;
}

/** Something happened to a tab that may call for a fresh analysis. */
export type TabEvent =
  /** The reader switched to this tab. */
  | { kind: 'activated'; tabId: number }
  /** The tab finished loading a page. */
  | { kind: 'loaded'; tabId: number }
  /** The page changed its address without a reload (single-page apps). */
  | { kind: 'changed'; tabId: number }
  /** The tab was analysed at someone else's request (e.g. the popup); here is the result. */
  | { kind: 'analyzed'; tabId: number; result: TabAnalysis };

/**
 * How far the reading of a long document (a PDF) has got: its bytes arriving, its pages read, and the first claims,
 * from its first pages, while the rest is still being read.
 */
export type AnalysisProgress = ReadingStage | { kind: 'first-claims'; result: TabAnalysis; pagesRead: number };

export interface PrecisServices {
  /** The tab to show first: the `?tab=` of the page's address, else the active tab; null when there is none. */
  initialTabId(): Promise<number | null>;
  /**
   * The tab's analysis as the background knows it (the run under way or its answer for the page the tab shows);
   * `fresh` reads the page again (Refresh, a finished load); `force` summarizes a page that is not an article.
   */
  analyzeTab(tabId: number, force: boolean, fresh?: boolean, onProgress?: (progress: AnalysisProgress) => void): Promise<Result<TabAnalysis>>;
  /** Read a PDF file the user chose for the tab: a local PDF, which no extension may fetch by its address. */
  analyzePdfFile?(tabId: number, file: File, onProgress?: (progress: AnalysisProgress) => void): Promise<Result<TabAnalysis>>;
  /**
   * Ask the user to let Precis fetch from the site of the tab's PDF (Firefox, after 'needs-site'); true when
   * allowed. Call it straight from the click, before any await.
   */
  allowPdfSite?(tabId: number): Promise<boolean>;
  revealQuote(tabId: number, quote: TextQuoteSelector): Promise<Result<null>>;
  saveClaim(tabId: number, url: string, claim: Claim): Promise<Result<Highlight>>;
  copyText(text: string): Promise<Result<null>>;
  /**
   * Open the side panel for the tab. Synchronous on purpose: browsers only allow it during the click, so it must
   * not wait for anything first. Absent where the panel is already what the reader sees.
   */
  openSidePanel?: (tabId: number) => void;
  /** Tell the app about tab switches and reloads; returns a function that stops. */
  watchTabs(onEvent: (event: TabEvent) => void): () => void;
  /** Saved highlights; without them the Highlights tab shows a placeholder. */
  highlights?: HighlightServices;
  /** Sync across devices (the side panel's Highlights tab); absent in the popup. */
  sync?: SyncServices;
}
