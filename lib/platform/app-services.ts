/**
 * What the app (components/app) needs from the browser, passed in by the entrypoint. Components never call
 * `browser.*` themselves; ui-services.ts implements this, tests hand in fakes.
 */
import type { ProtocolError, Result, TabAnalysis } from './protocol.ts';
import type { Claim, TextQuoteSelector } from '../types.ts';

export type { ProtocolError, Result, TabAnalysis };

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

export interface PrecisServices {
  /** The tab to show first: the `?tab=` of the page's address, else the active tab; null when there is none. */
  initialTabId(): Promise<number | null>;
  analyzeTab(tabId: number, force: boolean): Promise<Result<TabAnalysis>>;
  revealQuote(tabId: number, quote: TextQuoteSelector): Promise<Result<null>>;
  saveClaim(tabId: number, url: string, claim: Claim): Promise<Result<null>>;
  copyText(text: string): Promise<Result<null>>;
  /**
   * Open the side panel for the tab. Synchronous on purpose: browsers only allow it during the click, so it must
   * not wait for anything first. Absent where the panel is already what the reader sees.
   */
  openSidePanel?: (tabId: number) => void;
  /** Tell the app about tab switches and reloads; returns a function that stops. */
  watchTabs(onEvent: (event: TabEvent) => void): () => void;
}
