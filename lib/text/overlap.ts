/**
 * Clipped overlap of two bags of tokens (words or n-grams): each token counts at most as often as the other
 * side has it. The one measure behind ROUGE-N, the extraction agreement and the FAQ pair matching; each of those
 * chooses its own tokens and what two empty sides score.
 */
export interface Overlap {
  recall: number;
  precision: number;
  f1: number;
}

export function countTokens(tokens: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** Overlap of `candidate` against `reference`; an empty side gives zeros. */
export function overlap(candidate: Iterable<string>, reference: Iterable<string>): Overlap {
  const cand = countTokens(candidate);
  const ref = countTokens(reference);
  let shared = 0;
  let candTotal = 0;
  let refTotal = 0;
  for (const count of cand.values()) candTotal += count;
  for (const [token, count] of ref) {
    refTotal += count;
    shared += Math.min(count, cand.get(token) ?? 0);
  }
  return {
    recall: refTotal ? shared / refTotal : 0,
    precision: candTotal ? shared / candTotal : 0,
    // 2PR/(P+R) written without the products, so equal bags score exactly 1.
    f1: shared ? (2 * shared) / (candTotal + refTotal) : 0,
  };
}
