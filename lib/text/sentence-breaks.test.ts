import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, CORPUS_MISSING } from '../../tests/support/dom.ts';
import { sentenceEnds } from './sentence-breaks.ts';

/** What the rules must agree with: ICU's sentence segmentation, as Node ships it. */
const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuEnds = (text: string) => [...icu.segment(text)].map((s) => s.index + s.segment.length);
const pieces = (text: string) => {
  let start = 0;
  return sentenceEnds(text).map((end) => text.slice(start, (start = end)));
};

describe('sentenceEnds', () => {
  it.each([
    ['Hello there. This is it.', ['Hello there. ', 'This is it.']],
    ['It costs 3.14 dollars. Cheap.', ['It costs 3.14 dollars. ', 'Cheap.']],
    ['The U.S. Army. And more.', ['The U.S. ', 'Army. ', 'And more.']],
    ['See e.g. the appendix.', ['See e.g. the appendix.']],
    ['Wait...what? Yes! No.', ['Wait...what? ', 'Yes! ', 'No.']],
    ['He said so.” Then he left.', ['He said so.” ', 'Then he left.']],
    ['It is plasma.[81] The cause is unknown.', ['It is plasma.[', '81] The cause is unknown.']],
    ['会いました。次です。', ['会いました。', '次です。']],
    ['One, two; three: four.', ['One, two; three: four.']],
    ['Line one\nLine two', ['Line one\n', 'Line two']],
    ['', []],
  ])('splits %j as ICU does', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
    expect(sentenceEnds(text)).toEqual(icuEnds(text));
  });

  it('agrees with ICU on random strings of the characters the rules are about', () => {
    // Letters of each case and none, digits, every kind of terminator, closing marks, spaces, separators,
    // continuation marks, combining and format characters, and code points outside the BMP.
    const alphabet = [
      'a', 'b', 'A', 'B', 'é', 'É', 'ª', '中', 'ก', '한', '𝐚', '𝐀', '😀', '\ud835', '1', '2', '٫',
      '.', '.', '!', '?', '…', '。', '！', '؟', '।', '։', '｡', '．', '\u2024',
      '"', "'", '”', '(', ')', '[', ' ', ' ', '\u00a0', '\r', '\n', '\u2029',
      ',', ';', ':', '-', '–', ';', '\u0301', '\u00ad', '\u200d',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const disagreements: string[] = [];
    for (let run = 0; run < 20_000; run++) {
      let text = '';
      for (let length = 1 + Math.floor(random() * 14); length > 0; length--) text += alphabet[Math.floor(random() * alphabet.length)];
      if (JSON.stringify(sentenceEnds(text)) !== JSON.stringify(icuEnds(text))) disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
  });

  it.skipIf(!corpusDir)('agrees with ICU on every line of the BBC articles', () => {
    const dir = join(corpusDir!, 'bbc-dev');
    const lines = readdirSync(dir).flatMap((article) => readFileSync(join(dir, article, 'article.txt'), 'utf8').split('\n'));
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines.filter((line) => JSON.stringify(sentenceEnds(line)) !== JSON.stringify(icuEnds(line)))).toEqual([]);
  });
  if (!corpusDir) console.warn(`sentence-break agreement on the BBC articles ${CORPUS_MISSING}`);
});
