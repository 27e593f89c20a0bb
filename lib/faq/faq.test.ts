import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { fixturesDir, parseHtml } from '../../tests/support/dom.ts';
import { loadFaqFixtures } from '../../tests/support/faq-fixtures.ts';
import { extractFaq } from './index.ts';
import { matchPairs } from './score.ts';

/** The article element Readability gives for a page, in a document of its own (as in the product). */
function readabilityArticle(doc: Document): Element | null {
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  if (!parsed?.content) return null;
  return parseHtml(`<!DOCTYPE html><html><body>${parsed.content}</body></html>`).body.firstElementChild;
}

describe('extractFaq on the fixture pages', () => {
  const fixtures = loadFaqFixtures();

  it('has positive and negative pages', () => {
    expect(fixtures.filter((f) => f.expected.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(fixtures.filter((f) => f.expected.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  describe.each(fixtures)('$name', ({ html, expected }) => {
    it('gives exactly the expected pairs from the original page', () => {
      expect(extractFaq(parseHtml(html), null)).toEqual(expected);
    });

    it('gives pairs matching the expected ones with a reader-view article', () => {
      const doc = parseHtml(html);
      const got = extractFaq(doc, readabilityArticle(doc));
      const { expectedToGot, gotMatched } = matchPairs(expected, got);
      expect(expectedToGot.filter((i) => i === -1)).toEqual([]);
      expect(gotMatched.every(Boolean)).toBe(true);
    });

    it('leaves the original document unchanged', () => {
      const doc = parseHtml(html);
      const before = doc.documentElement.outerHTML;
      extractFaq(doc, null);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  });
});

describe('extractFaq on the reference page', () => {
  const html = readFileSync(join(fixturesDir, 'deepseek-article.html'), 'utf8');
  const questions = [
    'What is DeepSeek’s approach to AI research?',
    'How has DeepSeek overcome the challenges posed by US export controls?',
    'What is the impact of DeepSeek’s open source models?',
    'What is the future outlook for DeepSeek?',
  ];

  function check(pairs: ReturnType<typeof extractFaq>): void {
    expect(pairs.map((p) => p.question)).toEqual(questions);
    for (const pair of pairs) {
      expect(pair.answer).not.toMatch(/^A:/);
      expect(pair.answer.length).toBeGreaterThan(80);
      expect(pair.source).toBe('qa-text');
    }
    expect(pairs[0]?.answer).toBe(
      'DeepSeek’s approach to AI research focuses on hiring young PhD students from top universities in China and providing them with ample computing resources to pursue unorthodox research projects.',
    );
    expect(pairs[3]?.answer).toBe(
      'As the global AI research community continues to evolve, DeepSeek is likely to remain at the forefront, pushing the boundaries of what is possible.',
    );
  }

  it('reads the four Q/A pairs from the article element', () => {
    const doc = parseHtml(html);
    check(extractFaq(doc, doc.querySelector('.td-post-content')));
  });

  it('falls back to the original page without an article', () => {
    check(extractFaq(parseHtml(html), null));
  });

  it('reads them from a reader-view article in a document of its own', () => {
    const doc = parseHtml(html);
    check(extractFaq(doc, readabilityArticle(doc)));
  });
});
