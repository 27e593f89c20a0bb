import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tests/support/dom.ts';
import { analyzePdf } from './analyze-pdf.ts';
import { FIRST_PASS_PAGES, readAndAnalyzePdf } from './progressive.ts';
import { readPdfText, type PdfJsDocument, type ReadProgress } from './read.ts';

/** An in-memory stand-in for pdf.js's document: `pages` pages of body text, a chapter heading every ten. */
function book(pages: number): PdfJsDocument & { requested: number[] } {
  const requested: number[] = [];
  const line = (n: number, i: number) => `Page ${n} line ${i} tells the story of chapter ${Math.ceil(n / 10)} a little further on.`;
  return {
    numPages: pages,
    requested,
    async getPage(n: number) {
      requested.push(n);
      const items = Array.from({ length: 30 }, (_, i) => ({
        str: line(n, i),
        transform: [10, 0, 0, 10, 72, 700 - i * 12],
        width: 400,
        height: 10,
        fontName: 'body',
        hasEOL: true,
      }));
      return { view: [0, 0, 612, 792], getTextContent: async () => ({ items }), cleanup: () => undefined };
    },
    getOutline: async () => [{ title: 'Chapter 1', dest: [0, { name: 'XYZ' }], items: [] }],
    getDestination: async () => null,
    getPageIndex: async () => 0,
    getMetadata: async () => ({ info: { Title: 'A Long Book', Author: 'A. Writer', Language: 'en' } }),
  };
}

describe('reading a long PDF', () => {
  it('stops at the budget, from the first page on, and says how far it got', async () => {
    const doc = book(500);
    const progress: ReadProgress[] = [];
    const text = await readPdfText(doc, { budget: { maxChars: 60_000, maxPages: 400 }, onProgress: (p) => progress.push({ ...p }) });
    expect(text.pageCount).toBe(500);
    expect(text.pages.length).toBeLessThan(40);
    expect(doc.requested).toEqual(text.pages.map((page) => page.number));
    expect(progress.map((p) => p.pagesRead)).toEqual(text.pages.map((page) => page.number));
    expect(text.info).toEqual({ title: 'A Long Book', author: 'A. Writer', lang: 'en', creationDate: null });
    expect(text.outline).toEqual([{ title: 'Chapter 1', page: 1, children: [] }]);

    const outcome = analyzePdf(text, parseHtml('<!doctype html><body></body>'), { url: 'https://example.com/book.pdf' });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.analysis.pdf).toMatchObject({ pageCount: 500, pagesRead: text.pages.length });
    expect(outcome.analysis.claims.length).toBeGreaterThan(0);
    expect(Math.max(...outcome.analysis.claims.map((claim) => claim.page!))).toBeLessThanOrEqual(text.pages.length);
  });

  it('stops between pages when told to', async () => {
    const doc = book(500);
    const stop = new AbortController();
    const text = await readPdfText(doc, { onProgress: (p) => p.pagesRead === 3 && stop.abort(), signal: stop.signal });
    expect(text.pages.map((page) => page.number)).toEqual([1, 2, 3]);
  });
});

describe('first claims of a long PDF', () => {
  it('come from the first pages while the rest is read, then the claims of all pages read follow', async () => {
    const doc = book(40);
    const events: string[] = [];
    const final = await readAndAnalyzePdf(doc, {
      url: 'https://example.com/book.pdf',
      blankDocument: () => parseHtml('<!doctype html><body></body>'),
      onProgress: (read, total) => events.push(`progress ${read}/${total}`),
      onFirstClaims: (first) => events.push(`first claims from ${first.analysis.pdf!.pagesRead} pages, up to p. ${Math.max(...first.analysis.claims.map((c) => c.page!))}`),
    });
    if (!final.ok) throw new Error(final.message);
    const firstAt = events.findIndex((event) => event.startsWith('first claims'));
    expect(events[firstAt - 1]).toBe(`progress ${FIRST_PASS_PAGES}/40`);
    expect(events[firstAt]).toMatch(new RegExp(`^first claims from ${FIRST_PASS_PAGES} pages, up to p\\. [1-${FIRST_PASS_PAGES}]$`));
    expect(events.at(-1)).toBe('progress 40/40');
    expect(final.analysis.pdf).toMatchObject({ pageCount: 40, pagesRead: 40 });
  });
});
