/**
 * Finding a highlight's text again: range path, then text position, then quote (exact, then
 * approximate). The range and position are cheap but break when the page changes, so they only
 * count when the text they point at still equals the quote.
 */
import { createRange } from './dom-range.ts';
import { elementAtPath, pointAtCharOffset } from './element-path.ts';
import { matchQuote, type QuoteMatchOptions } from './match-quote.ts';
import { stripWhitespace } from './normalize.ts';
import {
  buildTextIndex,
  strippedSpanToText,
  textOffsetOf,
  textToStrippedOffset,
  trimSpan,
  type TextIndex,
} from './text-index.ts';
import type { AnchorResult, RangeSelector, Selector, TextPositionSelector, TextQuoteSelector } from './types.ts';

export interface AnchorOptions {
  /** A prebuilt index of `root`, when anchoring many selectors on an unchanged page. */
  index?: TextIndex;
  /** Largest share of the quote's characters that may differ in an approximate match (default 0.15). */
  maxErrorRate?: number;
}

/** A span [start, end) of the index's text as a DOM range between its first and last characters. */
export function textSpanToRange(index: TextIndex, start: number, end: number): Range {
  const startNode = index.nodes[index.charNode[start]!]!;
  const endNode = index.nodes[index.charNode[end - 1]!]!;
  return createRange(startNode, index.charOffset[start]!, endNode, index.charOffset[end - 1]! + 1);
}

function find<T extends Selector['type']>(selectors: Selector[], type: T): Extract<Selector, { type: T }> | undefined {
  return selectors.find((s): s is Extract<Selector, { type: T }> => s.type === type);
}

function spanFromRangeSelector(index: TextIndex, selector: RangeSelector): [number, number] | null {
  const startEl = elementAtPath(index.root, selector.startContainer);
  const endEl = elementAtPath(index.root, selector.endContainer);
  if (!startEl || !endEl) return null;
  const startPoint = pointAtCharOffset(startEl, selector.startOffset);
  const endPoint = pointAtCharOffset(endEl, selector.endOffset);
  if (!startPoint || !endPoint) return null;
  const start = textOffsetOf(index, startPoint.node, startPoint.offset);
  const end = textOffsetOf(index, endPoint.node, endPoint.offset);
  if (start === null || end === null) return null;
  return trimSpan(index.text, start, end);
}

function spanFromPosition(index: TextIndex, selector: TextPositionSelector): [number, number] | null {
  const { start, end } = selector;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > index.text.length) return null;
  return trimSpan(index.text, start, end);
}

function spanHoldsQuote(index: TextIndex, span: [number, number] | null, quote: string | null): span is [number, number] {
  if (!span || span[0] >= span[1]) return false;
  return quote === null || stripWhitespace(index.text.slice(span[0], span[1])) === quote;
}

function spanOfQuote(index: TextIndex, quote: TextQuoteSelector, opts: QuoteMatchOptions): { span: [number, number]; exact: boolean } | null {
  const match = matchQuote(index, quote, opts);
  if (!match) return null;
  return { span: strippedSpanToText(index, match.start, match.end), exact: match.errors === 0 };
}

export function anchor(root: Element, selectors: Selector[], opts: AnchorOptions = {}): AnchorResult {
  const index = opts.index ?? buildTextIndex(root);
  const quote = find(selectors, 'TextQuoteSelector');
  const position = find(selectors, 'TextPositionSelector');
  const rangeSelector = find(selectors, 'RangeSelector');
  const quoteText = quote ? stripWhitespace(quote.exact) : null;

  if (rangeSelector) {
    const span = spanFromRangeSelector(index, rangeSelector);
    if (spanHoldsQuote(index, span, quoteText)) return { ok: true, method: 'range', range: textSpanToRange(index, ...span) };
  }
  const positionSpan = position ? spanFromPosition(index, position) : null;
  if (spanHoldsQuote(index, positionSpan, quoteText)) {
    return { ok: true, method: 'position', range: textSpanToRange(index, ...positionSpan) };
  }
  if (!quote) return { ok: false };
  const expected = position ? textToStrippedOffset(index, position.start) : undefined;
  const found = spanOfQuote(index, quote, { expected, maxErrorRate: opts.maxErrorRate });
  if (!found) return { ok: false };
  return { ok: true, method: found.exact ? 'quote' : 'fuzzy', range: textSpanToRange(index, ...found.span) };
}

/** The range of a quote on the page (exact or approximate), e.g. for jumping to a claim's sentence. */
export function anchorQuote(root: Element, quote: TextQuoteSelector, opts: AnchorOptions = {}): Range | null {
  const result = anchor(root, [quote], opts);
  return result.ok ? result.range : null;
}
