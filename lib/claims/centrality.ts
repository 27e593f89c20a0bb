/**
 * Sentence centrality in linear time. The cosine-similarity graph between sentences is V·Vᵀ for the
 * row-normalised TF-IDF matrix V, so a walk step on it, x ↦ V(Vᵀx), costs two passes over V's non-zeros
 * instead of building the n × n matrix (LexRank's dense form takes ~43 s at 10,000 sentences).
 */
import { addRow, dotRow, rowNormSquared, type SentenceVectors, weightedSum, zeros } from './vectors.ts';

/** Cosine of each sentence to the document centroid (the mean sentence vector). */
export function centroidSimilarity(v: SentenceVectors): number[] {
  const centroid = weightedSum(v, () => 1);
  let norm = 0;
  for (const value of centroid) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  return Array.from({ length: v.rows }, (_, i) => dotRow(v, i, centroid) / norm);
}

export interface LexRankOptions {
  /** Probability of following an edge rather than jumping back to the prior. */
  damping?: number;
  iterations?: number;
}

/**
 * Biased continuous LexRank (Otterbacher et al., 2005): PageRank on the cosine graph without self-loops,
 * whose random jumps land on sentences in proportion to `prior` (e.g. position and title overlap).
 * Returns a probability per sentence (sums to 1).
 */
export function biasedLexRank(v: SentenceVectors, prior: readonly number[], opts: LexRankOptions = {}): number[] {
  const n = v.rows;
  if (n === 0) return [];
  const damping = opts.damping ?? 0.85;
  const iterations = opts.iterations ?? 50;
  const jump = normalize(prior.map((p) => Math.max(0, p)), n);
  const shared = sharedTermRows(v);
  const { rowStart, termIds, weights } = shared;

  // Plain arrays, not typed ones: a typed array's memory lives outside the JS heap, and creating one costs a
  // microsecond or more, more than a small page's whole walk over it. The walk runs up to `iterations` steps,
  // reusing them, and the row loops of `addRow`/`dotRow` are written out (same operations, same order).
  const degree = zeros(n);
  const selfSimilarity = zeros(n);
  let rank = zeros(n);
  let next = zeros(n);
  const share = zeros(n);
  const spread = zeros(v.vocabulary);
  const total = zeros(v.vocabulary);

  // Weighted degree of each node: its similarity to all sentences (their sum is `total`), minus itself.
  for (let i = 0; i < n; i++) addRow(shared, i, 1, total);
  for (let i = 0; i < n; i++) {
    selfSimilarity[i] = rowNormSquared(shared, i);
    degree[i] = Math.max(0, dotRow(shared, i, total) - selfSimilarity[i]!);
  }
  for (let i = 0; i < n; i++) rank[i] = jump[i]!;

  for (let step = 0; step < iterations; step++) {
    // Each sentence passes its rank to its neighbours in proportion to similarity: spread = Σ share_j × row j.
    // Mass on sentences with no neighbours (no shared content words) has nowhere to go: it jumps.
    let stranded = 0;
    spread.fill(0);
    for (let j = 0; j < n; j++) {
      const d = degree[j]!;
      if (d <= 1e-12) {
        stranded += rank[j]!;
        share[j] = 0;
        continue;
      }
      const scale = rank[j]! / d;
      share[j] = scale;
      if (scale === 0) continue;
      for (let k = rowStart[j]!, end = rowStart[j + 1]!; k < end; k++) spread[termIds[k]!]! += scale * weights[k]!;
    }
    const keep = 1 - damping + damping * stranded;
    // Stop once the ranks have settled; the test is on the ranks alone, so it stays deterministic.
    let change = 0;
    for (let i = 0; i < n; i++) {
      const selfShare = degree[i]! > 1e-12 ? share[i]! * selfSimilarity[i]! : 0;
      let dot = 0;
      for (let k = rowStart[i]!, end = rowStart[i + 1]!; k < end; k++) dot += weights[k]! * spread[termIds[k]!]!;
      const incoming = Math.max(0, dot - selfShare);
      const value = keep * jump[i]! + damping * incoming;
      next[i] = value;
      change += Math.abs(value - rank[i]!);
    }
    const previous = rank;
    rank = next;
    next = previous;
    if (change < CONVERGED) break;
  }
  return rank;
}

/**
 * The rows without the terms only one sentence uses. Such a term links its sentence to no other: it adds
 * only to the sentence's similarity with itself, which the walk leaves out. Dropping it changes no
 * similarity between two sentences and shortens every step of the walk (a third to a half of the terms
 * of a news page are used once).
 */
function sharedTermRows(v: SentenceVectors): SentenceVectors {
  const { rows, rowStart, termIds, weights } = v;
  // Each row lists a term once, so this counts the sentences using it.
  const users = zeros(v.vocabulary);
  for (let k = 0; k < termIds.length; k++) users[termIds[k]!]!++;
  let kept = 0;
  for (let k = 0; k < termIds.length; k++) if (users[termIds[k]!]! > 1) kept++;
  if (kept === termIds.length) return v;
  const sharedStart = zeros(rows + 1);
  const sharedIds = zeros(kept);
  const sharedWeights = zeros(kept);
  let at = 0;
  for (let i = 0; i < rows; i++) {
    sharedStart[i] = at;
    for (let k = rowStart[i]!, end = rowStart[i + 1]!; k < end; k++) {
      if (users[termIds[k]!] === 1) continue;
      sharedIds[at] = termIds[k]!;
      sharedWeights[at] = weights[k]!;
      at++;
    }
  }
  sharedStart[rows] = at;
  return { ...v, rowStart: sharedStart, termIds: sharedIds, weights: sharedWeights };
}

/** Total absolute change in the ranks (which sum to 1) below which the walk has converged. */
const CONVERGED = 1e-7;

function normalize(values: number[], n: number): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  return sum > 0 ? values.map((value) => value / sum) : new Array<number>(n).fill(1 / n);
}

/**
 * Mean cosine of each sentence to the other sentences of its group (its section): how well it stands
 * for its own part of the article, where LexRank measures the whole. One dense buffer is reused and
 * cleared row by row, so the cost is linear in the non-zeros however many groups there are.
 */
export function groupCohesion(v: SentenceVectors, groupOf: readonly number[]): number[] {
  const members = new Map<number, number[]>();
  groupOf.forEach((group, i) => {
    const list = members.get(group);
    if (list) list.push(i);
    else members.set(group, [i]);
  });
  const out = new Array<number>(v.rows).fill(0);
  const sum = zeros(v.vocabulary);
  for (const rows of members.values()) {
    if (rows.length < 2) continue;
    for (const i of rows) addRow(v, i, 1, sum);
    for (const i of rows) out[i] = (dotRow(v, i, sum) - rowNormSquared(v, i)) / (rows.length - 1);
    for (const i of rows) for (let k = v.rowStart[i]!; k < v.rowStart[i + 1]!; k++) sum[v.termIds[k]!] = 0;
  }
  return out;
}
