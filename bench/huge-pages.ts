/**
 * Synthetic huge and hostile pages through the full pipeline: each must give a result or a clear message,
 * fast. Readability alone is not run on them (a flat 20,000-element page takes it over a minute).
 */
import { analyze } from '../lib/analyze.ts';
import { parseHtml } from '../tests/support/dom.ts';
import { deepPage, flatPage, longTextPage, manyParagraphsPage } from '../tests/support/synthetic.ts';
import { now } from './stats.ts';

export interface HugePageRow {
  page: string;
  bytes: number;
  ms: number;
  outcome: string;
}

export const HUGE_PAGES: [string, () => string][] = [
  ['flat 50,000 elements', () => flatPage(50_000)],
  ['2,000-deep nesting', () => deepPage(2_000)],
  ['5 MB of text', () => longTextPage(5_000_000)],
  ['20,000 paragraphs', () => manyParagraphsPage(20_000)],
];

export function benchHugePages(): HugePageRow[] {
  return HUGE_PAGES.map(([page, make]) => {
    const html = make();
    const doc = parseHtml(html);
    const start = now();
    const outcome = analyze(doc, { url: 'https://example.com/huge', force: true });
    const ms = now() - start;
    const described = outcome.ok
      ? `${outcome.analysis.claims.length} claims, ${outcome.analysis.wordCount} words`
      : `${outcome.reason}: ${outcome.message}`;
    return { page, bytes: html.length, ms, outcome: described };
  });
}
