/**
 * The PDF engine on real PDFs (tests/fixtures/pdf, made by make-fixtures.ts with Chromium and qpdf), read by the
 * real pdf.js, against expected outputs written by hand from the source pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutArticle } from '../../lib/pdf/layout.ts';
import { DAMAGED_MESSAGE, NO_TEXT_MESSAGE, PASSWORD_MESSAGE, UNMAPPED_TEXT_MESSAGE } from '../../lib/pdf/errors.ts';
import { fixturesDir } from '../../tests/support/dom.ts';
import { analyzePdfBytes } from './analyze-file.ts';
import { openPdf, readPdfBytes } from './load.ts';

const dir = join(fixturesDir, 'pdf');
const bytes = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const expected = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

async function textOf(name: string) {
  const read = await readPdfBytes(bytes(name));
  if (!read.ok) throw new Error(read.message);
  return read.text;
}

/** Letters of each page as pdf.js draws them, to check a claim's page without the engine's layout. */
async function lettersPerPage(name: string): Promise<string[]> {
  const doc = await openPdf(bytes(name));
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    pages.push(text.normalize('NFKC').toLowerCase().replace(/[^\p{L}]/gu, ''));
  }
  await doc.destroy();
  return pages;
}

describe('a two-column paper (paper.pdf)', () => {
  const want = expected('paper.expected.json');

  it('finds its title, abstract and numbered sections at their levels and pages', async () => {
    const article = layoutArticle(await textOf('paper.pdf'));
    const headings = article.blocks.flatMap((block) => (block.kind === 'heading' ? [[block.text, block.level, block.page]] : []));
    expect(headings).toEqual(want.headings);
  });

  it('reads columns in order, joins broken words, and drops the running header, page numbers and references', async () => {
    const outcome = await analyzePdfBytes(bytes('paper.pdf'), { url: 'https://example.com/paper.pdf' });
    if (!outcome.ok) throw new Error(outcome.message);
    const { text } = outcome.analysis;
    for (const part of want.textContains) expect(text).toContain(part);
    for (const part of want.textLacks) expect(text).not.toContain(part);
    expect(outcome.analysis.meta.title).toBe(want.title);
  });

  it('sets the footnote apart and counts the reference list without making claims of it', async () => {
    const pdf = await textOf('paper.pdf');
    const article = layoutArticle(pdf);
    expect(article.notes.map((block) => block.text)).toEqual(want.notes);
    const outcome = await analyzePdfBytes(bytes('paper.pdf'), { url: 'https://example.com/paper.pdf' });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.analysis.pdf).toMatchObject({ pageCount: 3, pagesRead: 3, notes: 1 });
    expect(outcome.analysis.pdf!.references).toBeGreaterThanOrEqual(4);
    for (const claim of outcome.analysis.claims) {
      expect(claim.section).not.toBe('References');
      expect(claim.text).not.toMatch(/Poppler developers|Nagy/);
    }
  });

  it('gives every claim the page its sentence is printed on', async () => {
    const outcome = await analyzePdfBytes(bytes('paper.pdf'), { url: 'https://example.com/paper.pdf' });
    if (!outcome.ok) throw new Error(outcome.message);
    const pages = await lettersPerPage('paper.pdf');
    expect(outcome.analysis.claims.length).toBeGreaterThan(4);
    expect(new Set(outcome.analysis.claims.map((claim) => claim.page))).toEqual(new Set([1, 2]));
    for (const claim of outcome.analysis.claims) {
      const start = claim.text.toLowerCase().replace(/[^\p{L}]/gu, '').slice(0, 30);
      expect(pages[claim.page! - 1], claim.text).toContain(start);
    }
    // The grouped claims carry the same pages as the flat list.
    const grouped = outcome.analysis.sections.flatMap((section) => section.claims);
    for (const claim of grouped) expect(claim.page).toBe(outcome.analysis.claims.find((c) => c.text === claim.text)!.page);
  });
});

describe('a report whose headings look like body text (report.pdf)', () => {
  const want = expected('report.expected.json');

  it('takes its sections from the outline, and its FAQ from the question headings', async () => {
    const pdf = await textOf('report.pdf');
    const titles = (entries: typeof pdf.outline): string[] => entries.flatMap((entry) => [entry.title, ...titles(entry.children)]);
    expect(titles(pdf.outline)).toEqual(want.outline);
    const outcome = await analyzePdfBytes(bytes('report.pdf'), { url: 'https://example.com/report.pdf' });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.analysis.meta.title).toBe(want.title);
    expect(outcome.analysis.sections.map((section) => section.heading)).toEqual(want.sections);
    expect(outcome.analysis.faq.map((pair) => pair.question)).toEqual(want.faqQuestions);
    expect(outcome.analysis.claims.every((claim) => claim.page === 1 || claim.page === 2)).toBe(true);
  });
});

describe('PDFs that cannot be read say why', () => {
  it.each([
    ['scanned.pdf', NO_TEXT_MESSAGE],
    ['password.pdf', PASSWORD_MESSAGE],
    ['damaged.pdf', DAMAGED_MESSAGE],
    // A Japanese article Chromium printed on a machine without CJK fonts: every character is the font's empty glyph
    // (pdftotext still finds the characters; pdf.js reads U+0000). Not remade by make-fixtures.ts.
    ['unmapped-glyphs.pdf', UNMAPPED_TEXT_MESSAGE],
  ])('%s', async (name, message) => {
    const outcome = await analyzePdfBytes(bytes(name), { url: `https://example.com/${name}` });
    expect(outcome).toEqual({ ok: false, reason: expect.any(String), message });
  });

  it('not a PDF at all', async () => {
    const outcome = await analyzePdfBytes(new TextEncoder().encode('<html>not a pdf</html>'), { url: 'https://example.com/x.pdf' });
    expect(outcome).toMatchObject({ ok: false, message: DAMAGED_MESSAGE });
  });
});
