import { describe, expect, it } from 'vitest';
import type { FaqPair } from '../types.ts';
import { comparisonWords, matchPairs, pairsMatch, scoreCounts, wordAgreement } from './score.ts';

const pair = (question: string, answer: string): FaqPair => ({ question, answer, source: 'heading' });

describe('pair matching', () => {
  it('splits CJK text into characters and other text into words', () => {
    expect(comparisonWords('What’s new? 常见问题')).toEqual(['what', 's', 'new', '常', '见', '问', '题']);
  });

  it('measures word agreement as F1', () => {
    expect(wordAgreement('a b c d', 'a b c d')).toBe(1);
    expect(wordAgreement('a b c d', 'a b')).toBeCloseTo(2 / 3);
    expect(wordAgreement('a b', 'c d')).toBe(0);
  });

  it('needs 80 % on the question and 50 % on the answer', () => {
    const expected = pair('How do I reset my password?', 'Open settings and choose reset password from the menu.');
    expect(pairsMatch(expected, pair('How do I reset my password', 'Open settings and choose reset password.'))).toBe(true);
    expect(pairsMatch(expected, pair('How do I change my username?', expected.answer))).toBe(false);
    expect(pairsMatch(expected, pair(expected.question, 'Call support.'))).toBe(false);
  });

  it('matches one to one and scores', () => {
    const expected = [pair('What is it?', 'A tool.'), pair('Is it free?', 'Yes, always.')];
    const got = [pair('Is it free?', 'Yes, always.'), pair('Who made it?', 'Us.')];
    const { expectedToGot, gotMatched } = matchPairs(expected, got);
    expect(expectedToGot).toEqual([-1, 0]);
    expect(gotMatched).toEqual([true, false]);
    expect(scoreCounts(1, 1, 1)).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(scoreCounts(0, 0, 0).f1).toBe(1);
  });
});
