/**
 * `npx tsx scripts/pdf/make-fixtures.ts`: makes the committed PDF test fixtures in tests/fixtures/pdf from the
 * pages in tests/fixtures/pdf/src, with Debian's Chromium (its DevTools printing call, as `--print-to-pdf`) and
 * qpdf for the password-protected copy. Run it again only when a source page changes.
 *
 * - paper.pdf: a two-column paper (abstract across the page, numbered sections, a footnote, running header, page
 *   numbers, ligature glyphs, a paragraph running on to the next page, references);
 * - report.pdf: one column, headings set like body text so that only the PDF's outline shows them;
 * - scanned.pdf: a picture of the report's first page and no text layer;
 * - password.pdf: the report, encrypted (user password "secret");
 * - damaged.pdf: the first part of paper.pdf, cut off as a broken download is.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { fixturesDir } from '../../tests/support/dom.ts';
import { CHROMIUM } from './corpus.ts';

const dir = join(fixturesDir, 'pdf');
const source = (name: string) => pathToFileURL(join(dir, 'src', name)).href;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 816, height: 1056 } });
  await page.goto(source('paper.html'));
  writeFileSync(join(dir, 'paper.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true }));

  await page.goto(source('report.html'));
  const margin = { top: '0.9in', bottom: '0.9in', left: '0.9in', right: '0.9in' };
  writeFileSync(join(dir, 'report.pdf'), await page.pdf({ format: 'Letter', margin, outline: true, tagged: true }));

  const picture = (await page.screenshot()).toString('base64');
  await page.setContent(`<!doctype html><body style="margin:0"><img style="width:8.5in" src="data:image/png;base64,${picture}"></body>`);
  writeFileSync(join(dir, 'scanned.pdf'), await page.pdf({ width: '8.5in', height: '11in', margin: { top: '0', bottom: '0', left: '0', right: '0' } }));
} finally {
  await browser.close();
}

execFileSync('qpdf', ['--encrypt', 'secret', 'secret', '256', '--', join(dir, 'report.pdf'), join(dir, 'password.pdf')]);
const paper = readFileSync(join(dir, 'paper.pdf'));
writeFileSync(join(dir, 'damaged.pdf'), paper.subarray(0, Math.floor(paper.length * 0.3)));
process.stdout.write(`PDF fixtures written to ${dir}\n`);
