import { describe, expect, it } from 'vitest';
import { stem, terms, words } from '../text/words.ts';
import { wordShape } from './features.ts';
import { tokenise } from './tokens.ts';

describe('tokenise', () => {
  it.each([
    'The models were trained in 2023 on 10 chips, DeepSeek’s report says.',
    'Mixture-of-Experts models, e.g. GPT-4, use 3.5× fewer FLOPs.',
    'İstanbul’s ΟΔΟΣ and Σ-notation',
    '',
  ])('agrees with words, stem and terms: %s', (sentence) => {
    const tokens = tokenise(sentence);
    expect(tokens.wordCount).toBe(words(sentence).length);
    expect(tokens.stems).toEqual(words(sentence).map(stem));
    expect(tokens.terms).toEqual(terms(sentence));
    expect(tokens.shape).toEqual(wordShape(sentence));
  });
});
