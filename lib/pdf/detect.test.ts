import { describe, expect, it } from 'vitest';
import { DOWNLOAD_MESSAGE, isPdfTab, pageAddress, pdfAddress, pdfResponseProblem, siteAccessMessage, sitePattern, startsLikePdf } from './detect.ts';

const head = (status: number, headers: Record<string, string> = {}) => ({ status, header: (name: string) => headers[name] ?? null });

describe('PDF tabs', () => {
  it.each([
    ['https://example.com/papers/attention.pdf', undefined, true],
    ['https://example.com/papers/ATTENTION.PDF?download=0#page=3', undefined, true],
    ['file:///home/user/report.pdf', undefined, true],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html?src=https://example.com/a.pdf', undefined, true],
    ['https://example.com/download?id=42', 'application/pdf', true],
    ['https://example.com/article.html', 'text/html', false],
    ['https://example.com/pdf-tips', undefined, false],
    ['chrome://settings/a.pdf', undefined, false],
  ])('%s (%s) is a PDF: %s', (url, type, yes) => {
    expect(isPdfTab(url, type)).toBe(yes);
  });

  it('finds the PDF behind a viewer address, and the address of one page', () => {
    expect(pdfAddress('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html?src=https%3A%2F%2Fexample.com%2Fa.pdf')).toBe('https://example.com/a.pdf');
    expect(pdfAddress('https://example.com/a.pdf#page=2')).toBe('https://example.com/a.pdf');
    expect(pageAddress('https://example.com/a.pdf#page=2', 7)).toBe('https://example.com/a.pdf#page=7');
  });

  it('says what went wrong with the fetch of a PDF', () => {
    expect(pdfResponseProblem(head(200, { 'content-type': 'application/pdf' }))).toBeNull();
    expect(pdfResponseProblem(head(200, { 'content-disposition': 'attachment; filename="a.pdf"' }))).toBe(DOWNLOAD_MESSAGE);
    expect(pdfResponseProblem(head(200, { 'content-disposition': 'inline; filename="a.pdf"' }))).toBeNull();
    expect(pdfResponseProblem(head(403))).toMatch(/refused.*403/);
    expect(pdfResponseProblem(head(404))).toMatch(/no longer at its address/);
  });

  it('knows a PDF by its first bytes', () => {
    expect(startsLikePdf(new TextEncoder().encode('%PDF-1.7\n...'))).toBe(true);
    expect(startsLikePdf(new TextEncoder().encode('<!doctype html>'))).toBe(false);
  });
});

describe('access to a PDF\'s site (Firefox)', () => {
  it('names the site to allow, as a permission pattern and in words', () => {
    expect(sitePattern('https://papers.example.org:8443/a/b.pdf?x=1#page=2')).toBe('https://papers.example.org/*');
    expect(sitePattern('file:///home/me/a.pdf')).toBeNull();
    expect(siteAccessMessage('https://papers.example.org/a.pdf')).toMatch(/access to papers\.example\.org\. Allow it/);
  });
});
