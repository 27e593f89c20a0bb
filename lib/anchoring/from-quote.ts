/**
 * Full selectors for a passage known only by its quote, e.g. a key claim the reader saves as a
 * highlight: find it on the page, then describe where it is.
 */
import { anchor, type AnchorOptions } from './anchor.ts';
import { describe } from './describe.ts';
import { buildTextIndex } from './text-index.ts';
import type { Selector, TextQuoteSelector } from './types.ts';

/** Quote, position and range selectors for the quote's place on the page, or null when it is not there. */
export function selectorsForQuote(root: Element, quote: TextQuoteSelector, opts: AnchorOptions = {}): Selector[] | null {
  const index = opts.index ?? buildTextIndex(root);
  const result = anchor(root, [quote], { ...opts, index });
  if (!result.ok) return null;
  const selectors = describe(root, result.range, { index });
  return selectors.length > 0 ? selectors : null;
}
