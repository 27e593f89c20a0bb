import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tests/support/dom.ts';
import { readJsonLd } from './json-ld.ts';

const page = (...scripts: string[]): Document =>
  parseHtml(`<html><head>${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('')}</head><body></body></html>`);

const question = (name: string, text: string): object => ({
  '@type': 'Question',
  name,
  acceptedAnswer: { '@type': 'Answer', text },
});

describe('readJsonLd', () => {
  it('reads a single FAQPage with mainEntity as one object', () => {
    const doc = page(JSON.stringify({ '@type': 'FAQPage', mainEntity: question('Why?', 'Because.') }));
    expect(readJsonLd(doc).map((p) => [p.question, p.answer])).toEqual([['Why?', 'Because.']]);
  });

  it('resolves @id references inside a @graph', () => {
    const doc = page(
      JSON.stringify({
        '@graph': [
          { '@type': ['WebPage', 'FAQPage'], mainEntity: [{ '@id': '#q1' }] },
          { '@id': '#q1', ...question('Where?', 'Here.') },
        ],
      }),
    );
    expect(readJsonLd(doc).map((p) => p.question)).toEqual(['Where?']);
  });

  it('skips malformed scripts and keeps the rest', () => {
    const doc = page('{"@type": "FAQPage", "mainEntity": [', JSON.stringify([{ '@type': 'FAQPage', mainEntity: [question('Ok?', 'Ok.')] }]));
    expect(readJsonLd(doc).map((p) => p.question)).toEqual(['Ok?']);
  });

  it('forgives raw line breaks and trailing commas', () => {
    const doc = page('{"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "Why?", "acceptedAnswer": {"@type": "Answer", "text": "Line one\nline two"},},]}');
    expect(readJsonLd(doc).map((p) => p.answer)).toEqual(['Line one line two']);
  });

  it('ignores questions outside an FAQPage (a QAPage thread)', () => {
    const doc = page(JSON.stringify({ '@type': 'QAPage', mainEntity: question('Help?', 'Try this.') }));
    expect(readJsonLd(doc)).toEqual([]);
  });
});
