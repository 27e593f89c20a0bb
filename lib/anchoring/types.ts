/**
 * The selectors a highlight stores and what anchoring returns. They follow the W3C Web Annotation
 * model (https://www.w3.org/TR/annotation-model/#selectors) so exported highlights stay meaningful.
 */
import type { TextQuoteSelector } from '../types.ts';

export type { TextQuoteSelector };

/**
 * Character offsets into the root's normalised text (see text-index.ts): whitespace runs and block
 * boundaries count as one space, so offsets survive re-indented or re-wrapped markup.
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * Element paths from the root (`/div[2]/p[3]`, `/` is the root itself) plus character offsets into
 * that element's text. The fastest selector to resolve and the first to break when markup changes.
 */
export interface RangeSelector {
  type: 'RangeSelector';
  startContainer: string;
  startOffset: number;
  endContainer: string;
  endOffset: number;
}

/**
 * A part of a document named by its media type's fragment syntax: for a PDF, the page (RFC 3778, `page=4`). A
 * PDF's highlight stores one beside its quote, since the browser's viewer cannot be painted or searched by quote.
 */
export interface FragmentSelector {
  type: 'FragmentSelector';
  conformsTo: typeof PDF_FRAGMENT;
  value: string;
}

/** The W3C model's name for PDF fragment identifiers (RFC 3778). */
export const PDF_FRAGMENT = 'http://tools.ietf.org/rfc/rfc3778';

export type Selector = TextQuoteSelector | TextPositionSelector | RangeSelector | FragmentSelector;

export type AnchorMethod = 'range' | 'position' | 'quote' | 'fuzzy';

export type AnchorResult = { ok: true; range: Range; method: AnchorMethod } | { ok: false };
