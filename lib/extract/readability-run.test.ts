import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ReadabilityModule from '@mozilla/readability/Readability.js';
import type { Readability as ReadabilityType } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { CORPUS_MISSING, corpusDir, fixturesDir, parseHtml, repoRoot } from '../../tests/support/dom.ts';
import { CHECKS, missingSteps, READABILITY_STEPS, readabilityArticle, withCheaperChecks } from './readability-run.ts';

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

/** Pages of Readability's own test suite kept in the repo (tests/fixtures/readability/README.md says which). */
const READABILITY_PAGES = join(fixturesDir, 'readability');
const CORPUS_URL = 'http://fakehost/test/page.html';

/**
 * The source of each Readability method the engine relies on, fingerprinted for the version package.json pins:
 * `parse` for the order of the steps, the six steps readability-run.ts calls itself, `_grabArticle` also for the
 * body's HTML it saves and puts back, and the three checks it answers itself (`CHECKS`).
 */
const FINGERPRINTS: Readonly<Record<string, string>> = {
  parse: 'd1a7ff3d24ee465f',
  _unwrapNoscriptImages: 'c41d6e2aa5f93a30',
  _getJSONLD: 'fee49b88d9421b0f',
  _removeScripts: '9b3fc1bafb979d06',
  _prepDocument: 'df9fc75a3d671dd6',
  _getArticleMetadata: '8c9e0c83eb5eec78',
  _grabArticle: '56a294c242749917',
  _isValidByline: '9cf9dbce082290f6',
  _isElementWithoutContent: 'fd87e9b386b6e7ad',
  _isProbablyVisible: 'e9daf2ed0ba6a1c5',
};

const fingerprint = (method: string) => createHash('sha256').update(upstreamSource(method)).digest('hex').slice(0, 16);

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

/** Elements on the edges of the checks readability-run.ts answers itself: white space of every kind, hidden ways. */
const CHECK_CASES = `<html><body>
  <div class="byline"><span rel="author">  Ann Writer  </span><a itemprop="author name">Bo</a><p class="author"> </p></div>
  <div class="byline">${'A very long line that is not a byline at all. '.repeat(3)}</div>
  <div>\u00a0\ufeff\u2003\n\t<br><hr><!-- a comment --></div><div> <span> </span></div><div><b><i>x</i></b></div>
  <section><![CDATA[ ]]></section><h2> <br> </h2><div></div>
  <p style="display: none">Hidden</p><p style="visibility:hidden">Hidden</p><p style="color: red">Shown</p>
  <p hidden>Hidden</p><p aria-hidden="true">Hidden</p><p aria-hidden="true" class="mwe-math-fallback-image-inline">Shown</p>
  <p aria-hidden="false">Shown</p><svg><text>Drawn</text></svg>
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

  it.each(Object.keys(FINGERPRINTS))('relies on the same source of Readability.%s as the pinned version', (method) => {
    const changed =
      `Readability's ${method} is not the one readability-run.ts was written against. Re-check readability-run.ts ` +
      'against the new parse(): the steps it calls and their order, their arguments and the fields they set, and the ' +
      "body's innerHTML that _grabArticle saves and puts back; run this file with ../shared/corpus present; then " +
      'record the new fingerprint here.';
    expect(fingerprint(method), changed).toBe(FINGERPRINTS[method]);
  });

  it.each(PAGES)('keeps exactly the content and metadata Readability keeps on %s', (path) => {
    expectSameAsUpstream(readFileSync(path, 'utf8'));
  });

  it('keeps exactly what Readability keeps on the pages of its test suite kept in the repo', () => {
    const pages = readdirSync(READABILITY_PAGES).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(10);
    let retried = 0;
    for (const page of pages) {
      if (expectSameAsUpstream(readFileSync(join(READABILITY_PAGES, page), 'utf8'), CORPUS_URL) > 0) retried++;
    }
    // Pages that needed a second attempt are where the deferred body matters.
    expect(retried).toBeGreaterThanOrEqual(5);
  }, 90_000);

  it('has every step it calls in the pinned version', () => {
    expect(missingSteps()).toEqual([]);
    expect(missingSteps({ _prepDocument: () => undefined })).toEqual(READABILITY_STEPS.filter((step) => step !== '_prepDocument'));
  });

  it('reads the article with the public parse() when a step is missing, and says so', () => {
    const html = readFileSync(join(READABILITY_PAGES, 'v8-blog.html'), 'utf8');
    const found = readabilityArticle(parseHtml(html, CORPUS_URL), ['_grabArticle'])!;
    const theirs = new Unmodified(parseHtml(html, CORPUS_URL)).parse()!;
    expect(found.diagnostic).toBe("Read with Readability's parse(), not its steps: _grabArticle");
    expect(found.content.textContent).toBe(theirs.textContent);
    expect(found.meta.title).toBe(theirs.title);
    expect(readabilityArticle(parseHtml(html, CORPUS_URL))?.diagnostic).toBeUndefined();
  });

  it('answers the checks it makes itself as Readability does, for every element of its test pages', () => {
    type Checks = Record<(typeof CHECKS)[number], (node: Element, matchString?: string) => boolean>;
    const pages = readdirSync(READABILITY_PAGES).filter((name) => name.endsWith('.html'));
    const html = [...pages.map((page) => readFileSync(join(READABILITY_PAGES, page), 'utf8')), CHECK_CASES];
    const answers = new Map<string, Set<boolean>>(CHECKS.map((check) => [check, new Set()]));
    for (const page of html) {
      const doc = parseHtml(page, CORPUS_URL);
      const theirs = new Unmodified(doc) as unknown as Checks;
      const mine = new Unmodified(doc) as unknown as Checks;
      withCheaperChecks(mine as unknown as Parameters<typeof withCheaperChecks>[0]);
      const elements: Element[] = [doc.documentElement];
      for (const el of elements) {
        elements.push(...Array.from(el.children));
        const matchString = `${el.className} ${el.id}`;
        for (const check of CHECKS) {
          // Readability's answers are truthy or falsy ('' for an element without a class); it reads them as such.
          const answer = Boolean(theirs[check](el, matchString));
          expect(mine[check](el, matchString), `${check} of <${el.localName} class="${el.className}">`).toBe(answer);
          answers.get(check)!.add(answer);
        }
      }
    }
    // Each check said both yes and no somewhere, so both ways through it were compared.
    for (const check of CHECKS) expect([...answers.get(check)!].sort()).toEqual([false, true]);
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
  }, 180_000);
});
