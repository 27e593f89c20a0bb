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

export type Selector = TextQuoteSelector | TextPositionSelector | RangeSelector;

export type AnchorMethod = 'range' | 'position' | 'quote' | 'fuzzy';

export type AnchorResult = { ok: true; range: Range; method: AnchorMethod } | { ok: false };
