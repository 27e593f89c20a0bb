/**
 * Every message Precis sends between its pages (popup, side panel), the background and the content scripts, in
 * one place: one map per direction, method name → payload → result. Each receiver dispatches through its map
 * (see dispatch.ts) after checking who sent the message (senders.ts) and that the payload has the right shape
 * (shapes.ts). Nothing here touches `browser.*`; messaging.ts does.
 */
import type { Selector } from '../../anchoring/types.ts';
import type { Highlight } from '../../highlights/record.ts';
import type { PageProblemCode } from '../../page-access.ts';
import type { SyncSettings } from '../../sync/settings.ts';
import type { SyncStatus } from '../../sync/status.ts';
import type { ReadOutcome } from '../../read-article.ts';
import type { Analysis, Claim, TextQuoteSelector } from '../../types.ts';

export type Result<T, E = ProtocolError> = { ok: true; value: T } | { ok: false; error: E };

export type ErrorCode =
  | PageProblemCode
  /** The engine's verdicts (see NotAnalysedReason). */
  | 'not-an-article'
  | 'empty'
  | 'too-large'
  /** A quote to jump to is no longer on the page. */
  | 'not-found'
  /** Nothing is selected in the page (saving a selection). */
  | 'no-selection'
  /** Browser storage is full: nothing was saved. */
  | 'quota'
  /** Browser storage refused to read or write. */
  | 'storage'
  /** Firefox's click grant does not cover fetching the PDF: the user may allow its site (an optional permission). */
  | 'needs-site'
  /** A feature this build does not offer yet. */
  | 'unavailable'
  /** Protocol violations: refused before any handler runs. */
  | 'forbidden'
  | 'bad-request'
  | 'unknown-method';

export interface ProtocolError {
  code: ErrorCode;
  message: string;
}

export interface Method<Payload, Value> {
  payload: Payload;
  value: Value;
}

/** One direction of the protocol: method name → payload and result value. */
export type MethodMap<M> = { [K in keyof M]: Method<unknown, unknown> };

/** A method's payload and result value. */
export type PayloadOf<X> = X extends Method<infer P, unknown> ? P : never;
export type ValueOf<X> = X extends Method<unknown, infer V> ? V : never;

/** What the panel shows for a tab: the analysis plus the tab it came from. */
export interface TabAnalysis {
  tabId: number;
  analysis: Analysis;
}

/** Extension pages (popup, side panel) → background. */
export interface UiToBackground {
  /**
   * The tab's analysis: the run under way or the answer already given for the page it shows, or (with `fresh`, or
   * when there is none) a new reading, injecting the reader if needed. `force` summarizes a non-article anyway.
   */
  analyzeTab: Method<{ tabId: number; force: boolean; fresh: boolean }, TabAnalysis>;
  /** Scroll the tab to a sentence and flash it. */
  revealQuote: Method<{ tabId: number; quote: TextQuoteSelector }, null>;
  /** Keep a claim as a highlight on its page and paint it there. */
  saveClaim: Method<{ tabId: number; url: string; claim: Claim }, Highlight>;
  /** Keep the text selected in the tab as a highlight: the context menu and the shortcut take this same path. */
  saveSelection: Method<{ tabId: number }, Highlight>;
  /** Make the tab show exactly its stored highlights (after an edit, a delete, an undo); says which are orphans. */
  showHighlights: Method<{ tabId: number }, PagePlacement>;
  /** Scroll the tab to a saved highlight and flash it. */
  revealHighlight: Method<{ tabId: number; id: string }, null>;
  /** Sync highlights now, after any sync running, and say how it ended; with sync off, it stops its alarms. */
  syncNow: Method<null, SyncStatus>;
  /** Try the server, account and passphrase as typed, reading only; says what the first sync will find. */
  testSync: Method<{ settings: SyncSettings }, string>;
  /**
   * The address of the PDF the tab shows. Its bytes come down a port instead (wire/pdf-port.ts): one message
   * cannot carry a large PDF.
   */
  pdfAddressOfTab: Method<{ tabId: number }, string>;
  /** Show page `page` of the PDF in the tab's viewer (`#page=N`). */
  openPdfPage: Method<{ tabId: number; page: number }, null>;
  /** Keep a PDF's claim as a highlight: the PDF's address, the claim's page and its quote (nothing to paint). */
  savePdfClaim: Method<{ url: string; title: string; claim: Claim }, Highlight>;
}

/**
 * Background → the reader, the content script that reads a tab's top frame (entrypoints/precis.content). It
 * carries the engine up to the claims and nothing else, so the first analysis of a page waits for as little code
 * as possible: the claims need only the text it sends back, so the background chooses them.
 */
export interface BackgroundToReader {
  /** Cheap liveness check, so a page that already has the script is not injected twice. */
  ping: Method<null, { url: string }>;
  /** Read the page up to its claims, which the background then chooses (lib/analyze-article.ts). */
  read: Method<{ force: boolean }, ReaderReading>;
}

/**
 * Background → the highlighter, the content script that finds, paints and scrolls to passages of a tab's top
 * frame (entrypoints/highlighter.content). It comes after the first analysis, or when a highlight is asked for.
 */
export interface BackgroundToHighlighter {
  ping: Method<null, { url: string }>;
  /** Scroll to a key claim's sentence and flash it. */
  revealQuote: Method<{ quote: TextQuoteSelector }, null>;
  /** Selectors for the reader's current selection in the page. */
  describeSelection: Method<null, PagePassage>;
  /** Selectors for a sentence known by its quote (a key claim). */
  describeQuote: Method<{ quote: TextQuoteSelector }, PagePassage>;
  /**
   * Paint these highlights; with `replaceAll`, they are the page's whole set, so marks of any other highlight
   * (deleted meanwhile) are removed too.
   */
  placeHighlights: Method<{ highlights: Highlight[]; replaceAll: boolean }, PagePlacement>;
  revealHighlight: Method<{ id: string; selectors: Selector[] }, null>;
}

/** Which of a page's highlights are on show in it, and which could not be found there (orphans). */
export interface PagePlacement {
  painted: string[];
  orphans: string[];
}

/** A passage of the page the highlighter found: where it is, and the page it is on. */
export interface PagePassage {
  url: string;
  title: string;
  selectors: Selector[];
}

/** The page read up to its claims, plus the address it was read on, to notice a page that navigated meanwhile. */
export interface ReaderReading {
  url: string;
  outcome: ReadOutcome;
}

/** Either content script → background, always about the sender's own tab. */
export interface PageToBackground {
  /** The page moved to a new address without a reload (history API), so its analysis is stale. */
  pageChanged: Method<{ url: string }, null>;
  /** The saved highlights of the sender's own page (its address comes from the sender, never the payload). */
  pageHighlights: Method<null, Highlight[]>;
  /** Save a passage of the sender's page (the in-page "Save highlight" button) as a highlight. */
  savePassage: Method<{ title: string; selectors: Selector[] }, Highlight>;
}

/** Background → every open extension page (popup, side panel). */
export interface BackgroundToUi {
  /** A tab was analysed (from whichever page asked), so a panel following that tab can show it. */
  tabAnalyzed: Method<TabAnalysis, null>;
  /** A tab's content changed under its analysis. */
  tabChanged: Method<{ tabId: number; url: string }, null>;
}

/**
 * The direction a message travels. Runtime messages reach the background and every extension page at once, so
 * each receiver only answers its own channel and stays silent on the rest.
 */
export type Channel = keyof Channels;

/** Each channel's method map: a receiver on a channel is built from that map's handlers and shapes, no other's. */
export interface Channels {
  'ui-to-background': UiToBackground;
  'page-to-background': PageToBackground;
  'background-to-reader': BackgroundToReader;
  'background-to-highlighter': BackgroundToHighlighter;
  'background-to-ui': BackgroundToUi;
}

export interface Envelope {
  precis: 1;
  channel: Channel;
  method: string;
  payload: unknown;
}

function envelope(channel: Channel, method: string, payload: unknown): Envelope {
  return { precis: 1, channel, method, payload };
}

/** Typed constructors, one per direction, so a method can only be sent with its own payload. */
export const message = {
  uiToBackground: <K extends keyof UiToBackground & string>(method: K, payload: UiToBackground[K]['payload']) =>
    envelope('ui-to-background', method, payload),
  pageToBackground: <K extends keyof PageToBackground & string>(method: K, payload: PageToBackground[K]['payload']) =>
    envelope('page-to-background', method, payload),
  backgroundToReader: <K extends keyof BackgroundToReader & string>(method: K, payload: BackgroundToReader[K]['payload']) =>
    envelope('background-to-reader', method, payload),
  backgroundToHighlighter: <K extends keyof BackgroundToHighlighter & string>(method: K, payload: BackgroundToHighlighter[K]['payload']) =>
    envelope('background-to-highlighter', method, payload),
  backgroundToUi: <K extends keyof BackgroundToUi & string>(method: K, payload: BackgroundToUi[K]['payload']) =>
    envelope('background-to-ui', method, payload),
};

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
