/**
 * `npm run bench`: speed measured side by side in one run (never in a timed test: the machines are shared and
 * noisy, so only ratios from the same run mean anything). Ends with one `ratio NAME: VALUE` line per headline.
 *   BENCH_ROUNDS=N   rounds per corpus page, and at least that many per claim size (default 5; the claim sizes take
 *                    turns for about 1.5 s; medians are reported)
 *   BENCH_QUICK=1    skip the 100,000-sentence size and the peer at 10,000 sentences (minutes on its own)
 *   `npm run bench -- pdf` runs the PDF part alone (bench/pdf.ts)
 *
 * What is compared:
 * - Corpus: "Readability alone" is what a reader view does with a saved page: parse the HTML (linkedom), clone
 *   the document and call `new Readability(clone).parse()` (its documented call, which serialises the article
 *   to HTML). The pipeline parses the same HTML the same way and runs `analyze` (which clones and runs
 *   Readability itself, then everything else). Both sides pay the same parse; the order alternates per round.
 * - Claims: `selectClaims` alone beside ts-textrank on the same synthetic sentences; the peer runs once per size.
 * - Huge pages: the whole pipeline, the HTML parse excluded.
 *
 * `npm run bench -- click` runs only the toolbar click in Chromium instead (bench/popup-click.ts; build first):
 * BENCH_ROUNDS clicks per page. `npm run bench -- sync` runs only the sync, against a real WebDAV server
 * (bench/sync.ts).
 */
import { join } from 'node:path';
import { corpusDir, CORPUS_MISSING, repoRoot } from '../tests/support/dom.ts';
import { measureBundles } from './bundles.ts';
import { benchClaimScaling } from './claims-scaling.ts';
import { benchCorpus } from './corpus.ts';
import { benchHugePages } from './huge-pages.ts';
import { benchPopupClick } from './popup-click.ts';
import { benchPdf } from './pdf.ts';
import { median, ms, quantile, sum, table } from './stats.ts';
import { benchSync } from './sync.ts';

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const quick = process.env.BENCH_QUICK === '1';
const headlines: [string, string][] = [];
const write = (text: string) => process.stdout.write(text);

if (process.argv.slice(2).includes('pdf')) {
  section(`PDFs: pdf.js's own text extraction vs the whole PDF pipeline (median of ${rounds} rounds)`);
  for (const [name, value] of await benchPdf(rounds, write)) write(`${name}: ${value}\n`);
  process.exit(0);
}

function section(title: string) {
  process.stdout.write(`\n== ${title}\n`);
}

if (process.argv[2] === 'click') {
  await benchClick();
  process.exit(0);
}

if (process.argv[2] === 'sync') {
  section('Sync through a real WebDAV server (Apache mod_dav on 127.0.0.1)');
  const lines = await benchSync((line) => process.stdout.write(`${line}\n`));
  process.stdout.write('\n');
  for (const [name, value] of lines) process.stdout.write(`${name}: ${value}\n`);
  process.exit(0);
}

async function benchClick(): Promise<void> {
  section(`Toolbar click to the first claim painted in the real popup (Chromium, median of ${rounds} clicks)`);
  const pages = await benchPopupClick(rounds);
  if (!pages) {
    process.stdout.write('skipped: Chromium is missing (apt-get install -y chromium)\n');
    return;
  }
  process.stdout.write(
    table([
      ['page', 'claims painted ms', 'popup page starts ms', 'popup first paint ms', 'claims', 'each click (claims painted ms)'],
      ...pages.map(({ page, runs, median: m }) => [
        page, ms(m.claimsPainted), ms(m.pageStart), ms(m.firstPaint), m.claims, runs.map((run) => Math.round(run.claimsPainted)).join(', '),
      ]),
    ]) + '\n',
  );
  const [reference, largest] = pages;
  const lines: [string, string][] = [['click first claim ms reference page', ms(reference!.median.claimsPainted)]];
  if (largest) lines.push(['ratio click first claim largest/reference', (largest.median.claimsPainted / reference!.median.claimsPainted).toFixed(2)]);
  process.stdout.write('\n');
  for (const [name, value] of lines) process.stdout.write(`${name}: ${value}\n`);
}

if (corpusDir) {
  section(`Readability corpus: Readability alone vs the full pipeline (linkedom, median of ${rounds} rounds)`);
  const pages = benchCorpus(join(corpusDir, 'readability'), rounds);
  const ratios = pages.map((p) => p.pipeline / p.readability);
  const stages = [...new Set(pages.flatMap((p) => Object.keys(p.stages)))];
  const rows: (string | number)[][] = [['stage', 'median ms', 'p95 ms', 'max ms']];
  const addRow = (name: string, values: number[]) =>
    rows.push([name, ms(median(values)), ms(quantile(values, 0.95)), ms(Math.max(...values))]);
  addRow('readability alone (parse + parse())', pages.map((p) => p.readability));
  addRow('pipeline total (parse + analyze)', pages.map((p) => p.pipeline));
  for (const stage of stages) addRow(`  ${stage}`, pages.map((p) => p.stages[stage] ?? 0));
  process.stdout.write(table(rows) + '\n');
  const slowest = [...pages].sort((a, b) => b.pipeline - a.pipeline).slice(0, 5);
  process.stdout.write(`slowest pages: ${slowest.map((p) => `${p.page} ${ms(p.pipeline)} ms`).join(', ')}\n`);
  const totalRatio = sum(pages.map((p) => p.pipeline)) / sum(pages.map((p) => p.readability));
  headlines.push(['ratio pipeline/readability', median(ratios).toFixed(3)]);
  headlines.push(['ratio pipeline/readability total', totalRatio.toFixed(3)]);
  headlines.push(['max pipeline ms on corpus page', ms(Math.max(...pages.map((p) => p.pipeline)))]);
} else {
  process.stdout.write(`corpus ${CORPUS_MISSING}\n`);
}

section('Claim ranking alone on synthetic texts, beside ts-textrank (npm)');
const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const scaling = benchClaimScaling(sizes, rounds, quick ? [1_000] : [1_000, 10_000]);
process.stdout.write(
  table([
    ['sentences', 'precis ms', 'ts-textrank ms', 'peer/precis'],
    ...scaling.map((row) => [
      row.sentences,
      ms(row.precis),
      row.peer === null ? 'not run' : ms(row.peer),
      row.peer === null ? '—' : (row.peer / row.precis).toFixed(1),
    ]),
  ]) + '\n',
);
const at = (size: number) => scaling.find((row) => row.sentences === size);
const [s1k, s10k, s100k] = [at(1_000), at(10_000), at(100_000)];
if (s1k && s10k) headlines.push(['ratio claims t10k/t1k', (s10k.precis / s1k.precis).toFixed(2)]);
if (s10k && s100k) headlines.push(['ratio claims t100k/t10k', (s100k.precis / s10k.precis).toFixed(2)]);
if (s10k?.peer) headlines.push(['ratio claims peer/precis at 10k', (s10k.peer / s10k.precis).toFixed(1)]);

section('Huge and hostile synthetic pages through the full pipeline');
const huge = benchHugePages();
process.stdout.write(
  table([['page', 'MB', 'ms', 'outcome'], ...huge.map((row) => [row.page, (row.bytes / 1e6).toFixed(1), ms(row.ms), row.outcome])]) + '\n',
);
headlines.push(['max pipeline ms on synthetic page', ms(Math.max(...huge.map((row) => row.ms)))]);

section('Bundle sizes (.output/chrome-mv3; run `npm run build` first)');
const bundles = measureBundles(join(repoRoot, '.output/chrome-mv3'));
if (bundles.length === 0) process.stdout.write('no build found: run `npm run build` first\n');
else {
  process.stdout.write(
    table([
      ['entry', 'raw kB', 'gzip kB'],
      ...bundles.map((row) => [row.entry, (row.raw / 1000).toFixed(1), (row.gzip / 1000).toFixed(1)]),
    ]) + '\n',
  );
  // The headline is the script the first analysis waits for (`precis`, the reader), else the largest content
  // script; the highlighter, which follows it into the page once the claims are on their way, is shown beside it.
  const scripts = bundles.filter((row) => row.entry.startsWith('content-script')).sort((a, b) => b.gzip - a.gzip);
  const content = scripts.find((row) => row.entry === 'content-script (precis)') ?? scripts[0];
  if (content) headlines.push(['size content-script gzip kB', (content.gzip / 1000).toFixed(1)]);
  const highlighter = scripts.find((row) => row.entry === 'content-script (highlighter)');
  if (highlighter) headlines.push(['size highlighter content-script gzip kB', (highlighter.gzip / 1000).toFixed(1)]);
}

section(`PDFs: pdf.js's own text extraction vs the whole PDF pipeline (median of ${rounds} rounds)`);
headlines.push(...(await benchPdf(rounds, write)));

process.stdout.write('\n');
for (const [name, value] of headlines) process.stdout.write(`${name}: ${value}\n`);
