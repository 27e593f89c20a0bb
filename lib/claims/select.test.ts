import { describe, expect, it } from 'vitest';
import { chooseClaims, defaultClaimCount, type Ranked } from './select.ts';
import { sentenceVectors } from './vectors.ts';

const sentence = (index: number, sectionIndex: number, text: string, score: number): Ranked => ({
  index,
  sectionIndex,
  text,
  score,
});

describe('chooseClaims', () => {
  it('skips a sentence that repeats a chosen one', () => {
    const ranked = [
      sentence(0, 0, 'The central bank raised interest rates by half a point.', 5),
      sentence(1, 0, 'Interest rates were raised by the central bank by half a point.', 4.9),
      sentence(2, 0, 'Mortgage holders will pay more from next month.', 3),
    ];
    expect(chooseClaims(ranked, 2)).toEqual([0, 2]);
  });

  it('gives every substantive section a claim before a section gets a second one', () => {
    const ranked = [
      sentence(0, 0, 'The harbour authority approved the new container terminal after a decade of planning and appeals.', 9),
      sentence(1, 0, 'Construction of the terminal will begin in March and employ four hundred workers on site.', 8),
      sentence(2, 1, 'Residents near the docks worry about lorry traffic, noise at night and the loss of the old fish market.', 1),
      sentence(3, 1, 'A petition against the plan gathered twelve thousand signatures within two weeks of its launch.', 0.5),
      sentence(4, 2, 'Photo: a caption.', 7),
    ];
    expect(chooseClaims(ranked, 2)).toEqual([0, 2]);
    // With a place to spare, the best remaining sentence takes it (the caption's section need not be
    // covered, but may be), and the last place still goes to the uncovered section.
    expect(chooseClaims(ranked, 3)).toEqual([0, 4, 2]);
  });

  it('never chooses sentences scored zero (boilerplate, fragments)', () => {
    expect(chooseClaims([sentence(0, 0, 'Sign up now for our newsletter today please.', 0)], 3)).toEqual([]);
  });

  it('breaks ties by page order', () => {
    const ranked = [sentence(1, 0, 'Second sentence about cats.', 2), sentence(0, 0, 'First sentence about dogs.', 2)];
    expect(chooseClaims(ranked, 1)).toEqual([0]);
  });
});

describe('chooseClaims with the ranker\'s term vectors', () => {
  it('chooses as it does from the text alone', () => {
    const texts = [
      'The central bank raised interest rates by half a point.',
      'Interest rates were raised by the central bank by half a point.',
      'Mortgage holders will pay more from next month.',
      'Banks said mortgage rates would rise from next month.',
      'Savers welcomed the rise in interest rates.',
      'The pound rose against the dollar after the decision.',
    ];
    const ranked = texts.map((text, index) => sentence(index, index % 2, text, 6 - index));
    const vectors = sentenceVectors(texts);
    for (const count of [1, 3, 5]) {
      expect(chooseClaims(ranked, count, vectors)).toEqual(chooseClaims(ranked, count));
    }
  });
});

describe('defaultClaimCount', () => {
  it('grows with the article between 5 and 12', () => {
    expect(defaultClaimCount(3)).toBe(5);
    expect(defaultClaimCount(24)).toBe(7);
    expect(defaultClaimCount(1000)).toBe(12);
  });
});
