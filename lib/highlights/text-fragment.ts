/**
 * Text-fragment links (`#:~:text=`, https://wicg.github.io/scroll-to-text-fragment/) that open a
 * page scrolled to a highlight, in browsers that support them and harmlessly elsewhere.
 */
import type { TextQuoteSelector } from '../anchoring/types.ts';
import { collapseWhitespace } from '../anchoring/normalize.ts';

/** Quotes longer than this many words are linked by their first and last words (textStart,textEnd). */
const WHOLE_QUOTE_WORDS = 8;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/** Percent-encodes a fragment term, including the characters the syntax itself uses: - , & */
export function encodeFragmentTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Whole words of the context next to the quote; a word cut by the context's length limit is dropped. */
function contextWords(context: string, side: 'prefix' | 'suffix', cut: boolean): string {
  const words = collapseWhitespace(context).split(' ').filter(Boolean);
  if (cut && words.length > 1) {
    if (side === 'prefix') words.shift();
    else words.pop();
  }
  return (side === 'prefix' ? words.slice(-CONTEXT_WORDS) : words.slice(0, CONTEXT_WORDS)).join(' ');
}

/** The `text=` directive for a quote (without the leading `#:~:`). */
export function textDirective(quote: TextQuoteSelector, contextLength = 32): string {
  const words = collapseWhitespace(quote.exact).split(' ').filter(Boolean);
  const parts: string[] = [];
  const prefix = contextWords(quote.prefix, 'prefix', quote.prefix.length >= contextLength);
  const suffix = contextWords(quote.suffix, 'suffix', quote.suffix.length >= contextLength);
  if (prefix) parts.push(`${encodeFragmentTerm(prefix)}-`);
  if (words.length <= WHOLE_QUOTE_WORDS) {
    parts.push(encodeFragmentTerm(words.join(' ')));
  } else {
    parts.push(encodeFragmentTerm(words.slice(0, EDGE_WORDS).join(' ')));
    parts.push(encodeFragmentTerm(words.slice(-EDGE_WORDS).join(' ')));
  }
  if (suffix) parts.push(`-${encodeFragmentTerm(suffix)}`);
  return `text=${parts.join(',')}`;
}

/** The page URL with a text fragment pointing at the quote (any existing fragment is replaced). */
export function textFragmentUrl(url: string, quote: TextQuoteSelector): string {
  return `${url.split('#')[0]}#:~:${textDirective(quote)}`;
}
