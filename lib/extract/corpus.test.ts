/**
 * Readability's own 130 test pages (../shared/corpus/readability): our extraction must agree
 * with Readability's expected output, and our additions (heading recovery, junk removal) must
 * not cost text agreement. `npm run report:extract` prints the per-page numbers behind this.
 * Measured with @mozilla/readability 0.6.0 (the corpus is slightly newer: mathjax, title-en-dash,
 * lwn-1, wapo-1 and mercurial differ by version): titles 128/130, text F1 median 1.000,
 * mean 0.9949 (plain blocks of Readability's output 0.9963), one page under 0.9 (mathjax).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_MISSING, corpusDir, parseHtml } from '../../tests/support/dom.ts';
import { type PageAgreement, measureAgreement } from './agreement.ts';

/** The address Readability's own test harness gives every page. */
const PAGE_URL = 'http://fakehost/test/page.html';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

describe.skipIf(!corpusDir)(`extraction on Readability's test pages ${corpusDir ? '' : CORPUS_MISSING}`, () => {
  const rows = new Map<string, PageAgreement>();

  beforeAll(() => {
    const root = join(corpusDir!, 'readability');
    for (const page of readdirSync(root).sort()) {
      const read = (file: string) => readFileSync(join(root, page, file), 'utf8');
      const expectedTitle = (JSON.parse(read('expected-metadata.json')) as { title?: string }).title ?? '';
      rows.set(page, measureAgreement(parseHtml(read('source.html'), PAGE_URL), parseHtml(read('expected.html'), PAGE_URL), expectedTitle));
    }
  }, 300_000);

  it('extracts an article from all 130 pages without throwing', () => {
    expect(rows.size).toBe(130);
    const failed = [...rows].filter(([, row]) => row.failure !== null).map(([page, row]) => `${page}: ${row.failure}`);
    expect(failed).toEqual([]);
  });

  it('matches the expected title on at least 127 pages', () => {
    const misses = [...rows].filter(([, row]) => !row.titleMatch).map(([page, row]) => `${page}: ${row.title}`);
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(3);
  });

  it('agrees with the expected text (bag-of-words F1)', () => {
    const f1 = [...rows.values()].map((row) => row.f1);
    expect(median(f1)).toBeGreaterThanOrEqual(0.995);
    expect(mean(f1)).toBeGreaterThanOrEqual(0.99);
    const poor = [...rows].filter(([, row]) => row.f1 < 0.9).map(([page, row]) => `${page}: ${row.f1.toFixed(3)}`);
    expect(poor.length, poor.join('\n')).toBeLessThanOrEqual(2);
  });

  it('loses no text agreement through heading recovery and junk removal', () => {
    const all = [...rows.values()];
    expect(mean(all.map((row) => row.f1))).toBeGreaterThanOrEqual(mean(all.map((row) => row.plainF1)) - 0.002);
    // Per page, what we add or drop is a few headings and labels, never a chunk of the article.
    // (The worst page, cnn, loses 0.033: Readability's expected text keeps two "Related: …" links.)
    const worse = [...rows].filter(([, row]) => row.f1 < row.plainF1 - 0.05).map(([page, row]) => `${page}: ${row.f1.toFixed(3)} < ${row.plainF1.toFixed(3)}`);
    expect(worse, worse.join('\n')).toEqual([]);
  });
});
