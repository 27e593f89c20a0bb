/**
 * The claims of a read article, and the analysis the UI shows: shared by web pages (read on the page by
 * lib/read-page.ts, summarized in the background) and PDFs (lib/pdf/analyze-pdf.ts). It imports no extraction
 * code, so a PDF's analysis never carries Readability.
 */
import { selectClaims } from './claims/index.ts';
import { readArticle, stageClock, type AnalyzeOptions, type ArticleForAnalysis, type ReadArticle, type StageClock } from './read-article.ts';
import type { FaqSignals } from './faq/index.ts';
import type { Analysis, Claim, Section, SectionClaims } from './types.ts';

export { describeError, stageClock, type AnalyzeOptions, type ArticleForAnalysis, type StageClock } from './read-article.ts';

const WORDS_PER_MINUTE = 230;

/** Sections, FAQ and claims of an extracted article in one process (a PDF in the extension page, the CLI). */
export function analyzeArticle(
  doc: Document,
  article: ArticleForAnalysis,
  opts: AnalyzeOptions,
  clock: StageClock = stageClock(opts.now),
  faqSignals?: FaqSignals,
): Analysis {
  return summarizeArticle(readArticle(doc, article, opts, clock, faqSignals), opts);
}

/** The claims of an article read up to them, and the analysis with them; the read article's timings gain `claims`. */
export function summarizeArticle(read: ReadArticle, opts: Pick<AnalyzeOptions, 'maxClaims' | 'now'> = {}): Analysis {
  const { time, timings } = stageClock(opts.now, { ...read.timings });
  const claims = time('claims', () =>
    selectClaims(
      { title: read.meta.title, sections: read.sections, text: read.text, lang: read.meta.lang },
      { max: opts.maxClaims },
    ),
  );
  const wordCount = countWords(read.text);
  return {
    version: 1,
    url: read.url,
    meta: read.meta,
    text: read.text,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    claims,
    sections: groupBySection(read.sections, claims, read.text),
    faq: read.faq,
    forced: read.forced,
    timings,
    diagnostics: read.diagnostics,
  };
}

function groupBySection(sections: Section[], claims: Claim[], text: string): SectionClaims[] {
  // Each claim is found in the text once, not at every comparison of the sort.
  const offsets = new Map(claims.map((claim) => [claim, claimOffset(claim, text)]));
  const position = (claim: Claim) => offsets.get(claim)!;
  return sections
    .map((section, index) => ({
      heading: section.heading,
      level: section.level,
      // Within a section, claims read best in page order; the flat list keeps the ranking.
      claims: claims.filter((claim) => claim.sectionIndex === index).sort((a, b) => position(a) - position(b)),
    }))
    .filter((group) => group.claims.length > 0);
}

/** Where a claim's sentence starts in the article text (-1 when it is not found). */
export function claimOffset(claim: Claim, text: string): number {
  const { prefix, exact } = claim.selector;
  const at = text.indexOf(prefix + exact);
  return at >= 0 ? at + prefix.length : text.indexOf(exact);
}

/**
 * Runs of characters other than white space (`text.split(/\s+/u).filter(Boolean).length`), counted without
 * cutting out a string per word: on a long article that was thousands of strings made only to be counted.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length; at++) {
    const space = isWhiteSpace(text.charCodeAt(at));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** `\s` by character code: ECMAScript's white space (Unicode Zs, tab, vertical tab, form feed, BOM) and line ends. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
