/** The payload shape of every method, per direction of the protocol (see protocol.ts for the maps). */
import type { SyncSettings } from '../../sync/settings.ts';
import type { BackgroundToReader, BackgroundToHighlighter, BackgroundToUi, PageToBackground, UiToBackground } from './protocol.ts';
import {
  isAnalysis,
  isClaim,
  isHighlightId,
  isHighlightList,
  isNull,
  isQuoteSelector,
  isRecord,
  isSelectorList,
  isTabId,
  isText,
  type PayloadShapes,
  type Shape,
} from './shapes.ts';

/**
 * An object with exactly these keys, each of the given shape: extra keys are refused, not ignored. Marked free of
 * side effects so a bundle keeps only the tables its receivers use: the reader's content script then carries none
 * of the highlight and analysis checks.
 */
/* @__NO_SIDE_EFFECTS__ */
function exactly<T>(fields: { [K in keyof T]: Shape<T[K]> }): Shape<T> {
  const keys = Object.keys(fields) as Array<keyof T & string>;
  return (value: unknown): value is T =>
    isRecord(value) &&
    Object.keys(value).length === keys.length &&
    keys.every((key) => Object.hasOwn(value, key) && fields[key](value[key]));
}

const isBoolean: Shape<boolean> = (value): value is boolean => typeof value === 'boolean';
const isUrl: Shape<string> = (value): value is string => isText(value, 8_192);
const isSetting: Shape<string> = (value): value is string => isText(value, 2_048);
const isSyncSettings = exactly<SyncSettings>({ enabled: isBoolean, serverUrl: isSetting, username: isSetting, password: isSetting, passphrase: isSetting });
const isPage: Shape<number> = (value): value is number => Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= 1_000_000;

export const uiToBackgroundPayloads: PayloadShapes<UiToBackground> = {
  analyzeTab: exactly({ tabId: isTabId, force: isBoolean, fresh: isBoolean }),
  revealQuote: exactly({ tabId: isTabId, quote: isQuoteSelector }),
  saveClaim: exactly({ tabId: isTabId, url: isUrl, claim: isClaim }),
  saveSelection: exactly({ tabId: isTabId }),
  showHighlights: exactly({ tabId: isTabId }),
  revealHighlight: exactly({ tabId: isTabId, id: isHighlightId }),
  syncNow: isNull,
  testSync: exactly({ settings: isSyncSettings }),
  pdfAddressOfTab: exactly({ tabId: isTabId }),
  openPdfPage: exactly({ tabId: isTabId, page: isPage }),
  savePdfClaim: exactly({ url: isUrl, title: (value): value is string => isText(value, 1_000), claim: isClaim }),
};

export const backgroundToReaderPayloads: PayloadShapes<BackgroundToReader> = {
  ping: isNull,
  read: exactly({ force: isBoolean }),
};

export const backgroundToHighlighterPayloads: PayloadShapes<BackgroundToHighlighter> = {
  ping: isNull,
  revealQuote: exactly({ quote: isQuoteSelector }),
  describeSelection: isNull,
  describeQuote: exactly({ quote: isQuoteSelector }),
  placeHighlights: exactly({ highlights: isHighlightList, replaceAll: isBoolean }),
  revealHighlight: exactly({ id: isHighlightId, selectors: isSelectorList }),
};

export const pageToBackgroundPayloads: PayloadShapes<PageToBackground> = {
  pageChanged: exactly({ url: isUrl }),
  pageHighlights: isNull,
  savePassage: exactly({ title: (value): value is string => isText(value, 1_000), selectors: isSelectorList }),
};

export const backgroundToUiPayloads: PayloadShapes<BackgroundToUi> = {
  // Exactly these two keys, like every other payload: a forged extra key or inherited field is refused.
  tabAnalyzed: exactly({ tabId: isTabId, analysis: isAnalysis }),
  tabChanged: exactly({ tabId: isTabId, url: isUrl }),
};
