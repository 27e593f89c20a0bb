/** W3C TextQuoteSelector for a sentence at a known place in the article text. */
import type { TextQuoteSelector } from '../types.ts';

const CONTEXT = 32;

export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}
