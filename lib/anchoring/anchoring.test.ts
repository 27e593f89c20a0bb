import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe as suite, expect, it } from 'vitest';
import { fixturesDir, parseHtml } from '../../tests/support/dom.ts';
import { anchor, anchorQuote, buildTextIndex, collapseWhitespace, createRange, describe, type Selector } from './index.ts';
import { textSpanToRange } from './anchor.ts';

function page(body: string): Element {
  return parseHtml(`<!doctype html><html><body>${body}</body></html>`).body;
}

/** A range over the first occurrence of `text` in the root's normalised text. */
function rangeOf(root: Element, text: string, occurrence = 0): Range {
  const index = buildTextIndex(root);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = index.text.indexOf(text, at + 1);
  if (at < 0) throw new Error(`"${text}" is not on the page`);
  return textSpanToRange(index, at, at + text.length);
}

function textOf(range: Range): string {
  return collapseWhitespace(range.toString());
}

suite('text index', () => {
  it('collapses whitespace, separates blocks and skips script, style and our own UI', () => {
    const root = page(
      '<p>One\n   two</p><p>three</p><script>var x = "no";</script><style>p{}</style>' +
        '<div data-precis-ui><p>panel</p></div><p>f<b>ou</b>r&shy;teen<br>five</p>',
    );
    expect(buildTextIndex(root).text).toBe('One two three fourteen five');
  });
});

suite('describe', () => {
  it('gives a quote with context, a text position and a range path', () => {
    const root = page('<p>Alpha beta gamma.</p>\n  <p>Delta <em>epsilon</em> zeta.</p>');
    const selectors = describe(root, rangeOf(root, 'gamma. Delta epsilon'));
    expect(selectors).toEqual([
      { type: 'TextQuoteSelector', exact: 'gamma. Delta epsilon', prefix: 'Alpha beta ', suffix: ' zeta.' },
      { type: 'TextPositionSelector', start: 11, end: 31 },
      { type: 'RangeSelector', startContainer: '/p[1]', startOffset: 11, endContainer: '/p[2]/em[1]', endOffset: 7 },
    ]);
  });

  it('trims whitespace at the ends of the range and returns nothing for an empty range', () => {
    const root = page('<p>Alpha beta</p>\n\n<p>gamma</p>');
    const p1 = root.querySelector('p')!.firstChild!;
    const p2 = root.querySelectorAll('p')[1]!.firstChild!;
    const whole = createRange(p1, 5, p2, 5);
    expect(describe(root, whole)[0]).toMatchObject({ exact: 'beta gamma' });
    expect(describe(root, createRange(p1, 5, p1, 6))).toEqual([]);
  });
});

suite('anchor', () => {
  const original = '<h2>Costs</h2><p>The model cost six million dollars to train.</p><p>Critics doubt the figure.</p>';

  it('finds an unchanged page by its range path', () => {
    const root = page(original);
    const selectors = describe(root, rangeOf(root, 'six million dollars'));
    const result = anchor(root, selectors);
    expect(result.ok && result.method).toBe('range');
    expect(result.ok && textOf(result.range)).toBe('six million dollars');
  });

  it('falls back to the text position when the markup changed but the text did not', () => {
    const before = page(original);
    const selectors = describe(before, rangeOf(before, 'six million dollars'));
    const after = page('<div><h2>Costs</h2><section><p>The model cost <b>six</b> million dollars to train.</p></section><p>Critics doubt the figure.</p></div>');
    const result = anchor(after, selectors);
    expect(result.ok && result.method).toBe('position');
    expect(result.ok && textOf(result.range)).toBe('six million dollars');
  });

  it('falls back to the quote when text was inserted before it', () => {
    const before = page(original);
    const selectors = describe(before, rangeOf(before, 'six million dollars'));
    const after = page('<p>Update: a new paragraph.</p>' + original);
    const result = anchor(after, selectors);
    expect(result.ok && result.method).toBe('quote');
    expect(result.ok && textOf(result.range)).toBe('six million dollars');
  });

  it('uses prefix and suffix to choose between repeated quotes', () => {
    const root = page('<p>In 2023 the price fell.</p><p>Later the price fell again in 2024.</p>');
    const second = describe(root, rangeOf(root, 'the price fell', 1));
    const edited = page('<p>Intro.</p><p>In 2023 the price fell.</p><p>Later the price fell again in 2024.</p>');
    const result = anchor(edited, second);
    expect(result.ok && result.method).toBe('quote');
    if (!result.ok) return;
    const index = buildTextIndex(edited);
    expect(index.text.indexOf('Later the price fell')).toBeGreaterThan(0);
    expect(describe(edited, result.range)[0]).toMatchObject({ prefix: expect.stringContaining('Later') });
  });

  it('matches approximately when words inside the quote changed', () => {
    const root = page(original);
    const selectors = describe(root, rangeOf(root, 'The model cost six million dollars to train.'));
    const edited = page('<h2>Costs</h2><p>The model cost 6 million dollars to train.</p><p>Critics doubt the figure.</p>');
    const result = anchor(edited, selectors);
    expect(result.ok && result.method).toBe('fuzzy');
    expect(result.ok && textOf(result.range)).toBe('The model cost 6 million dollars to train.');
  });

  it('orphans a quote whose text is gone instead of placing it somewhere similar', () => {
    const root = page(original);
    const selectors = describe(root, rangeOf(root, 'The model cost six million dollars to train.'));
    const edited = page('<h2>Costs</h2><p>The training bill is disputed by analysts.</p><p>Critics doubt the figure.</p>');
    expect(anchor(edited, selectors)).toEqual({ ok: false });
  });

  it('orphans a short quote that only occurs in an unrelated place', () => {
    const selectors: Selector[] = [{ type: 'TextQuoteSelector', exact: 'the figure', prefix: 'Analysts say that ', suffix: ' is too low' }];
    expect(anchor(page(original), selectors)).toEqual({ ok: false });
  });

  it('never accepts a range or position whose text no longer equals the quote', () => {
    const root = page(original);
    const selectors = describe(root, rangeOf(root, 'Critics doubt'));
    const edited = page(original.replace('Critics doubt', 'Critics accept'));
    expect(anchor(edited, selectors).ok).toBe(false);
  });
});

suite('anchorQuote with Readability text', () => {
  it('finds every paragraph of the extracted article on the original page', () => {
    const html = readFileSync(resolve(fixturesDir, 'deepseek-article.html'), 'utf8');
    const doc = parseHtml(html, 'https://example.com/deepseek');
    const article = new Readability(doc.cloneNode(true) as Document).parse();
    // The article text the way the engine builds it: block texts, whitespace collapsed.
    const content = parseHtml(`<!doctype html><html><body>${article?.content ?? ''}</body></html>`).body;
    const paragraphs = [...content.querySelectorAll('p, li, h2, h3')]
      .map((el) => collapseWhitespace(el.textContent ?? ''))
      .filter((p) => p.split(' ').length >= 6);
    expect(paragraphs.length).toBeGreaterThan(5);
    const index = buildTextIndex(doc.body);
    for (const [i, paragraph] of paragraphs.entries()) {
      const quote = {
        type: 'TextQuoteSelector' as const,
        exact: paragraph,
        prefix: paragraphs[i - 1]?.slice(-32) ?? '',
        suffix: paragraphs[i + 1]?.slice(0, 32) ?? '',
      };
      const range = anchorQuote(doc.body, quote, { index });
      expect(range && textOf(range)).toBe(paragraph);
    }
  });
});
