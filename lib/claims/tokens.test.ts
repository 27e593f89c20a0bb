import { describe, expect, it } from 'vitest';
import { stem, terms, words } from '../text/words.ts';
import { wordShape } from './features.ts';
import { type ArticleTokens, tokeniseAll, wordCountOf } from './tokens.ts';

const sentences = [
  'The models were trained in 2023 on 10 chips, DeepSeek’s report says.',
  'Mixture-of-Experts models, e.g. GPT-4, use 3.5× fewer FLOPs.',
  'İstanbul’s ΟΔΟΣ and Σ-notation',
  '',
  'The model’s chips are trained.',
  // The Kelvin sign lowercases to an ASCII "k": words and their shape must not change.
  'A \u212Aelvin sign, x\u212A9 and 4\u212A in a \u212A-12 list.',
];

/** The stems of sentence i's words, read back from the ids. */
function stemsOf(tokens: ArticleTokens, i: number): string[] {
  return Array.from(tokens.stemIds.subarray(tokens.wordStart[i], tokens.wordStart[i + 1]), (id) => tokens.stems[id]!);
}

function termsOf(tokens: ArticleTokens, i: number): string[] {
  return stemsOf(tokens, i).filter((_, k) => tokens.isTerm[tokens.wordStart[i]! + k] === 1);
}

describe('tokeniseAll', () => {
  const tokens = tokeniseAll(sentences);

  it.each(sentences.map((sentence, i) => [sentence, i] as const))('agrees with words, stem and terms: %s', (sentence, i) => {
    expect(wordCountOf(tokens, i)).toBe(words(sentence).length);
    expect(stemsOf(tokens, i)).toEqual(words(sentence).map(stem));
    expect(termsOf(tokens, i)).toEqual(terms(sentence));
    expect({ words: tokens.writtenWords[i], specificity: tokens.specificity[i] }).toEqual(wordShape(sentence));
  });

  it('gives each stem one id, in order of first use', () => {
    expect(tokens.sentences).toBe(sentences.length);
    expect(new Set(tokens.stems).size).toBe(tokens.stems.length);
    tokens.stems.forEach((stemmed, id) => expect(tokens.stemIndex.get(stemmed)).toBe(id));
    expect(tokens.stems.slice(0, 3)).toEqual(['the', 'model', 'were']);
  });

  it('grows past its first guess of the word count', () => {
    const many = tokeniseAll(['a b c d e f g h i j k l m n o p q r s t u v w x y z']);
    expect(wordCountOf(many, 0)).toBe(26);
  });
});
