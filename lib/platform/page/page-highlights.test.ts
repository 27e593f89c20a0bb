// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlight, type Highlight } from '../../highlights/index.ts';
import { describeQuote, describeSelection, revealHighlight, showHighlights } from './page-highlights.ts';

afterEach(() => {
  document.body.replaceChildren();
  document.getSelection()?.removeAllRanges();
  vi.restoreAllMocks();
});

const SENTENCES = [
  'DeepSeek hires young PhD graduates from top universities.',
  'US export controls forced the team to optimise its model architecture.',
];

function page(): HTMLParagraphElement[] {
  const article = document.createElement('article');
  const paragraphs = SENTENCES.map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  });
  article.append(...paragraphs);
  document.body.append(article);
  return paragraphs;
}

function select(node: Node, start: number, end: number): void {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

function highlightOf(exact: string, id: string, color: Highlight['color'] = 'yellow'): Highlight {
  return createHighlight({
    id,
    url: 'https://news.example/story',
    title: 'Story',
    color,
    selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
  });
}

const painted = (id: string) =>
  [...document.querySelectorAll('mark[data-precis-highlight]')].filter((m) => m.getAttribute('data-precis-highlight') === id);

describe('describing passages', () => {
  it('describes the selection with quote, position and range selectors', () => {
    const [first] = page();
    select(first!.firstChild!, 15, 34);
    const result = describeSelection(document);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.selectors.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector', 'RangeSelector']);
    expect(result.value.selectors[0]).toMatchObject({ exact: 'young PhD graduates', prefix: 'DeepSeek hires ' });
  });

  it('says so when nothing is selected', () => {
    page();
    expect(describeSelection(document)).toMatchObject({ ok: false, error: { code: 'no-selection' } });
  });

  it('finds a claim by its quote despite different whitespace, and refuses one no longer on the page', () => {
    page();
    const found = describeQuote(document, { type: 'TextQuoteSelector', exact: 'US export  controls forced the team\nto optimise its model architecture.', prefix: '', suffix: '' });
    expect(found.ok && found.value.selectors[0]).toMatchObject({ exact: SENTENCES[1] });
    const gone = describeQuote(document, { type: 'TextQuoteSelector', exact: 'A sentence the editors removed entirely from the story.', prefix: '', suffix: '' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('showHighlights', () => {
  it('paints what it finds, reports orphans without painting them, and never duplicates marks', () => {
    page();
    const kept = highlightOf('young PhD graduates', 'a');
    const orphan = highlightOf('a passage that is not on this page at all', 'b');
    expect(showHighlights(document, [kept, orphan], true)).toEqual({ painted: ['a'], orphans: ['b'] });
    expect(painted('a').map((m) => m.textContent).join('')).toBe('young PhD graduates');
    expect(painted('b')).toHaveLength(0);
    expect(showHighlights(document, [kept, orphan], true)).toEqual({ painted: ['a'], orphans: ['b'] });
    expect(painted('a')).toHaveLength(1);
  });

  it('recolours painted highlights and, with replaceAll, removes those no longer stored', () => {
    const [first] = page();
    showHighlights(document, [highlightOf('young PhD', 'a'), highlightOf('export controls', 'b')], true);
    showHighlights(document, [highlightOf('young PhD', 'a', 'green')], true);
    expect(painted('a')[0]!.getAttribute('data-precis-color')).toBe('green');
    expect(painted('b')).toHaveLength(0);
    // Unpainting restores the text exactly.
    expect(document.body.textContent).toContain(SENTENCES[1]);
    expect(first!.textContent).toBe(SENTENCES[0]);
  });

  it('adds without removing others when replaceAll is off', () => {
    page();
    showHighlights(document, [highlightOf('young PhD', 'a')], true);
    showHighlights(document, [highlightOf('export controls', 'b')], false);
    expect(painted('a')).toHaveLength(1);
    expect(painted('b')).toHaveLength(1);
  });
});

describe('revealHighlight', () => {
  it('scrolls to the painted marks, and says so when the text is gone', () => {
    page();
    const h = highlightOf('export controls', 'a');
    showHighlights(document, [h], true);
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    expect(revealHighlight(document, 'a', h.selectors)).toEqual({ ok: true, value: null });
    expect(scrolled).toHaveLength(1);
    const missing = highlightOf('nothing like this is on the page', 'z');
    expect(revealHighlight(document, 'z', missing.selectors)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
