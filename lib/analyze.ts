/**
 * The whole engine in one call: page → article → sections → key claims → FAQ.
 * Runs on the live page (content script) and on linkedom in Node (CLI, tests, benchmark).
 */
import { selectClaims } from './claims/index.ts';
import { articleText, extractArticle } from './extract/index.ts';
import { extractFaq, FaqSignalSurvey, isFaqHeading } from './faq/index.ts';
import { splitSections } from './sections.ts';
import { normaliseForMatch } from './text/normalise.ts';
import type { AnalyzeOutcome, Claim, FaqPair, Section, SectionClaims } from './types.ts';

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

export function analyze(doc: Document, opts: AnalyzeOptions): AnalyzeOutcome {
  const now = opts.now ?? (() => (typeof performance === 'undefined' ? Date.now() : performance.now()));
  const timings: Record<string, number> = {};
  const time = <T>(stage: string, run: () => T): T => {
    const start = now();
    const result = run();
    timings[stage] = now() - start;
    return result;
  };

  try {
    // The FAQ's survey of the page rides along with extraction's walk of it, so the page is walked once.
    const faqSurvey = new FaqSignalSurvey();
    const extracted = time('extract', () => extractArticle(doc, { force: opts.force, alsoVisit: faqSurvey }));
    if (!extracted.ok) return extracted;
    const { article } = extracted;

    const sections = time('sections', () => splitSections(article.blocks));
    const text = articleText(article.blocks);
    const faq = time('faq', () => extractFaq(doc, article.root, faqSurvey.signals()));
    const body = withoutFaq(sections, faq);
    const claims = time('claims', () =>
      selectClaims(
        { title: article.meta.title, sections: body, text, lang: article.meta.lang },
        { max: opts.maxClaims },
      ),
    );

    const wordCount = countWords(text);
    return {
      ok: true,
      analysis: {
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
      },
    };
  } catch (error) {
    // The engine's stages return typed outcomes; this is the last guard so a bug on one odd page
    // becomes a message for the reader instead of a dead panel.
    return { ok: false, reason: 'failed', message: `Precis could not read this page: ${describeError(error)}` };
  }
}

/**
 * The article without its FAQ: FAQ pairs restate the article, so as claims they would crowd out the
 * sentences they summarise. A section titled FAQ goes whole; elsewhere (pages without headings put the FAQ in
 * the one section there is) a paragraph goes when it asks one of the FAQ's questions or is mostly one of its
 * answers. A paragraph that merely contains an answer stays: FAQ answers often repeat an article sentence.
 */
function withoutFaq(sections: Section[], faq: FaqPair[]): Section[] {
  const questions = faq.map((pair) => normaliseForMatch(pair.question)).filter((text) => text.length > 0);
  const answers = faq.map((pair) => normaliseForMatch(pair.answer)).filter((text) => text.length > 0);
  const isFaqParagraph = (paragraph: string) => {
    const text = normaliseForMatch(paragraph);
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
  const position = (claim: Claim) => {
    const { prefix, exact } = claim.selector;
    const at = text.indexOf(prefix + exact);
    return at >= 0 ? at + prefix.length : text.indexOf(exact);
  };
  return sections
    .map((section, index) => ({
      heading: section.heading,
      level: section.level,
      // Within a section, claims read best in page order; the flat list keeps the ranking.
      claims: claims.filter((claim) => claim.sectionIndex === index).sort((a, b) => position(a) - position(b)),
    }))
    .filter((group) => group.claims.length > 0);
}

function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
