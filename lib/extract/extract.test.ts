import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, parseHtml } from '../../tests/support/dom.ts';
import { splitSections } from '../sections.ts';
import { extractArticle } from './extract.ts';
import { articleText } from './text.ts';
import type { ExtractedArticle } from './types.ts';

const SECTIONS = [
  'A Young Group of Geniuses Eager to Prove Themselves',
  'The Advantage of Youth',
  'Innovation Born out of a Crisis',
  'The Impact of Open Source Models',
  'Conclusion',
  'FAQs',
];

/** Page furniture around the article on both layouts; none of it is article text. */
const JUNK = [
  'Advertisement', 'Read More', 'LEAVE A REPLY', 'Latest stories', 'Must Read', 'Stay Connected', 'Facebook',
  'Previous article', 'Post Comment', 'All rights reserved', 'Share this article', 'Sign up for our newsletter',
  'Related', 'cookies', 'Raj', 'thoughts on', 'Get the Weekly Brief', 'Subscribe', 'Tagged',
];

function extractFile(path: string): ExtractedArticle {
  const outcome = extractArticle(parseHtml(readFileSync(path, 'utf8'), 'https://techdailywire.example/deepseek/'));
  if (!outcome.ok) throw new Error(`expected an article, got ${outcome.reason}: ${outcome.message}`);
  return outcome.article;
}

function expectSameArticle(article: ExtractedArticle): void {
  const sections = splitSections(article.blocks);
  expect(sections.map((section) => section.heading)).toEqual(SECTIONS);
  expect(sections.map((section) => section.paragraphs.length)).toEqual([2, 2, 3, 2, 1, 4]);
  const text = articleText(article.blocks);
  for (const junk of JUNK) expect(text, `"${junk}" in the text`).not.toContain(junk);
  expect(text).toContain('Q: What is DeepSeek’s approach to AI research?\nA: DeepSeek’s approach');
  expect(text.startsWith('A Young Group of Geniuses Eager to Prove Themselves\n\nAccording to Liang,')).toBe(true);
  expect(article.readerable).toBe(true);
  expect(article.fallback).toBe(false);
}

describe('extractArticle on the reference page (WordPress "Newspaper" theme)', () => {
  const article = extractFile(join(fixturesDir, 'deepseek-article.html'));

  it('reads the metadata', () => {
    expect(article.meta).toMatchObject({
      title: 'DeepSeek’s Model Rivals OpenAI',
      siteName: 'Tech Daily Wire',
      lang: 'en-US',
      // The page's article:published_time and <time datetime> are empty: absent, not ''.
      publishedTime: null,
      excerpt: 'How a young team of PhD graduates built cost-effective models under export controls.',
    });
  });

  it('keeps the six sections in order and no page furniture', () => expectSameArticle(article));

  it('drops the inline "- Advertisement -" paragraph that Readability keeps', () => {
    expect(article.root.textContent).toContain('Advertisement');
    expect(article.blocks.some((block) => /advertisement/i.test(block.text))).toBe(false);
  });
});

describe('extractArticle on the same article in another CMS layout', () => {
  const article = extractFile(join(__dirname, 'fixtures/deepseek-entry-content.html'));

  it('reads the metadata from meta tags and JSON-LD', () => {
    expect(article.meta).toEqual({
      title: 'DeepSeek’s Model Rivals OpenAI',
      byline: 'Mei Lin',
      siteName: 'Tech Daily Wire',
      lang: 'en-GB',
      dir: 'ltr',
      publishedTime: '2025-01-28T09:00:00+00:00',
      excerpt: expect.stringMatching(/^According to Liang, when he put together/),
    });
  });

  it('finds the bold-paragraph sections and drops related links, newsletter, share buttons, comments', () =>
    expectSameArticle(article));
});

describe('extractArticle: heading recovery', () => {
  const body = (inner: string) =>
    `<!DOCTYPE html><html><head><title>Trade Policy Explained</title></head><body>
     <nav><h2>Menu</h2><ul><li><a href="/">Home</a></li><li><a href="/a">About</a></li></ul></nav>
     <div class="paddle previous"><a href="/other-story"><h4>Another story you may like</h4></a></div>
     <article><h1>Trade Policy Explained</h1><div class="post-body">${inner}</div></article>
     <aside class="sidebar"><h3>Popular posts</h3><ul><li><a href="/x">Something else entirely</a></li></ul></aside>
     </body></html>`;
  const para = (n: number) =>
    `<p>Paragraph ${n} explains, in considerable detail and with several clauses, how tariffs and export rules interact with supply chains, prices and the plans of firms.</p>`;

  it('puts back section headings Readability drops for their class names', () => {
    const html = body(
      `${para(1)}${para(2)}<h2 class="section-meta">How tariffs work</h2>${para(3)}${para(4)}` +
        `<h2 class="widget-heading-of-post">What changes next</h2>${para(5)}${para(6)}`,
    );
    const outcome = extractArticle(parseHtml(html));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const sections = splitSections(outcome.article.blocks);
    expect(sections.map((section) => section.heading)).toEqual(['', 'How tariffs work', 'What changes next']);
    expect(sections.map((section) => section.paragraphs.length)).toEqual([2, 2, 2]);
  });

  it('adds no title, menu, sidebar or teaser heading and keeps no widget heading', () => {
    const html = body(
      `${para(1)}${para(2)}${para(3)}` +
        '<h4>Latest stories</h4><ul><li><a href="/y">One</a></li></ul>',
    );
    const outcome = extractArticle(parseHtml(html));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.article.blocks.filter((block) => block.kind === 'heading')).toEqual([]);
  });
});

describe('extractArticle: pages that are not articles', () => {
  const links = `<!DOCTYPE html><html><head><title>Links</title></head><body><h1>Useful links</h1><ul>${Array.from(
    { length: 40 },
    (_, i) => `<li><a href="/l${i}">Link number ${i}</a></li>`,
  ).join('')}</ul></body></html>`;
  const search = `<!DOCTYPE html><html><head><title>Search: tariffs</title></head><body><form><input name="q" value="tariffs"></form>${Array.from(
    { length: 10 },
    (_, i) => `<div class="result"><h3><a href="/r${i}">Result ${i} about tariffs</a></h3><span>example.com › r${i}</span><div>A short snippet about tariffs, number ${i}.</div></div>`,
  ).join('')}</body></html>`;
  const appShell =
    '<!DOCTYPE html><html><head><title>App</title><script src="/app.js"></script></head><body><div id="root">Loading…</div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>';

  for (const [name, html, text] of [
    ['a page of links', links, 'Link number 7'],
    ['a search results page', search, 'Result 3 about tariffs'],
    ['an app shell', appShell, 'Loading…'],
  ] as const) {
    it(`says "not-an-article" for ${name}, and extracts its text when forced`, () => {
      const outcome = extractArticle(parseHtml(html));
      expect(outcome).toMatchObject({ ok: false, reason: 'not-an-article' });
      if (!outcome.ok) expect(outcome.message).toMatch(/article/);

      const forced = extractArticle(parseHtml(html), { force: true });
      expect(forced.ok).toBe(true);
      if (!forced.ok) return;
      expect(articleText(forced.article.blocks)).toContain(text);
      expect(forced.article.readerable).toBe(false);
    });
  }

  it('says "empty" for a page with no text, forced or not', () => {
    for (const html of ['', '<!DOCTYPE html><html><head><title></title></head><body>  <div> </div><img src="a.png"></body></html>']) {
      expect(extractArticle(parseHtml(html))).toMatchObject({ ok: false, reason: 'empty' });
      expect(extractArticle(parseHtml(html), { force: true })).toMatchObject({ ok: false, reason: 'empty' });
    }
  });
});

describe('extractArticle on malformed HTML', () => {
  it('reads an article with unclosed tags and stray end tags', () => {
    const sentence = 'This sentence, which has commas, is long enough to count as real article text for the scorer';
    const html =
      '<html><head><title>Broken page</title><body></div></div><div class="content"><h2>Start here' +
      `<p>${sentence} one.<p>${sentence} two.</span></div></div><p>${sentence} three.<div><p>${sentence} four.` +
      `<b>unclosed bold <i>and italic</p><p>${sentence} five.</table></body>`;
    const outcome = extractArticle(parseHtml(html), { force: true });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const text = articleText(outcome.article.blocks);
    for (const n of ['one', 'two', 'three', 'four', 'five']) expect(text).toContain(`${sentence} ${n}.`);
  });
});
