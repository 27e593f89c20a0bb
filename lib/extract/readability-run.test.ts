import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ReadabilityModule from '@mozilla/readability/Readability.js';
import type { Readability as ReadabilityType } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { CORPUS_MISSING, corpusDir, fixturesDir, parseHtml, repoRoot } from '../../tests/support/dom.ts';
import { READABILITY_STEPS, readabilityArticle } from './readability-run.ts';

const Unmodified = ReadabilityModule as typeof ReadabilityType;
const upstreamSource = (method: string) => String((Unmodified.prototype as unknown as Record<string, unknown>)[method]);

/**
 * What the pinned Readability's own `parse()` keeps: its content as an element, before the last step, which only
 * readies it to be shown as HTML (this run leaves that step out); and how many attempts failed before it.
 */
function upstreamArticle(html: string, url?: string) {
  const reader = new Unmodified(parseHtml(html, url), { serializer: (node: Node) => node as Element });
  Object.assign(reader, { _postProcessContent: () => undefined });
  const parsed = reader.parse();
  return { parsed, failedAttempts: (reader as unknown as { _attempts: unknown[] })._attempts.length };
}

/** Everything the engine reads of a Readability result, as one comparable value. */
function summary(found: { title?: string | null; byline?: string | null; dir?: string | null; lang?: string | null; excerpt?: string | null; siteName?: string | null; publishedTime?: string | null }, content: Element) {
  const { title, byline, dir, lang, excerpt, siteName, publishedTime } = found;
  return { title, byline, dir, lang, excerpt, siteName, publishedTime, content: content.outerHTML };
}

function expectSameAsUpstream(html: string, url?: string): number {
  const mine = readabilityArticle(parseHtml(html, url));
  const theirs = upstreamArticle(html, url);
  expect(mine === null).toBe(theirs.parsed === null);
  if (mine && theirs.parsed) expect(summary(mine.meta, mine.content)).toEqual(summary(theirs.parsed, theirs.parsed.content!));
  return theirs.failedAttempts;
}

const PAGES = [join(fixturesDir, 'deepseek-article.html'), resolve(repoRoot, 'lib/extract/fixtures/deepseek-entry-content.html')];

const LINKS = `<html><head><title>Relative links</title></head><body><article>
  <h1>Relative links</h1>
  ${'<p>A paragraph long enough for Readability to keep it as the article, with <a href="/notes">a relative link</a> and some more words after it, so that it scores well.</p>'.repeat(6)}
</article></body></html>`;

/** Too little text for any attempt: Readability tries all four and keeps the longest. */
const SHORT = `<html><head><title>Short</title><style>p { color: red }</style></head><body>
  <div class="comment"><p>A short note, <font color="red">marked</font>, with <b>bold</b> words.<br><br>And a second line.</p></div>
  <script>document.title = 'changed';</script><noscript><p>No script</p></noscript>
  <div><p>Another paragraph, a little longer than the first one was.</p></div>
</body></html>`;

/** The article sits in a "comments" wrapper: attempts with the stricter rules strip it, a later one keeps it. */
const STRIPPED_FIRST = `<html><head><title>Hidden in a comment box</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <div class="comments-area"><article>
    ${'<p>This paragraph is the article itself, long enough to count, with commas, clauses, and the kind of detail a reader came for.</p>'.repeat(8)}
  </article></div>
</body></html>`;

describe('Readability as the engine runs it', () => {
  it('reproduces the steps of the pinned parse(), in its order', () => {
    // If an upgrade renames or reorders them, this says so before the engine keeps different content.
    const parse = upstreamSource('parse');
    const at = READABILITY_STEPS.map((step) => parse.indexOf(`this.${step}(`));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(parse).toContain('this._postProcessContent(articleContent)');
    // The one read and write of the body's HTML that is deferred.
    const grab = upstreamSource('_grabArticle');
    expect(grab.match(/\.innerHTML/g)).toHaveLength(5);
    expect(grab).toContain('var pageCacheHtml = page.innerHTML;');
    expect(grab).toContain('page.innerHTML = pageCacheHtml;');
  });

  it.each(PAGES)('keeps exactly the content and metadata Readability keeps on %s', (path) => {
    expectSameAsUpstream(readFileSync(path, 'utf8'));
  });

  it('puts the page back as it was for each new attempt', () => {
    expect(expectSameAsUpstream(SHORT)).toBe(4);
    expect(expectSameAsUpstream(STRIPPED_FIRST)).toBeGreaterThan(0);
    expect(readabilityArticle(parseHtml(STRIPPED_FIRST))?.content.textContent).toContain('the article itself');
  });

  it('leaves the page untouched, and the clone without a trace of the deferral', () => {
    const doc = parseHtml(SHORT);
    const before = doc.documentElement.outerHTML;
    const found = readabilityArticle(doc)!;
    expect(doc.documentElement.outerHTML).toBe(before);
    const clone = found.content.ownerDocument;
    expect(clone).not.toBe(doc);
    expect(Object.getOwnPropertyDescriptor(clone.body, 'innerHTML')).toBeUndefined();
    expect(clone.body.innerHTML).not.toContain('\u0000');
  });

  it('leaves the content as Readability chose it, links unchanged', () => {
    const found = readabilityArticle(parseHtml(LINKS, 'https://example.com/post'))!;
    expect(found.content.innerHTML).toContain('href="/notes"');
    expect(new Unmodified(parseHtml(LINKS, 'https://example.com/post')).parse()?.content).toContain('href="https://example.com/notes"');
  });

  it.skipIf(!corpusDir)(`keeps exactly what Readability keeps on every page of its corpus ${corpusDir ? '' : CORPUS_MISSING}`, () => {
    const root = join(corpusDir!, 'readability');
    let retried = 0;
    for (const page of readdirSync(root).sort()) {
      const html = readFileSync(join(root, page, 'source.html'), 'utf8');
      if (expectSameAsUpstream(html, 'http://fakehost/test/page.html') > 0) retried++;
    }
    // Pages that needed a second attempt are where the deferred body matters.
    expect(retried).toBeGreaterThan(10);
  }, 60_000);
});
