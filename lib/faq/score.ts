/**
 * How an extracted FAQ compares with the expected one. A pair matches when its question's words agree
 * with the expected question's at word-level F1 ≥ 0.8 and its answer's at ≥ 0.5; pairs are matched one
 * to one, in order. Shared by the fixture test and `npm run report:faq`, so both judge alike.
 */
import { overlap } from '../text/overlap.ts';
import type { FaqPair } from '../types.ts';

export const QUESTION_AGREEMENT = 0.8;
export const ANSWER_AGREEMENT = 0.5;

/** Words for comparison: letters and digits, lower case; each CJK character counts as a word. */
export function comparisonWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' $& ')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean);
}

/** Word-level F1 of two texts (bag of words): 1 for the same words, 0 for none in common. */
export function wordAgreement(a: string, b: string): number {
  return wordsF1(comparisonWords(a), comparisonWords(b));
}

/** F1 of two bags of words already split by `comparisonWords`. */
export function wordsF1(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  return overlap(a, b).f1;
}

/** The one matching rule: question words agree ≥ 80 %, answer words ≥ 50 %. */
export function pairsMatch(expected: FaqPair, got: FaqPair): boolean {
  return (
    wordAgreement(expected.question, got.question) >= QUESTION_AGREEMENT &&
    wordAgreement(expected.answer, got.answer) >= ANSWER_AGREEMENT
  );
}

export interface PairMatching {
  /** For each expected pair, the index of the extracted pair matched to it, or -1. */
  expectedToGot: number[];
  /** For each extracted pair, whether some expected pair matched it. */
  gotMatched: boolean[];
}

/** Matches expected pairs to extracted ones, one to one, each expected pair taking the first free match. */
export function matchPairs(expected: readonly FaqPair[], got: readonly FaqPair[]): PairMatching {
  const gotMatched = got.map(() => false);
  const expectedToGot = expected.map((want) => {
    const index = got.findIndex((have, i) => !gotMatched[i] && pairsMatch(want, have));
    if (index !== -1) gotMatched[index] = true;
    return index;
  });
  return { expectedToGot, gotMatched };
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export function scoreCounts(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  // With nothing expected and nothing found, the extractor was exactly right.
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}
