import { describe, expect, it } from 'vitest';
import { sentenceSpans, splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  const cases: [string, string, string[]][] = [
    ['plain', 'It rained. We stayed in.', ['It rained.', 'We stayed in.']],
    ['US acronym mid-sentence', 'The U.S. Army moved. It was late.', ['The U.S. Army moved.', 'It was late.']],
    ['US acronym at the end', 'Sales grew in the U.S. The rest fell.', ['Sales grew in the U.S.', 'The rest fell.']],
    ['titles', 'Dr. Smith met Mr. Jones. They talked.', ['Dr. Smith met Mr. Jones.', 'They talked.']],
    ['e.g. and vs.', 'Fruit, e.g. Apples, sells. Ours vs. Theirs won.', ['Fruit, e.g. Apples, sells.', 'Ours vs. Theirs won.']],
    ['company suffix', 'Apple Inc. Shares rose. Apple Inc. The firm said so.', ['Apple Inc. Shares rose.', 'Apple Inc.', 'The firm said so.']],
    ['initials', 'J. R. R. Tolkien wrote it. George W. Bush read it.', ['J. R. R. Tolkien wrote it.', 'George W. Bush read it.']],
    ['roman numeral end', 'It ended World War I. The peace was short.', ['It ended World War I.', 'The peace was short.']],
    ['decimals and money', 'It rose 3.5% to $8.6bn. Then it fell.', ['It rose 3.5% to $8.6bn.', 'Then it fell.']],
    ['ellipsis before lowercase', 'Wait... and then more. Done.', ['Wait... and then more.', 'Done.']],
    ['ellipsis before a new sentence', 'He paused… Then he left.', ['He paused…', 'Then he left.']],
    ['closing quote stays', 'He said “Stop.” Then left.', ['He said “Stop.”', 'Then left.']],
    ['straight quotes', 'She wrote "Go now." We went.', ['She wrote "Go now."', 'We went.']],
    ['questions and exclamations', 'Is it? Yes! Fine.', ['Is it?', 'Yes!', 'Fine.']],
    ['newline is a hard break', 'A heading\nThe body starts here. It goes on.', ['A heading', 'The body starts here.', 'It goes on.']],
    ['one sentence with closing marks', 'She asked: “Is it over?!”', ['She asked: “Is it over?!”']],
    ['one sentence, no terminator', '  Lead without a full stop  ', ['Lead without a full stop']],
    ['full-width stops', '今日は晴れ。明日は雨。', ['今日は晴れ。', '明日は雨。']],
    ['blank lines dropped', '\n\n  First.  \n\n\nSecond.\n', ['First.', 'Second.']],
    ['empty', '   ', []],
    ['long word before the dot', 'They met the Governor. Then they left.', ['They met the Governor.', 'Then they left.']],
    ['initial outside ASCII', 'Ö. Yilmaz wrote it. Then he left.', ['Ö. Yilmaz wrote it.', 'Then he left.']],
    ['closing run outside ASCII', 'Nothing ends here yet»)', ['Nothing ends here yet»)']],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });

  it('splits other languages by the same rules', () => {
    expect(splitSentences('Hallo Welt. Wie geht es?')).toEqual(['Hallo Welt.', 'Wie geht es?']);
    expect(splitSentences('今日は晴れです。明日は雨です。')).toEqual(['今日は晴れです。', '明日は雨です。']);
  });

  it('returns offsets that slice back to the sentences', () => {
    const text = '  Dr. Who came.\n\nHe left. ';
    const spans = sentenceSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Dr. Who came.', 'He left.']);
  });

  it('splits a long line of many sentences exactly', () => {
    // One line of ~60 kB, sentences of varying length.
    const sentences = Array.from({ length: 1500 }, (_, i) => `Sentence number ${i} has ${'word '.repeat(i % 13)}an end.`);
    expect(splitSentences(sentences.join(' '))).toEqual(sentences);
  });

  it('keeps a single over-long sentence whole enough to cover all its text', () => {
    const long = 'word '.repeat(3000).trim() + '.';
    expect(splitSentences(long).join(' ')).toBe(long);
  });
});
