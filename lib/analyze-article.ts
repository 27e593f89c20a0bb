/**
 * The engine after extraction: sections, FAQ and claims of an article, shared by web pages (lib/analyze.ts) and
 * PDFs (lib/pdf/analyze-pdf.ts). It imports no extraction code, so a PDF's analysis never carries Readability.
 */
import { selectClaims } from './claims/index.ts';
import type { ExtractedArticle } from './extract/types.ts';
import { articleText } from './extract/text.ts';
import { extractFaq, isFaqHeading, type FaqSignals } from './faq/index.ts';
import { splitSections } from './sections.ts';
import { normalizeForMatch } from './text/normalize.ts';
import type { Analysis, Claim, FaqPair, Section, SectionClaims } from './types.ts';

export interface AnalyzeOptions {
  /** The page's address, carried into the analysis (the document's own URL may be a blob or about:blank). */
  url: string;
  /** Summarize even when the page does not look like an article. */
  force?: boolean;
  /** Cap on the flat claim list; the engine picks a count scaled to the article otherwise. */
  maxClaims?: number;
  /** Clock for the stage timings; `performance.now` where it exists. */
  now?: () => number;
}

const WORDS_PER_MINUTE = 230;

/** The article as the stages after extraction need it: a web page's extraction gives it, and so does a PDF's layout. */
export type ArticleForAnalysis = Pick<ExtractedArticle, 'meta' | 'blocks' | 'root' | 'readerable' | 'diagnostics'>;

/**
 * Sections, FAQ and claims of an extracted article: the one engine behind web pages and PDFs. `doc` is the
 * document the FAQ's structured data is read from; `faqSignals` its survey when one was already made.
 */
export function analyzeArticle(
  doc: Document,
  article: ArticleForAnalysis,
  opts: AnalyzeOptions,
  clock: StageClock = stageClock(opts.now),
  faqSignals?: FaqSignals,
): Analysis {
  const { time, timings } = clock;
  const sections = time('sections', () => splitSections(article.blocks));
  const text = articleText(article.blocks);
  const faq = time('faq', () => extractFaq(doc, article.root, faqSignals));
  const body = withoutFaq(sections, faq);
  const claims = time('claims', () =>
    selectClaims(
      { title: article.meta.title, sections: body, text, lang: article.meta.lang },
      { max: opts.maxClaims },
    ),
  );

  const wordCount = countWords(text);
  return {
    version: 1,
    url: opts.url,
    meta: article.meta,
    text,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    claims,
    sections: groupBySection(body, claims, text),
    faq,
    forced: !article.readerable,
    timings,
    diagnostics: article.diagnostics,
  };
}

export interface StageClock {
  timings: Record<string, number>;
  time<T>(stage: string, run: () => T): T;
}

/** Milliseconds per stage, for the benchmark and the e2e timing. */
export function stageClock(clock?: () => number): StageClock {
  const now = clock ?? (() => (typeof performance === 'undefined' ? Date.now() : performance.now()));
  const timings: Record<string, number> = {};
  return {
    timings,
    time: (stage, run) => {
      const start = now();
      const result = run();
      timings[stage] = now() - start;
      return result;
    },
  };
}

/**
 * The article without its FAQ: FAQ pairs restate the article, so as claims they would crowd out the
 * sentences they summarise. A section titled FAQ goes whole; elsewhere (pages without headings put the FAQ in
 * the one section there is) a paragraph goes when it asks one of the FAQ's questions or is mostly one of its
 * answers. A paragraph that merely contains an answer stays: FAQ answers often repeat an article sentence.
 */
function withoutFaq(sections: Section[], faq: FaqPair[]): Section[] {
  const questions = faq.map((pair) => normalizeForMatch(pair.question)).filter((text) => text.length > 0);
  const answers = faq.map((pair) => normalizeForMatch(pair.answer)).filter((text) => text.length > 0);
  const isFaqParagraph = (paragraph: string) => {
    const text = normalizeForMatch(paragraph);
    return (
      questions.some((question) => text.includes(question)) ||
      answers.some((answer) => answer.includes(text) || (text.includes(answer) && answer.length >= MOSTLY * text.length))
    );
  };
  return sections
    .filter((section) => !isFaqHeading(section.heading))
    .map((section) =>
      faq.length === 0 ? section : { ...section, paragraphs: section.paragraphs.filter((p) => !isFaqParagraph(p)) },
    );
}

/** Share of a paragraph an FAQ answer must fill for the paragraph to count as that answer. */
const MOSTLY = 0.6;

function groupBySection(sections: Section[], claims: Claim[], text: string): SectionClaims[] {
  const position = (claim: Claim) => claimOffset(claim, text);
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

function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
