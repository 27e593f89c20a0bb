/**
 * ROUGE-N (Lin, 2004) for the evaluation: n-gram overlap between a candidate summary and a reference,
 * as recall, precision and F1. Tokens are lowercased runs of letters and digits, no stemming and no
 * stop-word removal (the plain `rouge-n` setting), so numbers here compare with other plain ROUGE runs.
 */

import { overlap, type Overlap } from '../text/overlap.ts';

export type RougeScore = Overlap;

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function ngrams(tokens: string[], n: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) grams.push(tokens.slice(i, i + n).join(' '));
  return grams;
}

/** ROUGE-N of `candidate` against `reference`. Empty sides give zeros rather than NaN. */
export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  return overlap(ngrams(rougeTokens(candidate), n), ngrams(rougeTokens(reference), n));
}
