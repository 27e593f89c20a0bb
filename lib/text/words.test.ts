import { describe, expect, it } from 'vitest';
import {
  isStopWord,
  isTermWord,
  lowercaseWords,
  stem,
  terms,
  wordForms,
  words,
  wordsAsWritten,
  wordsWithOffsets,
} from './words.ts';

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

  // The word scanner stands for this pattern; these cases sit on its edges.
  const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
  it.each([
    "rock'n'roll -dash- trailing. 'quoted' end-",
    'a..b a.-b 3.5.6 x’ ’y ½ ²³ Ⅻ٤٢',
    '𝐀𝐁 math 𝟙 and \ud835 lone \udc00 surrogates',
    'naïve café\u0301 日本語の文 ǅemal',
    '',
  ])('matches the word pattern: %s', (text) => {
    expect(wordsAsWritten(text)).toEqual(text.match(WORD) ?? []);
    expect(words(text)).toEqual(text.toLowerCase().match(WORD) ?? []);
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

describe('tokens as written and lowercased', () => {
  it.each([
    "DeepSeek's Mixture-of-Experts uses 3.5 GB — don't panic!",
    'Привет, МИР! Ünïcödé FAÇADE',
    // "İ" lowercases to two characters and "Σ" by context: the lowercased text is matched again.
    'İSTANBUL and İzmir',
    'ΟΔΟΣ:ΑΘΗΝΑ ΟΔΟΣ',
  ])('%s', (text) => {
    const asWritten = wordsAsWritten(text);
    expect(asWritten).toEqual(wordsWithOffsets(text).map((w) => w.word));
    expect(lowercaseWords(text, asWritten)).toEqual(words(text));
  });

  it('gives stem, term and stop word from one lookup', () => {
    for (const word of ['the', 'models', 'it’s', '42', '2023', 'don’t', 'ab']) {
      expect(wordForms(word)).toEqual({ stem: stem(word), term: isTermWord(word), stop: isStopWord(word) });
    }
  });

  it('keeps short words and apostrophes right', () => {
    expect(stem('the')).toBe('the');
    expect(stem('it’s')).toBe('it');
    expect(isStopWord('Don’t')).toBe(true);
    expect(isTermWord('42')).toBe(false);
    expect(isTermWord('٤٢')).toBe(false);
    expect(isTermWord('ab')).toBe(true);
  });
});
