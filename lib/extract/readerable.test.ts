import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { CORPUS_MISSING, corpusDir, parseHtml } from '../../tests/support/dom.ts';
import { surveyPage } from './page-survey.ts';
import { isReaderable } from './readerable.ts';

const verdict = (doc: Document) => isReaderable(surveyPage(doc).readerableCandidates);
const paragraph = (chars: number, attributes = '') => `<p${attributes}>${'word '.repeat(Math.ceil(chars / 5)).slice(0, chars)}</p>`;
const page = (body: string) => parseHtml(`<!DOCTYPE html><html><body>${body}</body></html>`);

describe('isReaderable', () => {
  it('needs enough long paragraphs', () => {
    expect(verdict(page(paragraph(300)))).toBe(false);
    expect(verdict(page(paragraph(300).repeat(3)))).toBe(true);
  });

  it('skips hidden, unlikely and list-item paragraphs as Readability does', () => {
    for (const attributes of [' hidden', ' style="color: red; display: none"', ' aria-hidden="true"', ' class="sidebar"']) {
      expect(verdict(page(paragraph(600, attributes).repeat(3)))).toBe(false);
    }
    expect(verdict(page(paragraph(600, ' class="sidebar main"').repeat(3)))).toBe(true);
    expect(verdict(page(`<ul><li>${paragraph(600).repeat(3)}</li></ul>`))).toBe(false);
  });

  it('scores a <div> of text broken by <br> once', () => {
    const lines = `${'word '.repeat(80)}<br>`.repeat(6);
    expect(verdict(page(`<div>${lines}</div>`))).toBe(true);
    expect(verdict(page(`<span>${lines}</span>`))).toBe(false);
  });
});

describe.skipIf(!corpusDir)(`isReaderable agrees with isProbablyReaderable ${corpusDir ? '' : CORPUS_MISSING}`, () => {
  it("on all of Readability's test pages", () => {
    const root = join(corpusDir!, 'readability');
    const disagree = readdirSync(root)
      .sort()
      .filter((name) => {
        const doc = parseHtml(readFileSync(join(root, name, 'source.html'), 'utf8'));
        return verdict(doc) !== isProbablyReaderable(doc);
      });
    expect(disagree).toEqual([]);
  }, 120_000);
});
