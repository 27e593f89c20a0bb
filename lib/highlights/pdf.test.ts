import { describe, expect, it } from 'vitest';
import type { Claim } from '../types.ts';
import { exportJson } from './export-json.ts';
import { exportMarkdown } from './export-markdown.ts';
import { exportWebAnnotations } from './export-annotations.ts';
import { parseHighlightsFile } from './import.ts';
import { highlightPage, pdfClaimHighlight, pdfHighlightUrl } from './pdf.ts';
import { parseHighlight } from './record.ts';
import { searchHighlights } from './search.ts';

const claim: Claim & { page: number } = {
  text: 'A gutter is a vertical strip in the middle of the text that almost no line crosses.',
  source: 'A gutter is a vertical strip in the middle of the text that almost no line crosses.',
  section: '3.1 Finding the gutter',
  sectionIndex: 4,
  topics: ['gutter'],
  score: 1,
  selector: {
    type: 'TextQuoteSelector',
    exact: 'A gutter is a vertical strip in the middle of the text that almost no line crosses.',
    prefix: 'Finding the gutter\n\n',
    suffix: ' We test every',
  },
  page: 2,
};

describe('highlights of a PDF', () => {
  const highlight = pdfClaimHighlight({ url: 'https://example.com/paper.pdf#page=1', title: 'Reading Order', claim, now: new Date('2026-01-02T03:04:05Z') });

  it('store the PDF address, the page and the quote', () => {
    expect(highlight.url).toBe('https://example.com/paper.pdf');
    expect(highlight.exact).toBe(claim.text);
    expect(highlight.selectors).toEqual([claim.selector, { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=2' }]);
    expect(highlightPage(highlight)).toBe(2);
    expect(pdfHighlightUrl(highlight)).toBe('https://example.com/paper.pdf#page=2');
  });

  it('survive storage and an export → import round trip, and a forged page is refused', () => {
    expect(parseHighlight(JSON.parse(JSON.stringify(highlight)))).toEqual(highlight);
    const imported = parseHighlightsFile(exportJson([highlight]));
    expect(imported.ok && imported.highlights).toEqual([highlight]);
    const forged = { ...highlight, selectors: [claim.selector, { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=2&javascript:x' }] };
    expect(parseHighlight(forged)).toBeNull();
  });

  it('are found by search and exported with a link to their page', () => {
    expect(searchHighlights([highlight], 'vertical strip')).toEqual([highlight]);
    expect(exportMarkdown([highlight])).toContain('[Open at page 2](<https://example.com/paper.pdf#page=2>)');
    expect(exportWebAnnotations([highlight])).toContain('"value": "page=2"');
  });
});
