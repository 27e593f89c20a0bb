/**
 * The whole engine in one call: page → article → sections → key claims → FAQ.
 * Runs on the live page (content script) and on linkedom in Node (CLI, tests, benchmark).
 */
import { analyzeArticle, describeError, stageClock, type AnalyzeOptions } from './analyze-article.ts';
import { extractArticle } from './extract/index.ts';
import { FaqSignalSurvey } from './faq/index.ts';
import type { AnalyzeOutcome } from './types.ts';

export { analyzeArticle, claimOffset, describeError, stageClock, type AnalyzeOptions, type ArticleForAnalysis, type StageClock } from './analyze-article.ts';

export function analyze(doc: Document, opts: AnalyzeOptions): AnalyzeOutcome {
  const clock = stageClock(opts.now);
  try {
    // The FAQ's survey of the page rides along with extraction's walk of it, so the page is walked once.
    const faqSurvey = new FaqSignalSurvey();
    const extracted = clock.time('extract', () => extractArticle(doc, { force: opts.force, alsoVisit: faqSurvey }));
    if (!extracted.ok) return extracted;
    return { ok: true, analysis: analyzeArticle(doc, extracted.article, opts, clock, faqSurvey.signals()) };
  } catch (error) {
    // The engine's stages return typed outcomes; this is the last guard so a bug on one odd page
    // becomes a message for the reader instead of a dead panel.
    return { ok: false, reason: 'failed', message: `Precis could not read this page: ${describeError(error)}` };
  }
}

