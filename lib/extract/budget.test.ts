/**
 * Huge and hostile pages: extraction must still answer (with the linear fallback) instead of
 * running Readability for minutes. These tests assert the outcome; speed lives in the benchmark.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tests/support/dom.ts';
import { DEFAULT_MAX_ELEMS, MAX_DEPTH, MAX_TEXT_CHARS } from './budget.ts';
import { measurePage } from './page-survey.ts';
import { extractArticle } from './extract.ts';
import { articleText } from './text.ts';

const sentence = (i: number) =>
  `Sentence ${i} of the report says, with some detail, that the numbers changed again this quarter.`;
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><title>Huge page</title></head><body>${body}</body></html>`;

function extractForced(html: string) {
  const outcome = extractArticle(parseHtml(html), { force: true });
  if (!outcome.ok) throw new Error(`expected an article, got ${outcome.reason}: ${outcome.message}`);
  return { ...outcome.article, text: articleText(outcome.article.blocks) };
}

describe('measurePage', () => {
  it('counts elements and nesting depth', () => {
    const doc = parseHtml(page('<div><div><p>a</p></div><p>b</p></div>'));
    // html, head, title, body, div, div, p, p
    expect(measurePage(doc)).toEqual({ elements: 8, maxDepth: 5, stopped: false });
  });

  it('stops counting at the limit it is given', () => {
    const doc = parseHtml(page('<p>x</p>'.repeat(100)));
    expect(measurePage(doc, 50)).toMatchObject({ stopped: true });
  });
});

describe('extractArticle on huge pages', () => {
  it('reads a flat page of 50,000 elements with the fallback', () => {
    const body = Array.from({ length: 25_000 }, (_, i) => `<div class="row"><span>${sentence(i)}</span></div>`).join('');
    const article = extractForced(page(body));
    expect(article.fallback).toBe(true);
    expect(article.blocks[0]).toEqual({ kind: 'paragraph', text: sentence(0) });
    expect(article.blocks[1]).toEqual({ kind: 'paragraph', text: sentence(1) });
    // 2.4 MB of text: cut to the text budget.
    expect(article.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS + article.blocks.length * 2);
  });

  it('reads a page nested 2,000 levels deep with the fallback', () => {
    const depth = 2_000;
    const body = `${'<div>'.repeat(depth)}<p>${sentence(1)}</p><p>${sentence(2)}</p>${'</div>'.repeat(depth)}`;
    const article = extractForced(page(body));
    expect(article.fallback).toBe(true);
    expect(article.text).toBe(`${sentence(1)}\n\n${sentence(2)}`);
  });

  it('uses Readability just under the depth limit', () => {
    const depth = MAX_DEPTH - 10;
    const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>${sentence(i)} ${sentence(i + 100)}</p>`).join('');
    const article = extractForced(page(`${'<div>'.repeat(depth)}${paragraphs}${'</div>'.repeat(depth)}`));
    expect(article.fallback).toBe(false);
    expect(article.text).toContain(sentence(7));
  });

  it('cuts 5 MB of text to the text budget and says so', () => {
    const paragraph = `<p>${sentence(0).repeat(500)}</p>`;
    const body = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const article = extractForced(page(body));
    expect(article.fallback).toBe(true);
    expect(article.text.length).toBeGreaterThan(MAX_TEXT_CHARS * 0.9);
    expect(article.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS + article.blocks.length * 2);
    expect(article.text.startsWith('Sentence 0 of the report')).toBe(true);
  });

  it('reads 20,000 paragraphs (over the element budget) with the fallback, in order', () => {
    const count = 20_000;
    expect(count).toBeGreaterThan(DEFAULT_MAX_ELEMS);
    // Short paragraphs, so that all of them fit in the text budget.
    const body = `<article>${Array.from({ length: count }, (_, i) => `<p>Point ${i}.</p>`).join('')}</article>`;
    const article = extractForced(page(body));
    expect(article.fallback).toBe(true);
    expect(article.blocks.length).toBe(count);
    expect(article.blocks[0]).toEqual({ kind: 'paragraph', text: 'Point 0.' });
    expect(article.blocks[count - 1]).toEqual({ kind: 'paragraph', text: `Point ${count - 1}.` });
  });

  it('honours a lower maxElems', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `<p>${sentence(i)} ${sentence(i + 1)}</p>`).join('');
    const doc = parseHtml(page(`<article>${paragraphs}</article>`));
    const small = extractArticle(doc, { force: true, maxElems: 10 });
    const normal = extractArticle(doc, { force: true });
    expect(small.ok && small.article.fallback).toBe(true);
    expect(normal.ok && normal.article.fallback).toBe(false);
  });

  it('refuses a page over the total element limit as too-large, with a message', () => {
    const doc = parseHtml(page('<p>Some text.</p>'.repeat(200)));
    const outcome = extractArticle(doc, { force: true, maxTotalElems: 100 });
    expect(outcome).toMatchObject({ ok: false, reason: 'too-large' });
    if (!outcome.ok) expect(outcome.message).toContain('more than 100 elements');
  });
});
