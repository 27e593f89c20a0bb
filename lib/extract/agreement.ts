/**
 * How close an extraction is to a reference one (Readability's expected output on its test
 * pages): the measures behind the corpus test and `npm run report:extract`.
 */
import { articleBlocks } from './blocks.ts';
import { extractArticle } from './extract.ts';
import { articleText } from './text.ts';
import { normalizeSpaces } from './whitespace.ts';
import { overlap } from '../text/overlap.ts';

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/** Bag-of-words F1 of `actual` against `expected`: 1 when both have the same words, equally often. */
export function bagOfWordsF1(actual: string, expected: string): number {
  const a = words(actual);
  const e = words(expected);
  return a.length === 0 && e.length === 0 ? 1 : overlap(a, e).f1;
}

export function sameTitle(actual: string, expected: string): boolean {
  return normalizeSpaces(actual) === normalizeSpaces(expected);
}

export interface PageAgreement {
  titleMatch: boolean;
  title: string;
  /** Our article text against the expected text. */
  f1: number;
  /** The blocks of the extracted element, before heading recovery and junk removal. */
  plainF1: number;
  /** The extracted element's `textContent` (Readability's own text). */
  readabilityF1: number;
  fallback: boolean;
  /** Set when extraction did not produce an article. */
  failure: string | null;
}

/** Compares `extractArticle(source, { force: true })` with the expected content and title. */
export function measureAgreement(source: Document, expectedContent: Document, expectedTitle: string): PageAgreement {
  // The expected content is a fragment: linkedom makes its root the document element, body empty.
  const expectedText = expectedContent.body?.textContent || expectedContent.documentElement?.textContent || '';
  const outcome = extractArticle(source, { force: true });
  if (!outcome.ok) {
    return { titleMatch: false, title: '', f1: 0, plainF1: 0, readabilityF1: 0, fallback: false, failure: outcome.reason };
  }
  const { meta, blocks, root, fallback } = outcome.article;
  return {
    titleMatch: sameTitle(meta.title, expectedTitle),
    title: meta.title,
    f1: bagOfWordsF1(articleText(blocks), expectedText),
    // `root` is Readability's content element (unless the fallback ran): its own text and blocks.
    plainF1: bagOfWordsF1(articleText(articleBlocks(root)), expectedText),
    readabilityF1: bagOfWordsF1(root.textContent ?? '', expectedText),
    fallback,
    failure: null,
  };
}
