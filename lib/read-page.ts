/**
 * A web page read up to its claims: page → article → sections → FAQ. The reader runs this on the live page;
 * lib/analyze.ts adds the claims in the same process for the CLI, tests and benchmark.
 */
import { extractArticle } from './extract/index.ts';
import { FaqSignalSurvey } from './faq/index.ts';
import { failedToRead, readArticle, stageClock, type AnalyzeOptions, type ReadOutcome, type StageClock } from './read-article.ts';

export function readPage(doc: Document, opts: AnalyzeOptions, clock: StageClock = stageClock(opts.now)): ReadOutcome {
  try {
    // The FAQ's survey of the page rides along with extraction's walk of it, so the page is walked once.
    const faqSurvey = new FaqSignalSurvey();
    const extracted = clock.time('extract', () => extractArticle(doc, { force: opts.force, alsoVisit: faqSurvey }));
    if (!extracted.ok) return extracted;
    return { ok: true, article: readArticle(doc, extracted.article, opts, clock, faqSurvey.signals()) };
  } catch (error) {
    // The engine's stages return typed outcomes; this is the last guard so a bug on one odd page
    // becomes a message for the user instead of a dead panel.
    return failedToRead(error);
  }
}
