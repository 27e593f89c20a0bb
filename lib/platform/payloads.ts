/** The payload shape of every method, per direction of the protocol (see protocol.ts for the maps). */
import type { BackgroundToContent, BackgroundToUi, ContentToBackground, UiToBackground } from './protocol.ts';
import {
  isClaim,
  isNull,
  isQuoteSelector,
  isRecord,
  isTabAnalysis,
  isTabId,
  isText,
  type PayloadShapes,
  type Shape,
} from './shapes.ts';

/** An object with exactly these keys, each of the given shape: extra keys are refused, not ignored. */
function exactly<T>(fields: { [K in keyof T]: Shape<T[K]> }): Shape<T> {
  const keys = Object.keys(fields) as Array<keyof T & string>;
  return (value: unknown): value is T =>
    isRecord(value) &&
    Object.keys(value).length === keys.length &&
    keys.every((key) => Object.hasOwn(value, key) && fields[key](value[key]));
}

const isBoolean: Shape<boolean> = (value): value is boolean => typeof value === 'boolean';
const isUrl: Shape<string> = (value): value is string => isText(value, 8_192);

export const uiToBackgroundPayloads: PayloadShapes<UiToBackground> = {
  analyzeTab: exactly({ tabId: isTabId, force: isBoolean }),
  revealQuote: exactly({ tabId: isTabId, quote: isQuoteSelector }),
  saveClaim: exactly({ tabId: isTabId, url: isUrl, claim: isClaim }),
};

export const backgroundToContentPayloads: PayloadShapes<BackgroundToContent> = {
  ping: isNull,
  analyze: exactly({ force: isBoolean }),
  revealQuote: exactly({ quote: isQuoteSelector }),
};

export const contentToBackgroundPayloads: PayloadShapes<ContentToBackground> = {
  pageChanged: exactly({ url: isUrl }),
};

export const backgroundToUiPayloads: PayloadShapes<BackgroundToUi> = {
  tabAnalyzed: isTabAnalysis,
  tabChanged: exactly({ tabId: isTabId, url: isUrl }),
};
