import { describe, expect, it } from 'vitest';
import { rougeN, rougeTokens } from './rouge.ts';

describe('rougeN', () => {
  // Worked by hand:
  //   candidate "the cat sat on the mat"      -> 6 unigrams, bigrams: the cat | cat sat | sat on | on the | the mat
  //   reference "the cat is on the mat today" -> 7 unigrams, bigrams: the cat | cat is | is on | on the | the mat | mat today
  //   ROUGE-1 overlap: the×2, cat, on, mat = 5 -> R 5/7, P 5/6, F1 = 2·(5/7)(5/6)/((5/7)+(5/6)) = 10/13
  //   ROUGE-2 overlap: the cat, on the, the mat = 3 -> R 3/6, P 3/5, F1 = 2·(1/2)(3/5)/((1/2)+(3/5)) = 6/11
  const candidate = 'The cat sat on the mat.';
  const reference = 'The cat is on the mat, today!';

  it('computes ROUGE-1', () => {
    const score = rougeN(candidate, reference, 1);
    expect(score.recall).toBeCloseTo(5 / 7, 10);
    expect(score.precision).toBeCloseTo(5 / 6, 10);
    expect(score.f1).toBeCloseTo(10 / 13, 10);
  });

  it('computes ROUGE-2', () => {
    const score = rougeN(candidate, reference, 2);
    expect(score.recall).toBeCloseTo(3 / 6, 10);
    expect(score.precision).toBeCloseTo(3 / 5, 10);
    expect(score.f1).toBeCloseTo(6 / 11, 10);
  });

  it('clips repeated n-grams to the reference count', () => {
    // "the the the" vs "the": overlap is 1, not 3.
    expect(rougeN('the the the', 'the', 1)).toEqual({ recall: 1, precision: 1 / 3, f1: 0.5 });
  });

  it('gives zeros for empty input', () => {
    expect(rougeN('', 'something here', 2)).toEqual({ recall: 0, precision: 0, f1: 0 });
    expect(rougeN('a b', '', 1)).toEqual({ recall: 0, precision: 0, f1: 0 });
  });

  it('tokenises case- and punctuation-insensitively', () => {
    expect(rougeTokens('Hello, WORLD! 3.5bn')).toEqual(['hello', 'world', '3', '5bn']);
  });
});
