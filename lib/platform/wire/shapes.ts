/**
 * Shape checks for what crosses a message boundary. A message is only trusted as far as its sender is (see
 * senders.ts); these checks make sure a handler never sees a payload of the wrong type, whoever sent it.
 */
import type { Selector } from '../../anchoring/types.ts';
import { parseHighlight, type Highlight } from '../../highlights/record.ts';
import { parseSelectors } from '../../highlights/selectors-schema.ts';
import type { ReadArticle, ReadOutcome } from '../../read-article.ts';
import type { Analysis, ArticleMeta, Claim, FaqPair, NotAnalysedReason, Section, SectionClaims, TextQuoteSelector } from '../../types.ts';
import type { ReaderReading, PagePassage, PagePlacement, PayloadOf } from './protocol.ts';

export type Shape<T> = (value: unknown) => value is T;

/** One shape check per method of a direction: the payload each handler may rely on. */
export type PayloadShapes<M> = { [K in keyof M]: Shape<PayloadOf<M[K]>> };

/** Sentences and quotes are short; anything far longer is not ours. */
const MAX_TEXT = 20_000;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNull(value: unknown): value is null {
  return value === null;
}

export function isTabId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function isText(value: unknown, max = MAX_TEXT): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isNullableText(value: unknown): value is string | null {
  return value === null || isText(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isArrayOf<T>(value: unknown, item: Shape<T>): value is T[] {
  return Array.isArray(value) && value.every((element) => item(element));
}

export function isQuoteSelector(value: unknown): value is TextQuoteSelector {
  return (
    isRecord(value) &&
    value.type === 'TextQuoteSelector' &&
    isText(value.exact) &&
    value.exact.trim() !== '' &&
    isText(value.prefix) &&
    isText(value.suffix)
  );
}

export function isClaim(value: unknown): value is Claim {
  return (
    isRecord(value) &&
    isText(value.text) &&
    isText(value.source) &&
    isText(value.section) &&
    isFiniteNumber(value.sectionIndex) &&
    isArrayOf(value.topics, (topic): topic is string => isText(topic, 200)) &&
    isFiniteNumber(value.score) &&
    isQuoteSelector(value.selector)
  );
}

function isSectionClaims(value: unknown): value is SectionClaims {
  return isRecord(value) && isText(value.heading) && isFiniteNumber(value.level) && isArrayOf(value.claims, isClaim);
}

function isFaqPair(value: unknown): value is FaqPair {
  return isRecord(value) && isText(value.question) && isText(value.answer) && isText(value.source, 40);
}

function isMeta(value: unknown): value is ArticleMeta {
  return isRecord(value) && isText(value.title) && isNullableText(value.byline) && isNullableText(value.siteName);
}

/** What every analysis carries beside its claims; the article text may be long, so it is only type-checked. */
function hasArticleParts(value: Record<string, unknown>): boolean {
  return (
    isText(value.url) &&
    isMeta(value.meta) &&
    typeof value.text === 'string' &&
    isArrayOf(value.faq, isFaqPair) &&
    typeof value.forced === 'boolean' &&
    isRecord(value.timings) &&
    isArrayOf(value.diagnostics, (line) => isText(line))
  );
}

/** The parts of an analysis the UI renders. */
export function isAnalysis(value: unknown): value is Analysis {
  return (
    isRecord(value) &&
    value.version === 1 &&
    hasArticleParts(value) &&
    isFiniteNumber(value.wordCount) &&
    isFiniteNumber(value.readingMinutes) &&
    isArrayOf(value.claims, isClaim) &&
    isArrayOf(value.sections, isSectionClaims)
  );
}

/** A section as the reader sends it: its paragraphs may be long, so they are only type-checked. */
function isSection(value: unknown): value is Section {
  return (
    isRecord(value) &&
    isText(value.heading) &&
    isFiniteNumber(value.level) &&
    isArrayOf(value.paragraphs, (paragraph): paragraph is string => typeof paragraph === 'string')
  );
}

function isReadArticle(value: unknown): value is ReadArticle {
  return isRecord(value) && hasArticleParts(value) && isArrayOf(value.sections, isSection);
}

const NOT_ANALYSED: ReadonlySet<NotAnalysedReason> = new Set(['not-an-article', 'empty', 'too-large', 'failed']);

function isReadOutcome(value: unknown): value is ReadOutcome {
  if (!isRecord(value)) return false;
  if (value.ok === true) return isReadArticle(value.article);
  return (
    value.ok === false &&
    typeof value.reason === 'string' &&
    NOT_ANALYSED.has(value.reason as NotAnalysedReason) &&
    isText(value.message)
  );
}

export function isReaderReading(value: unknown): value is ReaderReading {
  return isRecord(value) && isText(value.url) && isReadOutcome(value.outcome);
}

/** A highlight record as storage would accept it (see parseHighlight: bounded, well-typed, a web address). */
export function isHighlight(value: unknown): value is Highlight {
  return parseHighlight(value) !== null;
}

/** At most this many highlights cross one message: a page with more is not one a reader made. */
const MAX_HIGHLIGHTS = 5_000;

export function isHighlightList(value: unknown): value is Highlight[] {
  return Array.isArray(value) && value.length <= MAX_HIGHLIGHTS && value.every(isHighlight);
}

export function isHighlightId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,128}$/.test(value);
}

export function isSelectorList(value: unknown): value is Selector[] {
  return Array.isArray(value) && value.length > 0 && parseSelectors(value) !== null;
}

export function isPagePassage(value: unknown): value is PagePassage {
  return isRecord(value) && isText(value.url, 8_192) && isText(value.title) && isSelectorList(value.selectors);
}

export function isPagePlacement(value: unknown): value is PagePlacement {
  return isRecord(value) && isArrayOf(value.painted, isHighlightId) && isArrayOf(value.orphans, isHighlightId);
}
