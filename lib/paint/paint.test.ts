// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anchorQuote, buildTextIndex, textSpanToRange } from '../anchoring/index.ts';
import { describe as describeSelectors } from '../anchoring/index.ts';
import { flash, marksOf, paintHighlight, placeHighlights, recolor, unpaint } from './index.ts';

/**
 * Puts the markup into the test's global document (happy-dom's ranges misbehave on documents made
 * by DOMParser) and returns it.
 */
function load(body: string): Document {
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
  document.head.replaceChildren();
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return document;
}

function rangeOf(doc: Document, text: string): Range {
  const index = buildTextIndex(doc.body);
  const at = index.text.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not on the page`);
  return textSpanToRange(index, at, at + text.length);
}

describe('paintHighlight', () => {
  it('wraps only the text of the range, across inline and block elements', () => {
    const doc = load('<p>Alpha <b>beta</b> gamma</p>\n<p>delta epsilon</p>');
    const marks = paintHighlight(rangeOf(doc, 'pha beta gamma delta'), 'h1', 'green');
    expect(marks.map((m) => m.textContent)).toEqual(['pha ', 'beta', ' gamma', 'delta']);
    expect(marks.every((m) => m.getAttribute('data-precis-highlight') === 'h1')).toBe(true);
    expect(marks.every((m) => m.getAttribute('data-precis-color') === 'green')).toBe(true);
    expect(marks.every((m) => m.parentElement?.tagName !== 'BODY')).toBe(true);
    expect(doc.body.textContent).toBe('Alpha beta gamma\ndelta epsilon');
  });

  it('keeps tables and lists valid: no mark between rows, cells or items', () => {
    const doc = load('<table><tbody><tr><td>one</td>\n <td>two</td></tr>\n<tr><td>three</td></tr></tbody></table><ul>\n<li>four</li>\n<li>five</li></ul>');
    const marks = paintHighlight(rangeOf(doc, 'one two three four five'), 'h2', 'blue');
    expect(marks.map((m) => m.textContent)).toEqual(['one', 'two', 'three', 'four', 'five']);
    expect(marks.map((m) => m.parentElement?.tagName)).toEqual(['TD', 'TD', 'TD', 'LI', 'LI']);
  });

  it('leaves script, style and our own UI alone', () => {
    const doc = load('<p>before</p><script>var a = 1;</script><div data-precis-ui>panel</div><p>after</p>');
    const range = doc.createRange();
    range.setStart(doc.body, 0);
    range.setEnd(doc.body, doc.body.childNodes.length);
    expect(paintHighlight(range, 'h3', 'pink').map((m) => m.textContent)).toEqual(['before', 'after']);
  });

  it('injects one stylesheet that page CSS cannot override', () => {
    const doc = load('<p>one</p><p>two</p>');
    paintHighlight(rangeOf(doc, 'one'), 'a', 'yellow');
    paintHighlight(rangeOf(doc, 'two'), 'b', 'purple');
    const styles = doc.querySelectorAll('style[data-precis-style]');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toContain('[data-precis-color="purple"]');
    expect(styles[0]!.textContent).toMatch(/display: inline !important/);
  });

  it('unpaint restores the original markup and recolor changes every mark', () => {
    const doc = load('<p>Alpha <b>beta</b> gamma</p><p>delta</p>');
    const before = doc.body.outerHTML;
    paintHighlight(rangeOf(doc, 'beta gamma delta'), 'x"y', 'yellow');
    recolor('x"y', 'pink', doc);
    expect(marksOf('x"y', doc).map((m) => m.getAttribute('data-precis-color'))).toEqual(['pink', 'pink', 'pink']);
    unpaint('x"y', doc);
    expect(doc.querySelectorAll('mark')).toHaveLength(0);
    expect(doc.body.outerHTML).toBe(before);
  });

  it('paints overlapping highlights when each is anchored just before it is painted', () => {
    const doc = load('<p>The cost was six million dollars.</p><p>Critics doubt the figure.</p>');
    const quotes = ['six million', 'cost was six', 'doubt the figure'];
    quotes.forEach((exact, i) => {
      const range = anchorQuote(doc.body, { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' });
      paintHighlight(range!, `h${i}`, 'yellow');
    });
    expect(quotes.map((_, i) => marksOf(`h${i}`, doc).map((m) => m.textContent).join(''))).toEqual(quotes);
  });
});

describe('placeHighlights', () => {
  it('paints overlapping highlights, reports orphans, and can run again without double marks', () => {
    const doc = load('<p>The cost was <i>six million</i> dollars.</p><p>Critics doubt the figure.</p>');
    const saved = (id: string, text: string) => ({ id, color: 'green' as const, selectors: describeSelectors(doc.body, rangeOf(doc, text)) });
    const highlights = [
      saved('a', 'cost was six'),
      saved('b', 'six million dollars. Critics'),
      saved('c', 'the figure'),
      { id: 'gone', color: 'blue' as const, selectors: [{ type: 'TextQuoteSelector' as const, exact: 'not on this page at all', prefix: '', suffix: '' }] },
    ];
    const text = doc.body.textContent;
    for (let run = 0; run < 2; run++) {
      const placement = placeHighlights(doc.body, highlights);
      expect(placement.placed.map((p) => p.id)).toEqual(['a', 'b', 'c']);
      expect(placement.orphans).toEqual(['gone']);
      const painted = (id: string) => marksOf(id, doc).map((m) => m.textContent).join('|');
      expect([painted('a'), painted('b'), painted('c')]).toEqual(['cost was |six', 'six million| dollars.|Critics', 'the figure']);
      expect(doc.body.textContent).toBe(text);
    }
  });
});

describe('flash', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('adds a temporary mark when the browser has no CSS highlights, and removes it', () => {
    vi.stubGlobal('CSS', {});
    const doc = load('<p>Jump here please.</p>');
    flash(rangeOf(doc, 'here'));
    expect(doc.querySelector('mark[data-precis-flash]')?.textContent).toBe('here');
    vi.advanceTimersByTime(1500);
    expect(doc.querySelector('mark')).toBeNull();
    expect(doc.body.textContent).toBe('Jump here please.');
  });

  it('uses the CSS Custom Highlight API when it exists', () => {
    const registry = new Map<string, unknown>();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', class { constructor(readonly range: Range) {} });
    const doc = load('<p>Jump here please.</p>');
    flash(rangeOf(doc, 'here'));
    expect(registry.has('precis-flash')).toBe(true);
    expect(doc.querySelector('mark')).toBeNull();
    vi.advanceTimersByTime(1500);
    expect(registry.has('precis-flash')).toBe(false);
  });
});
