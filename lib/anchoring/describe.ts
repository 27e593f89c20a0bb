/**
 * Turning a DOM range into the three selectors a highlight stores.
 */
import { charOffsetIn, pathFromRoot } from './element-path.ts';
import { buildTextIndex, textOffsetOf, trimSpan, type TextIndex } from './text-index.ts';
import type { RangeSelector, Selector, TextPositionSelector, TextQuoteSelector } from './types.ts';

/** Characters of context kept either side of the quote, as in the W3C examples and Hypothesis. */
export const CONTEXT_LENGTH = 32;

export interface DescribeOptions {
  /** A prebuilt index of `root`, when describing many ranges of an unchanged page. */
  index?: TextIndex;
}

/** The range as a trimmed span [start, end) of the index's text, or null when it holds no text. */
export function rangeToTextSpan(index: TextIndex, range: Range): [number, number] | null {
  const start = textOffsetOf(index, range.startContainer, range.startOffset);
  const end = textOffsetOf(index, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  const [s, e] = trimSpan(index.text, start, end);
  return s < e ? [s, e] : null;
}

export function quoteSelectorFor(index: TextIndex, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: index.text.slice(start, end),
    prefix: index.text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: index.text.slice(end, end + CONTEXT_LENGTH),
  };
}

function rangeSelectorFor(index: TextIndex, start: number, end: number): RangeSelector | null {
  const startNode = index.nodes[index.charNode[start]!]!;
  const endNode = index.nodes[index.charNode[end - 1]!]!;
  const startEl = startNode.parentElement;
  const endEl = endNode.parentElement;
  if (!startEl || !endEl) return null;
  const startPath = pathFromRoot(index.root, startEl);
  const endPath = pathFromRoot(index.root, endEl);
  const startOffset = charOffsetIn(startEl, startNode, index.charOffset[start]!);
  const endOffset = charOffsetIn(endEl, endNode, index.charOffset[end - 1]! + 1);
  if (startPath === null || endPath === null || startOffset === null || endOffset === null) return null;
  return { type: 'RangeSelector', startContainer: startPath, startOffset, endContainer: endPath, endOffset };
}

/**
 * Quote (with prefix and suffix), text position and element-path selectors for `range`, in that
 * order. Empty when the range holds no readable text under `root`.
 */
export function describe(root: Element, range: Range, opts: DescribeOptions = {}): Selector[] {
  const index = opts.index ?? buildTextIndex(root);
  const span = rangeToTextSpan(index, range);
  if (!span) return [];
  const [start, end] = span;
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  const selectors: Selector[] = [quoteSelectorFor(index, start, end), position];
  const rangeSelector = rangeSelectorFor(index, start, end);
  if (rangeSelector) selectors.push(rangeSelector);
  return selectors;
}
