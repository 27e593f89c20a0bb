/**
 * ROUGE-N (Lin, 2004) for the evaluation: n-gram overlap between a candidate summary and a reference,
 * as recall, precision and F1. Tokens are lowercased runs of letters and digits, no stemming and no
 * stop-word removal (the plain `rouge-n` setting), so numbers here compare with other plain ROUGE runs.
 */

export interface RougeScore {
  recall: number;
  precision: number;
  f1: number;
}

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N of `candidate` against `reference`. Empty sides give zeros rather than NaN. */
export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  const cand = ngramCounts(rougeTokens(candidate), n);
  const ref = ngramCounts(rougeTokens(reference), n);
  let overlap = 0;
  let candTotal = 0;
  let refTotal = 0;
  for (const count of cand.values()) candTotal += count;
  for (const [gram, count] of ref) {
    refTotal += count;
    overlap += Math.min(count, cand.get(gram) ?? 0);
  }
  const recall = refTotal ? overlap / refTotal : 0;
  const precision = candTotal ? overlap / candTotal : 0;
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  return { recall, precision, f1 };
}
