import { describe, expect, it } from 'vitest';
import { approximateMatches, bestMatchInWindow } from './fuzzy.ts';
import { selectorsForQuote } from './index.ts';
import { parseHtml } from '../../tests/support/dom.ts';

describe('approximate matching', () => {
  it('finds the span with the fewest edits and where it starts', () => {
    const text = 'xxxxthe quick brown fox jumps over the lazy dogyyyy';
    expect(bestMatchInWindow(text, 'the quick brown cat jumps', 0, text.length)).toEqual({ start: 4, end: 29, errors: 3 });
    expect(bestMatchInWindow(text, 'quickbrown', 0, text.length)).toMatchObject({ errors: 1 });
  });

  it('only reports matches within the error budget', () => {
    const text = 'a'.repeat(500) + 'the quick brown fox' + 'b'.repeat(500);
    expect(approximateMatches(text, 'the quick brawn fox', 2).matches).toEqual([{ start: 500, end: 519, errors: 1 }]);
    expect(approximateMatches(text, 'completely different', 2).matches).toEqual([]);
  });

  it('gives up on text that repeats too often to check every copy', () => {
    const text = 'lorem ipsum dolor sit amet '.repeat(40);
    expect(approximateMatches(text, 'lorem ipsum dolor sat amet', 3).unexamined).toBeGreaterThan(0);
  });
});

describe('selectorsForQuote', () => {
  it('turns a claim quote from the article text into full selectors for the page', () => {
    const body = parseHtml('<!doctype html><html><body><h1>Title</h1>\n  <p>First   paragraph.</p><p>Second <b>one</b> here.</p></body></html>').body;
    const quote = { type: 'TextQuoteSelector' as const, exact: 'paragraph.\n\nSecond one', prefix: 'First ', suffix: ' here.' };
    expect(selectorsForQuote(body, quote)).toEqual([
      { type: 'TextQuoteSelector', exact: 'paragraph. Second one', prefix: 'Title First ', suffix: ' here.' },
      { type: 'TextPositionSelector', start: 12, end: 33 },
      { type: 'RangeSelector', startContainer: '/p[1]', startOffset: 8, endContainer: '/p[2]/b[1]', endOffset: 3 },
    ]);
    expect(selectorsForQuote(body, { ...quote, exact: 'nowhere on the page' })).toBeNull();
  });
});
