import { describe, expect, it } from 'vitest';
import { syntheticSentences } from '../../tests/support/synthetic.ts';
import { biasedLexRank, centroidSimilarity, groupCohesion } from './centrality.ts';
import { dotRow, type SentenceVectors, sentenceVectors, zeros } from './vectors.ts';

/** Row i as a dense vector, to compute the same quantities the slow, obvious way. */
function dense(v: SentenceVectors, i: number): number[] {
  const out = zeros(v.vocabulary);
  for (let k = v.rowStart[i]!; k < v.rowStart[i + 1]!; k++) out[v.termIds[k]!] = v.weights[k]!;
  return out;
}

function cosineMatrix(v: SentenceVectors): number[][] {
  return Array.from({ length: v.rows }, (_, i) => Array.from({ length: v.rows }, (_, j) => dotRow(v, i, dense(v, j))));
}

describe('biasedLexRank', () => {
  const sentences = syntheticSentences(40, 7);
  const v = sentenceVectors(sentences, { idf: false });
  const prior = sentences.map((_, i) => 1 + (i % 3));

  it('matches PageRank computed on the explicit n × n similarity matrix', () => {
    const sim = cosineMatrix(v).map((row, i) => row.map((x, j) => (i === j ? 0 : x)));
    const degree = sim.map((row) => row.reduce((a, b) => a + b, 0));
    const priorSum = prior.reduce((a, b) => a + b, 0);
    const jump = prior.map((p) => p / priorSum);
    let rank = jump.slice();
    for (let step = 0; step < 200; step++) {
      rank = rank.map((_, i) => 0.15 * jump[i]! + 0.85 * rank.reduce((sum, r, j) => sum + (r * sim[j]![i]!) / degree[j]!, 0));
    }
    const fast = biasedLexRank(v, prior);
    fast.forEach((value, i) => expect(value).toBeCloseTo(rank[i]!, 6));
    expect(fast.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('sends the mass of isolated sentences back to the prior', () => {
    const lonely = sentenceVectors(['Alpha beta gamma.', 'Alpha beta delta.', 'Zebra quokka.'], { idf: false });
    const rank = biasedLexRank(lonely, [1, 1, 1]);
    expect(rank.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(rank[2]!).toBeLessThan(rank[0]!);
  });
});

describe('centroidSimilarity and groupCohesion', () => {
  const sentences = ['Chips and export rules.', 'Export rules for chips tighten.', 'A recipe for soup.'];
  const v = sentenceVectors(sentences);

  it('ranks the on-topic sentences above the stray one', () => {
    const scores = centroidSimilarity(v);
    expect(scores[2]!).toBeLessThan(Math.min(scores[0]!, scores[1]!));
  });

  it('averages cosine to the other members of the group only', () => {
    const sim = cosineMatrix(v);
    const cohesion = groupCohesion(v, [0, 0, 1]);
    expect(cohesion[0]).toBeCloseTo(sim[0]![1]!, 12);
    expect(cohesion[1]).toBeCloseTo(sim[1]![0]!, 12);
    expect(cohesion[2]).toBe(0);
  });
});
