/**
 * Small string similarity measures for scoring match candidates by their surrounding context.
 */

/** Levenshtein distance; meant for short strings (context of ~32 characters). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** 1 for equal strings, 0 for nothing in common; null when `expected` is empty (no information). */
export function similarity(expected: string, actual: string): number | null {
  if (expected.length === 0) return null;
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}
