/**
 * Anchoring: describe a DOM range as W3C Web Annotation selectors, and find it again later, even
 * after the page changed a little. Pure DOM code: runs in the page and in Node on linkedom.
 */
export type {
  AnchorMethod,
  AnchorResult,
  RangeSelector,
  Selector,
  TextPositionSelector,
  TextQuoteSelector,
} from './types.ts';
export { describe, CONTEXT_LENGTH, type DescribeOptions } from './describe.ts';
export { anchor, anchorQuote, textSpanToRange, type AnchorOptions } from './anchor.ts';
export { buildTextIndex, type TextIndex } from './text-index.ts';
export { createRange } from './dom-range.ts';
export { collapseWhitespace, stripWhitespace } from './normalize.ts';
export { selectorsForQuote } from './from-quote.ts';
