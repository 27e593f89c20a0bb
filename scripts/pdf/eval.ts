/**
 * `npm run -s eval:pdf [-- --limit N]`: how well PDF text is read, on corpus articles printed to PDF (see
 * corpus.ts), one- and two-column.
 *
 * - Text: token F1 of the article text against the text the PDF was printed from, for our pipeline (the CLI's
 *   `title` and `text`) and for `pdftotext` (Debian's poppler-utils) on the same files. Words are compared as a bag, lowercased,
 *   after the same light clean-up for both (NFKC, soft hyphens dropped).
 * - Claims: ROUGE-2 F1 of the claims against the BBC reference summaries, for each article as a PDF and as the
 *   HTML page it was printed from, both through the engine with its own claim count.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/analyze.ts';
import { rougeN } from '../../lib/claims/rouge.ts';
import { corpusDir, CORPUS_MISSING, parseHtml } from '../../tests/support/dom.ts';
import { analyzePdfBytes } from './analyze-file.ts';
import { articleHtml, LAYOUTS, limitedArticles, pdfPath, renderCorpus, type CorpusArticle, type Layout } from './corpus.ts';

export function tokens(text: string): string[] {
  return text.normalize('NFKC').replace(/\u00AD/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Pairs of neighbouring words: a bag of these also sees words read out of order or split apart. */
function pairs(words: string[]): string[] {
  return words.slice(1).map((word, i) => `${words[i]} ${word}`);
}

/** F1 of two bags of words (n = 1) or of neighbouring word pairs (n = 2). */
export function tokenF1(candidate: string, reference: string, n: 1 | 2 = 1): number {
  const want = new Map<string, number>();
  const ref = n === 1 ? tokens(reference) : pairs(tokens(reference));
  for (const token of ref) want.set(token, (want.get(token) ?? 0) + 1);
  const got = n === 1 ? tokens(candidate) : pairs(tokens(candidate));
  let overlap = 0;
  for (const token of got) {
    const left = want.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      want.set(token, left - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / got.length;
  const recall = overlap / ref.length;
  return (2 * precision * recall) / (precision + recall);
}

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function pdftotext(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

const headlines: [string, string][] = [];
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

async function main(): Promise<void> {
  if (!corpusDir) {
    console.error(CORPUS_MISSING);
    process.exit(1);
  }
  const at = process.argv.indexOf('--limit');
  const articles = limitedArticles(at >= 0 ? Number(process.argv[at + 1]) : undefined);
  const printed = await renderCorpus(articles);
  if (printed > 0) console.log(`printed ${printed} PDFs`);
  if (!hasPdftotext) console.log('pdftotext is missing (apt-get install -y poppler-utils): its column is left empty');

  console.log('\n== Text token F1 against the source article (mean over files)');
  console.log('layout  files  precis  pdftotext  | word pairs: precis  pdftotext  | failures');
  const worst: { id: string; layout: Layout; ours: number; theirs: number }[] = [];
  const all = { ours: [] as number[], theirs: [] as number[] };
  for (const layout of LAYOUTS) {
    const ours: number[] = [];
    const theirs: number[] = [];
    const ours2: number[] = [];
    const theirs2: number[] = [];
    let failures = 0;
    for (const article of articles) {
      const file = pdfPath(layout, article.id);
      const truth = readFileSync(file.replace(/\.pdf$/, '.txt'), 'utf8');
      const outcome = await analyzePdfBytes(new Uint8Array(readFileSync(file)), { url: `file://${file}` });
      // The title is read from the page as the rest is (the engine keeps it as metadata, as on a web page).
      const text = outcome.ok ? `${outcome.analysis.meta.title}\n\n${outcome.analysis.text}` : '';
      if (!outcome.ok) failures++;
      const score = tokenF1(text, truth);
      ours.push(score);
      ours2.push(tokenF1(text, truth, 2));
      const plain = hasPdftotext ? pdftotext(file) : '';
      const their = hasPdftotext ? tokenF1(plain, truth) : NaN;
      theirs.push(their);
      theirs2.push(hasPdftotext ? tokenF1(plain, truth, 2) : NaN);
      worst.push({ id: article.id, layout, ours: score, theirs: their });
    }
    all.ours.push(...ours);
    all.theirs.push(...theirs);
    console.log(
      `${layout.padEnd(7)} ${String(articles.length).padStart(5)}  ${mean(ours).toFixed(4)}  ${mean(theirs).toFixed(4)}     |             ${mean(ours2).toFixed(4)}  ${mean(theirs2).toFixed(4)}     | ${failures}`,
    );
    headlines.push([`pdf text F1 ${layout}-column precis/pdftotext`, `${mean(ours).toFixed(4)} / ${mean(theirs).toFixed(4)}`]);
  }
  console.log(`all     ${String(all.ours.length).padStart(5)}  ${mean(all.ours).toFixed(4)}  ${mean(all.theirs).toFixed(4)}`);
  if (process.argv.includes('--worst')) {
    for (const row of worst.sort((a, b) => a.ours - a.theirs - (b.ours - b.theirs)).slice(0, 15)) {
      console.log(`  ${row.layout} ${row.id.padEnd(40)} precis ${row.ours.toFixed(3)} pdftotext ${row.theirs.toFixed(3)}`);
    }
  }

  console.log('\n== Claims ROUGE-2 F1 on BBC dev articles: as PDF vs as HTML (engine\'s own claim count)');
  const bbc = articles.filter((article) => article.id.startsWith('bbc/'));
  for (const layout of LAYOUTS) {
    const pdfScores: number[] = [];
    const htmlScores: number[] = [];
    for (const article of bbc) {
      const summary = readFileSync(join(corpusDir, 'bbc-dev', article.id.slice(4), 'summary.txt'), 'utf8');
      pdfScores.push(await pdfClaimsRouge(article, layout, summary));
      htmlScores.push(htmlClaimsRouge(article, summary));
    }
    const [pdf, html] = [mean(pdfScores), mean(htmlScores)];
    console.log(`${layout}: pdf ${pdf.toFixed(4)}  html ${html.toFixed(4)}  difference ${(((pdf - html) / html) * 100).toFixed(2)} %`);
    headlines.push([`pdf claims ROUGE-2 ${layout}-column pdf/html`, `${pdf.toFixed(4)} / ${html.toFixed(4)}`]);
  }
  console.log('');
  for (const [name, value] of headlines) console.log(`${name}: ${value}`);
}

async function pdfClaimsRouge(article: CorpusArticle, layout: Layout, summary: string): Promise<number> {
  const file = pdfPath(layout, article.id);
  if (!existsSync(file)) return 0;
  const outcome = await analyzePdfBytes(new Uint8Array(readFileSync(file)), { url: `file://${file}` });
  return outcome.ok ? rougeN(outcome.analysis.claims.map((c) => c.text).join(' '), summary, 2).f1 : 0;
}

function htmlClaimsRouge(article: CorpusArticle, summary: string): number {
  const outcome = analyze(parseHtml(articleHtml(article, 'one')), { url: 'https://example.com/news', force: true });
  return outcome.ok ? rougeN(outcome.analysis.claims.map((c) => c.text).join(' '), summary, 2).f1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
