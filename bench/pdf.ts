/**
 * The PDF part of `npm run bench` (alone: `npm run bench -- pdf`). Measured side by side in one run:
 * - pdf.js's own text extraction (open the file, `getTextContent()` on every page, join the strings), and
 * - the whole PDF pipeline on the same bytes (open, read the pages, lay out, sections, claims, FAQ),
 * on a 30-page two-column paper and on corpus articles printed to PDF, in alternating order per round.
 * Also: the first claims of a 500-page book (read under the page budget), and the size of the lazily loaded
 * PDF code in the Chrome build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzePdfBytes } from '../scripts/pdf/analyze-file.ts';
import { LAYOUTS, limitedArticles, pdfPath, renderCorpus, renderLongDocument, CHROMIUM } from '../scripts/pdf/corpus.ts';
import { pdfjsPlainText } from '../scripts/pdf/load.ts';
import { corpusDir, CORPUS_MISSING, repoRoot } from '../tests/support/dom.ts';
import { median, ms, now, sum, table } from './stats.ts';

interface PdfTiming {
  file: string;
  pdfjs: number;
  pipeline: number;
  /** Until the first claims: those of the first pages for a long document, else the whole pipeline. */
  first: number;
  claims: number;
}

async function benchFile(file: string, rounds: number): Promise<PdfTiming> {
  const bytes = new Uint8Array(readFileSync(file));
  const pdfjs: number[] = [];
  const pipeline: number[] = [];
  const first: number[] = [];
  let claims = 0;
  for (let round = 0; round < rounds; round++) {
    // Alternate which side runs first, so neither always meets a warm cache.
    const order = round % 2 === 0 ? ['pdfjs', 'pipeline'] : ['pipeline', 'pdfjs'];
    for (const side of order) {
      const start = now();
      if (side === 'pdfjs') {
        await pdfjsPlainText(bytes.slice());
        pdfjs.push(now() - start);
      } else {
        let firstAt = 0;
        const outcome = await analyzePdfBytes(bytes.slice(), { url: 'file:///bench.pdf', onFirstClaims: () => (firstAt = now()) });
        if (!outcome.ok) throw new Error(`${file}: ${outcome.message}`);
        pipeline.push(now() - start);
        first.push((firstAt || now()) - start);
        claims = outcome.analysis.claims.length;
      }
    }
  }
  return { file, pdfjs: median(pdfjs), pipeline: median(pipeline), first: median(first), claims };
}

/** The Chrome build's lazily loaded PDF code: the chunk(s) with pdf.js and its worker. */
function lazyPdfCode(dir: string): { files: string[]; gzip: number } {
  const files: string[] = [];
  const walk = (sub: string) => {
    if (!existsSync(join(dir, sub))) return;
    for (const name of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const path = sub ? `${sub}/${name.name}` : name.name;
      if (name.isDirectory()) walk(path);
      else if (/\.m?js$/.test(name.name) && /pdf/i.test(name.name)) files.push(path);
    }
  };
  walk('');
  return { files, gzip: sum(files.map((file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length)) };
}

export async function benchPdf(rounds: number, write: (text: string) => void): Promise<[string, string][]> {
  const headlines: [string, string][] = [];
  if (!corpusDir) {
    write(`pdf ${CORPUS_MISSING}\n`);
    return headlines;
  }
  if (!existsSync(CHROMIUM)) {
    write(`pdf: ${CHROMIUM} is missing, so no PDFs can be printed to measure\n`);
    return headlines;
  }
  const paper = await renderLongDocument('paper-30p', 'two', 30);
  const articles = limitedArticles(10);
  await renderCorpus(articles);
  const files = [paper, ...LAYOUTS.flatMap((layout) => articles.map((article) => pdfPath(layout, article.id)))];
  const rows: PdfTiming[] = [];
  for (const file of files) rows.push(await benchFile(file, file === paper ? Math.max(rounds, 5) : rounds));
  const paperRow = rows[0]!;
  write(
    table([
      ['file', 'pdf.js text ms', 'pipeline ms', 'ratio', 'first claims ms', 'claims'],
      ...rows.slice(0, 6).map((row) => [row.file.slice(row.file.lastIndexOf('/') + 1), ms(row.pdfjs), ms(row.pipeline), (row.pipeline / row.pdfjs).toFixed(2), ms(row.first), row.claims]),
      [`… ${rows.length - 6} more corpus PDFs (sums)`, ms(sum(rows.slice(6).map((r) => r.pdfjs))), ms(sum(rows.slice(6).map((r) => r.pipeline))), '', '', ''],
    ]) + '\n',
  );

  const book = await renderLongDocument('book-500p', 'one', 500);
  const bookStart = now();
  let bookFirst = 0;
  const bookOutcome = await analyzePdfBytes(new Uint8Array(readFileSync(book)), { url: 'file:///book.pdf', onFirstClaims: () => (bookFirst = now() - bookStart) });
  const bookMs = now() - bookStart;
  if (bookOutcome.ok && bookOutcome.analysis.pdf) {
    const { pagesRead, pageCount } = bookOutcome.analysis.pdf;
    write(`500-page book: first claims in ${ms(bookFirst)} ms; claims from pages 1–${pagesRead} of ${pageCount} in ${ms(bookMs)} ms (the reading budget stops there)\n`);
  }

  const lazy = lazyPdfCode(join(repoRoot, '.output/chrome-mv3'));
  if (lazy.files.length > 0) write(`lazily loaded PDF code: ${lazy.files.join(', ')}\n`);
  else write('lazily loaded PDF code: none in .output/chrome-mv3 (run `npm run build` first)\n');

  headlines.push(['pdf first claims 30p ms', ms(paperRow.first)]);
  headlines.push(['pdf all claims 30p ms', ms(paperRow.pipeline)]);
  headlines.push(['ratio pdf pipeline/pdfjs text', (sum(rows.map((r) => r.pipeline)) / sum(rows.map((r) => r.pdfjs))).toFixed(3)]);
  headlines.push(['ratio pdf pipeline/pdfjs text 30p', (paperRow.pipeline / paperRow.pdfjs).toFixed(3)]);
  headlines.push(['pdf book 500p first claims ms', ms(bookFirst)]);
  if (lazy.files.length > 0) headlines.push(['size pdf lazy code gzip kB', (lazy.gzip / 1000).toFixed(1)]);
  return headlines;
}
