/**
 * `npm run report:extract [-- PAGE ...]`: extraction agreement on Readability's 130 test pages
 * (../shared/corpus/readability): per page whether the title matches and the text's
 * bag-of-words F1 for our extraction, for the plain blocks of Readability's output and for
 * Readability's own text, then totals. `--set trafilatura-eval` scores trafilatura's evaluation pages instead
 * (see trafilatura-eval.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type PageAgreement, measureAgreement } from '../lib/extract/agreement.ts';
import { CORPUS_MISSING, corpusDir, parseHtml } from '../tests/support/dom.ts';
import { reportTrafilaturaEval } from './trafilatura-eval.ts';

/** The address Readability's own test harness gives every page. */
const PAGE_URL = 'http://fakehost/test/page.html';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

function measurePage(dir: string): PageAgreement {
  const source = parseHtml(readFileSync(join(dir, 'source.html'), 'utf8'), PAGE_URL);
  const expected = parseHtml(readFileSync(join(dir, 'expected.html'), 'utf8'), PAGE_URL);
  const metadata = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string };
  return measureAgreement(source, expected, metadata.title ?? '');
}

function main(): void {
  if (!corpusDir) {
    console.log(CORPUS_MISSING);
    return;
  }
  const root = join(corpusDir, 'readability');
  const only = process.argv.slice(2).filter((arg, i, all) => arg !== '--set' && all[i - 1] !== '--set');
  const pages = readdirSync(root).filter((page) => only.length === 0 || only.includes(page)).sort();
  const rows: PageAgreement[] = [];
  console.log(`${'page'.padEnd(44)} title  ours   plain  readability  notes`);
  for (const page of pages) {
    const row = measurePage(join(root, page));
    rows.push(row);
    const notes = [row.fallback ? 'fallback' : '', row.failure ?? '', row.titleMatch ? '' : `title: ${row.title}`]
      .filter(Boolean)
      .join('; ');
    console.log(
      `${page.padEnd(44)} ${row.titleMatch ? 'ok   ' : 'MISS '}  ${row.f1.toFixed(3)}  ${row.plainF1.toFixed(3)}  ${row.readabilityF1.toFixed(3)}        ${notes}`,
    );
  }
  const f1 = rows.map((row) => row.f1);
  const plain = rows.map((row) => row.plainF1);
  const readability = rows.map((row) => row.readabilityF1);
  console.log('');
  console.log(`pages: ${rows.length}; titles matched: ${rows.filter((row) => row.titleMatch).length}`);
  console.log(`text F1 median — ours ${median(f1).toFixed(4)}, plain blocks ${median(plain).toFixed(4)}, readability ${median(readability).toFixed(4)}`);
  console.log(`text F1 mean   — ours ${mean(f1).toFixed(4)}, plain blocks ${mean(plain).toFixed(4)}, readability ${mean(readability).toFixed(4)}`);
  console.log(`pages with F1 < 0.9 — ours ${f1.filter((value) => value < 0.9).length}, readability ${readability.filter((value) => value < 0.9).length}`);
}

const args = process.argv.slice(2);
if (args[0] === '--set' && args[1] === 'trafilatura-eval') await reportTrafilaturaEval(args.slice(2));
else if (args[0] === '--set' && args[1] !== 'readability') console.log(`unknown set "${args[1] ?? ''}": use readability or trafilatura-eval`);
else main();
