import { describe, expect, it } from 'vitest';
import { stem, isTermWord } from '../text/words.ts';
import { SliceIndex, WordTable } from './word-table.ts';

describe('WordTable', () => {
  it('numbers a word once, wherever it is read from', () => {
    const table = new WordTable();
    const text = 'models train models; the model trained';
    const first = table.wordNumber(text, 0, 6);
    expect(table.wordNumber(text, 13, 19)).toBe(first);
    expect(table.wordNumber('models', 0, 6)).toBe(first);
    expect(table.word(first)).toBe('models');
    expect(table.wordNumber(text, 25, 30)).not.toBe(first);
  });

  it('gives what wordForms gives, and one stem number to the words that stem alike', () => {
    const table = new WordTable();
    const models = table.wordNumber('models', 0, 6);
    const model = table.wordNumber('model', 0, 5);
    const the = table.wordNumber('the', 0, 3);
    expect(table.stem(table.stemNumberOf(models))).toBe(stem('models'));
    expect(table.stemNumberOf(models)).toBe(table.stemNumberOf(model));
    expect([table.isTerm(models), table.isTerm(the)]).toEqual([isTermWord('models'), isTermWord('the')]);
    expect([table.isStop(models), table.isStop(the)]).toEqual([false, true]);
  });

  it('keeps every number as it grows', () => {
    const table = new WordTable();
    const words = Array.from({ length: 10_000 }, (_, i) => `w${i.toString(36)}`);
    const numbers = words.map((word) => table.wordNumber(word, 0, word.length));
    expect(words.map((word) => table.wordNumber(word, 0, word.length))).toEqual(numbers);
    expect(new Set(numbers).size).toBe(words.length);
  });
});

describe('SliceIndex', () => {
  it('numbers strings in order of first sight, found by their place in any text', () => {
    const index = new SliceIndex();
    const text = 'The cat saw the Cat';
    expect(index.numberOf(text, 4, 7)).toBe(0);
    expect(index.numberOf(text, 0, 3)).toBe(1);
    expect(index.numberOf(text, 12, 15)).toBe(2);
    expect(index.numberOf('cat', 0, 3)).toBe(0);
    expect(index.numberOf(text, 16, 19)).toBe(3);
    expect(index.size).toBe(4);
    expect([0, 1, 2, 3].map((n) => index.text(n))).toEqual(['cat', 'The', 'the', 'Cat']);
  });
});
