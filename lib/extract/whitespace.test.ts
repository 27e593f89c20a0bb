import { describe, expect, it } from 'vitest';
import { collapseRuns, normalizeLines, normalizeSpaces } from './whitespace.ts';

describe('whitespace', () => {
  it.each([
    ['  a \t b\n\nc  ', 'a b c'],
    ['already collapsed', 'already collapsed'],
    ['tab\there', 'tab here'],
    ['no\u00a0break and\u3000ideographic', 'no break and ideographic'],
    ['\u2028line\u2029separators\ufeff', 'line separators'],
    ['', ''],
  ])('normalizeSpaces(%j) is %j', (text, expected) => {
    expect(normalizeSpaces(text)).toBe(expected);
  });

  it('collapses every whitespace run to one space, as replacing /\\s+/g with a space does', () => {
    const spaces = [' ', '\t', '\n', '\r', '\u000b', '\u000c', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    const pieces = [...spaces, 'a', '\u200b', 'b'];
    for (const first of pieces) {
      for (const second of pieces) {
        for (const third of pieces) {
          const text = `x${first}${second}${third}y${second}`;
          expect(collapseRuns(text)).toBe(text.replace(/\s+/g, ' '));
        }
      }
    }
  });

  it('keeps line breaks in normalizeLines', () => {
    expect(normalizeLines(' one  two \n\n three ')).toBe('one two\nthree');
  });
});
