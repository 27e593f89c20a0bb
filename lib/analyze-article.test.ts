import { describe, expect, it } from 'vitest';
import { countWords } from './analyze-article.ts';

describe('countWords', () => {
  const bySplit = (text: string) => text.split(/\s+/u).filter(Boolean).length;

  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['one', 1],
    ['  leading and trailing  ', 3],
    ['tab\tand\nnew line\r\nand form\ffeed\vvertical', 8],
    ['no\u00a0break\u3000ideographic\u2009thin\u202fnarrow\u2028line\u2029para\ufeffbom\u1680ogham\u205fmath', 10],
    ['zero\u200bwidth space is no white space', 6],
    ['DeepSeek’s 2.8 million H800 GPU hours — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 too', 10],
  ])('counts the runs between white space in %j as the split does', (text, expected) => {
    expect(countWords(text)).toBe(expected);
    expect(countWords(text)).toBe(bySplit(text));
  });
});
