/**
 * Finding a TextQuoteSelector in a page's text: exact occurrences first, then approximate ones,
 * each scored by how well the quote, its prefix/suffix context and its expected position agree.
 * A quote that cannot be placed with confidence is reported as not found: an orphaned highlight is
 * better than one painted in the wrong place.
 */
import { approximateMatches, bestMatchInWindow } from './fuzzy.ts';
import { stripWhitespace } from './normalize.ts';
import { similarity } from './similarity.ts';
import type { TextIndex } from './text-index.ts';
import type { TextQuoteSelector } from './types.ts';

export interface QuoteMatchOptions {
  /** Expected start in the index's `stripped` text (from a TextPositionSelector). */
  expected?: number;
  /** Largest share of the quote's characters that may differ in an approximate match. */
  maxErrorRate?: number;
}

export interface QuoteMatch {
  /** Span of the index's `stripped` text. */
  start: number;
  end: number;
  errors: number;
}

export const DEFAULT_MAX_ERROR_RATE = 0.15;
/** Quotes shorter than this (without whitespace) are only matched exactly: a few edits change their meaning. */
const MIN_FUZZY_LENGTH = 12;
/** Longer quotes are only matched exactly: the approximate scan is quadratic in the quote's length. */
const MAX_FUZZY_LENGTH = 3000;
/** Quotes this long are distinctive on their own; shorter ones also need their context to agree. */
const DISTINCTIVE_LENGTH = 20;
/** Candidates scoring within this of the best are indistinguishable (see choose()). */
const AMBIGUITY_MARGIN = 20;
/** Exact occurrences scored at most; beyond this the quote is too common to place anyway. */
const MAX_EXACT_HITS = 500;

interface Scored extends QuoteMatch {
  score: number;
  /** Mean similarity of prefix and suffix, or null when the selector carries no context. */
  context: number | null;
}

interface Needle {
  exact: string;
  prefix: string;
  suffix: string;
}

function contextSimilarity(index: TextIndex, needle: Needle, start: number, end: number): number | null {
  const before = index.stripped.slice(Math.max(0, start - needle.prefix.length), start);
  const after = index.stripped.slice(end, end + needle.suffix.length);
  const parts = [similarity(needle.prefix, before), similarity(needle.suffix, after)].filter(
    (s): s is number => s !== null,
  );
  return parts.length === 0 ? null : parts.reduce((a, b) => a + b, 0) / parts.length;
}

/** Weights as in Hypothesis' quote matcher: the quote itself dominates, context breaks ties, position last. */
function score(index: TextIndex, needle: Needle, match: QuoteMatch, expected: number | undefined): Scored {
  const context = contextSimilarity(index, needle, match.start, match.end);
  const quoteScore = 1 - match.errors / needle.exact.length;
  const positionScore =
    expected === undefined ? 0 : 1 - Math.min(1, Math.abs(match.start - expected) / Math.max(1, index.stripped.length));
  const total = 50 * quoteScore + 40 * (context ?? 0.5) + 2 * positionScore;
  return { ...match, context, score: total };
}

function exactMatches(index: TextIndex, exact: string): QuoteMatch[] {
  const hits: QuoteMatch[] = [];
  for (let at = index.stripped.indexOf(exact); at !== -1; at = index.stripped.indexOf(exact, at + 1)) {
    hits.push({ start: at, end: at + exact.length, errors: 0 });
    if (hits.length >= MAX_EXACT_HITS) break;
  }
  return hits;
}

function best(candidates: Scored[]): Scored | undefined {
  return [...candidates].sort((a, b) => b.score - a.score || a.start - b.start)[0];
}

const overlaps = (a: QuoteMatch, b: QuoteMatch): boolean => a.start < b.end && b.start < a.end;

/** Whether the candidate is good enough on its own: close to the quote and, unless distinctive, in its context. */
function acceptable(needle: Needle, c: Scored): boolean {
  if (c.errors === 0) return needle.exact.length >= DISTINCTIVE_LENGTH || c.context === null || c.context >= 0.3;
  const nearlyExact = c.errors <= Math.max(1, Math.floor(needle.exact.length * 0.05));
  return nearlyExact || (c.context ?? 0) >= 0.5;
}

const distance = (c: QuoteMatch, expected: number | undefined): number =>
  expected === undefined ? 0 : Math.abs(c.start - expected);

/**
 * The best candidate, unless another place competes with it: one that scores about as well
 * (repeated text, such as boilerplate, lorem ipsum or a title shown twice, whose context cannot
 * tell the copies apart), one edited about as much when the chosen place was edited too, or one
 * much nearer the expected position (perhaps the real place, edited more than a copy elsewhere). Then the quote stays unplaced: positions shift by hundreds of
 * characters when paragraphs come and go, so they cannot safely pick between copies either.
 */
function choose(needle: Needle, candidates: Scored[], expected: number | undefined): Scored | null {
  const chosen = best(candidates);
  if (!chosen || !acceptable(needle, chosen)) return null;
  // When the chosen text itself was edited, context alone may not pick between two equally
  // edited places: the real one may have had its surroundings edited too.
  const sameQuoteQuality = (c: Scored) =>
    chosen.errors > 0 && c.errors <= chosen.errors + Math.max(1, Math.floor(needle.exact.length * 0.02));
  const competes = (c: Scored): boolean =>
    chosen.score - c.score < AMBIGUITY_MARGIN ||
    sameQuoteQuality(c) ||
    (expected !== undefined && distance(c, expected) * 3 < distance(chosen, expected));
  return candidates.some((c) => !overlaps(c, chosen) && competes(c)) ? null : chosen;
}

export function matchQuote(index: TextIndex, quote: TextQuoteSelector, opts: QuoteMatchOptions = {}): QuoteMatch | null {
  const needle: Needle = {
    exact: stripWhitespace(quote.exact),
    prefix: stripWhitespace(quote.prefix ?? ''),
    suffix: stripWhitespace(quote.suffix ?? ''),
  };
  const m = needle.exact.length;
  if (m === 0) return null;

  const candidates = exactMatches(index, needle.exact).map((c) => score(index, needle, c, opts.expected));
  // Approximate candidates always compete: an exact hit may be a copy of the text elsewhere on the
  // page (boilerplate, repeated paragraphs) while the real place had a word edited.
  if (m >= MIN_FUZZY_LENGTH && m <= MAX_FUZZY_LENGTH) {
    const maxErrors = Math.floor(m * (opts.maxErrorRate ?? DEFAULT_MAX_ERROR_RATE));
    const search = approximateMatches(index.stripped, needle.exact, maxErrors, { expected: opts.expected });
    // Too many near-copies to compare them all: any choice could be the wrong copy.
    if (search.unexamined > 0) return null;
    for (const match of search.matches) {
      if (!candidates.some((c) => overlaps(c, match))) candidates.push(score(index, needle, match, opts.expected));
    }
  }
  const chosen = choose(needle, candidates, opts.expected);
  if (chosen && nearMissAtExpectedPosition(index, needle, chosen, opts)) return null;
  return chosen;
}

/** Longer quotes skip the near-miss check: near-copies of long passages are improbable and the check is quadratic. */
const MAX_NEAR_MISS_LENGTH = 1000;

/**
 * Whether text at the expected position resembles the quote (up to twice the allowed edits)
 * while the chosen match lies elsewhere. The real place may have been edited beyond the limit
 * while a copy elsewhere stayed within it; placing the copy would be wrong, so the quote stays
 * unplaced.
 */
function nearMissAtExpectedPosition(index: TextIndex, needle: Needle, chosen: QuoteMatch, opts: QuoteMatchOptions): boolean {
  const m = needle.exact.length;
  const { expected } = opts;
  if (expected === undefined || m < MIN_FUZZY_LENGTH || m > MAX_NEAR_MISS_LENGTH) return false;
  if (Math.abs(chosen.start - expected) <= m) return false;
  const maxErrors = Math.floor(m * (opts.maxErrorRate ?? DEFAULT_MAX_ERROR_RATE));
  const from = Math.max(0, expected - m);
  const to = Math.min(index.stripped.length, expected + 2 * m);
  const near = bestMatchInWindow(index.stripped, needle.exact, from, to);
  return near.errors <= 2 * maxErrors && !overlaps(near, chosen);
}
