/**
 * The engine after extraction, up to the claims: an article's sections and FAQ. This is what the reader (the
 * content script) does on the page, since the FAQ's structured data is read from the live document; choosing the
 * claims needs only the text, so it runs after the page has answered (analyze-article.ts), in the background for
 * a tab and in the same process for a PDF or the CLI. Keeping the claims' ranking and word lists out of this
 * module keeps them out of the script injected into every page the user reads.
 */
import type { ExtractedArticle } from './extract/types.ts';
import { articleText } from './extract/text.ts';
import { extractFaq, isFaqHeading, type FaqSignals } from './faq/index.ts';
import { splitSections } from './sections.ts';
import { normalizeForMatch } from './text/normalize.ts';
import type { ArticleMeta, FaqPair, NotAnalysed, Section } from './types.ts';

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

/** The article as the stages after extraction need it: a web page's extraction gives it, and so does a PDF's layout. */
export type ArticleForAnalysis = Pick<ExtractedArticle, 'meta' | 'blocks' | 'root' | 'readerable' | 'diagnostics'>;

/** An article read up to its claims: plain data, so it can cross from the page to the background. */
export interface ReadArticle {
  url: string;
  meta: ArticleMeta;
  /** The article as plain text, paragraphs separated by blank lines. */
  text: string;
  /** The article's sections without its FAQ, which the claims are chosen from. */
  sections: Section[];
  faq: FaqPair[];
  /** True when the page did not look like an article and the user asked for it anyway. */
  forced: boolean;
  /** Milliseconds per stage so far. */
  timings: Record<string, number>;
  diagnostics: string[];
}

export type ReadOutcome = { ok: true; article: ReadArticle } | NotAnalysed;

/**
 * Sections and FAQ of an extracted article. `doc` is the document the FAQ's structured data is read from;
 * `faqSignals` its survey when one was already made.
 */
export function readArticle(
  doc: Document,
  article: ArticleForAnalysis,
  opts: AnalyzeOptions,
  clock: StageClock = stageClock(opts.now),
  faqSignals?: FaqSignals,
): ReadArticle {
  const { time, timings } = clock;
  const sections = time('sections', () => splitSections(article.blocks));
  const faq = time('faq', () => extractFaq(doc, article.root, faqSignals));
  return {
    url: opts.url,
    meta: article.meta,
    text: articleText(article.blocks),
    sections: withoutFaq(sections, faq),
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
export function stageClock(clock?: () => number, timings: Record<string, number> = {}): StageClock {
  const now = clock ?? (() => (typeof performance === 'undefined' ? Date.now() : performance.now()));
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

/** The outcome when one of the engine's stages throws: the last guard, so a bug on one odd page becomes a message. */
export function failedToRead(error: unknown): NotAnalysed {
  return { ok: false, reason: 'failed', message: `Precis could not read this page: ${describeError(error)}` };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
