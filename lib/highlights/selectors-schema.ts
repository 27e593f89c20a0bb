/**
 * Validation of stored selectors: each is rebuilt from checked fields, never passed through.
 */
import { PDF_FRAGMENT, type FragmentSelector, type RangeSelector, type Selector, type TextPositionSelector, type TextQuoteSelector } from '../anchoring/types.ts';

const MAX_SELECTORS = 8;
const MAX_TEXT = 50_000;
const MAX_CONTEXT = 1_000;
const PATH = /^\/(?:[a-z0-9:_-]+\[\d+\](?:\/[a-z0-9:_-]+\[\d+\])*)?$/i;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const offset = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function parseQuote(s: Record<string, unknown>): TextQuoteSelector | null {
  const prefix = s.prefix ?? '';
  const suffix = s.suffix ?? '';
  if (!text(s.exact, MAX_TEXT) || s.exact.length === 0 || !text(prefix, MAX_CONTEXT) || !text(suffix, MAX_CONTEXT)) return null;
  return { type: 'TextQuoteSelector', exact: s.exact, prefix, suffix };
}

function parsePosition(s: Record<string, unknown>): TextPositionSelector | null {
  if (!offset(s.start) || !offset(s.end) || s.end < s.start) return null;
  return { type: 'TextPositionSelector', start: s.start, end: s.end };
}

function parseRange(s: Record<string, unknown>): RangeSelector | null {
  const { startContainer, endContainer, startOffset, endOffset } = s;
  if (!text(startContainer, 2000) || !text(endContainer, 2000) || !PATH.test(startContainer) || !PATH.test(endContainer)) return null;
  if (!offset(startOffset) || !offset(endOffset)) return null;
  return { type: 'RangeSelector', startContainer, startOffset, endContainer, endOffset };
}

/** Only a PDF page (`page=N`) is stored; other fragment kinds are not made by Precis. */
function parseFragment(s: Record<string, unknown>): FragmentSelector | null {
  if (s.conformsTo !== PDF_FRAGMENT || typeof s.value !== 'string' || !/^page=[1-9]\d{0,5}$/.test(s.value)) return null;
  return { type: 'FragmentSelector', conformsTo: PDF_FRAGMENT, value: s.value };
}

function parseSelector(value: unknown): Selector | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'TextQuoteSelector':
      return parseQuote(value);
    case 'TextPositionSelector':
      return parsePosition(value);
    case 'RangeSelector':
      return parseRange(value);
    case 'FragmentSelector':
      return parseFragment(value);
    default:
      return null;
  }
}

/** The selectors, or null unless every entry is valid and one of them is a quote. */
export function parseSelectors(value: unknown): Selector[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_SELECTORS) return null;
  const selectors = value.map(parseSelector);
  if (selectors.some((s) => s === null)) return null;
  const valid = selectors as Selector[];
  return valid.some((s) => s.type === 'TextQuoteSelector') ? valid : null;
}
