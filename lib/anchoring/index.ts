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
} from './types';
export { describe, CONTEXT_LENGTH, type DescribeOptions } from './describe';
export { anchor, anchorQuote, textSpanToRange, type AnchorOptions } from './anchor';
export { buildTextIndex, type TextIndex } from './text-index';
export { createRange } from './dom-range';
export { collapseWhitespace, stripWhitespace } from './normalise';
export { selectorsForQuote } from './from-quote';
