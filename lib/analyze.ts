/**
 * The whole engine in one call: page → article → sections → FAQ → key claims. The CLI, tests and benchmark use
 * it on linkedom in Node; in the browser the reader does the first part on the page (lib/read-page.ts) and the
 * background the claims (lib/analyze-article.ts `summarizeArticle`), the same code split at the same point.
 */
import { summarizeArticle } from './analyze-article.ts';
import { readPage } from './read-page.ts';
import { failedToRead, type AnalyzeOptions } from './read-article.ts';
import type { AnalyzeOutcome } from './types.ts';

export { analyzeArticle, claimOffset, summarizeArticle } from './analyze-article.ts';
export { describeError, stageClock, type AnalyzeOptions, type ArticleForAnalysis, type StageClock } from './read-article.ts';

export function analyze(doc: Document, opts: AnalyzeOptions): AnalyzeOutcome {
  const read = readPage(doc, opts);
  if (!read.ok) return read;
  try {
    return { ok: true, analysis: summarizeArticle(read.article, opts) };
  } catch (error) {
    return failedToRead(error);
  }
}
