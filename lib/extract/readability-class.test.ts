import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ReadabilityModule from '@mozilla/readability/Readability.js';
import type { Readability as ReadabilityType } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { fixturesDir, parseHtml, repoRoot } from '../../tests/support/dom.ts';
import { Readability } from './readability-class.ts';

const Unmodified = ReadabilityModule as typeof ReadabilityType;

const PAGES = [
  join(fixturesDir, 'deepseek-article.html'),
  resolve(repoRoot, 'lib/extract/fixtures/deepseek-entry-content.html'),
];

const LINKS = `<html><head><title>Relative links</title></head><body><article>
  <h1>Relative links</h1>
  ${'<p>A paragraph long enough for Readability to keep it as the article, with <a href="/notes">a relative link</a> and some more words after it, so that it scores well.</p>'.repeat(6)}
</article></body></html>`;

describe('Readability as the engine runs it', () => {
  it('skips a step the pinned Readability still has', () => {
    // If an upgrade renames the step, the override does nothing: this says so before the engine slows down.
    expect(typeof (Unmodified.prototype as unknown as Record<string, unknown>)._postProcessContent).toBe('function');
  });

  it.each(PAGES)('keeps the same article text as Readability itself on %s', (path) => {
    const html = readFileSync(path, 'utf8');
    const mine = new Readability(parseHtml(html)).parse();
    const theirs = new Unmodified(parseHtml(html)).parse();
    expect(mine?.textContent?.length ?? 0).toBeGreaterThan(2_000);
    expect(mine?.textContent).toBe(theirs?.textContent);
    expect(mine?.title).toBe(theirs?.title);
    expect(mine?.excerpt).toBe(theirs?.excerpt);
  });

  it('leaves the content as Readability chose it, links unchanged', () => {
    const mine = new Readability(parseHtml(LINKS, 'https://example.com/post')).parse();
    const theirs = new Unmodified(parseHtml(LINKS, 'https://example.com/post')).parse();
    expect(theirs?.content).toContain('href="https://example.com/notes"');
    expect(mine?.content).toContain('href="/notes"');
    expect(mine?.textContent).toBe(theirs?.textContent);
  });
});
