import { describe, expect, it } from 'vitest';
import { isStopWord, stem, terms, words, wordsWithOffsets } from './words.ts';

describe('words', () => {
  it('lowercases and keeps inner apostrophes, hyphens and decimals', () => {
    expect(words("DeepSeek's Mixture-of-Experts uses 3.5 GB — don't panic!")).toEqual([
      "deepseek's",
      'mixture-of-experts',
      'uses',
      '3.5',
      'gb',
      "don't",
      'panic',
    ]);
  });

  it('handles non-Latin scripts', () => {
    expect(words('Привет, мир! Ünïcödé façade')).toEqual(['привет', 'мир', 'ünïcödé', 'façade']);
  });

  it('gives offsets that slice back to the original word', () => {
    const text = 'Hello, World';
    expect(wordsWithOffsets(text).map((w) => text.slice(w.start, w.end))).toEqual(['Hello', 'World']);
  });
});

describe('stem and terms', () => {
  it.each([
    ['controls', 'control'],
    ['models', 'model'],
    ['companies', 'company'],
    ['training', 'train'],
    ['trained', 'train'],
    ['stopped', 'stop'],
    ['boxes', 'box'],
    ['analysis', 'analysis'],
    ['china’s', 'china'],
    ['gas', 'gas'],
  ])('%s -> %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('drops stop words and short bare numbers', () => {
    expect(isStopWord('The')).toBe(true);
    expect(terms('The models were trained in 2023 on 10 chips')).toEqual(['model', 'train', '2023', 'chip']);
  });
});
