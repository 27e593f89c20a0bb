/**
 * Sentences as sparse term vectors in compressed-row form (CSR): one flat array of term ids and one
 * of weights, with row offsets. Flat typed arrays keep 100,000-sentence pages fast and small, and every
 * centrality computation over them is a pass over the non-zeros, never an n × n matrix.
 */
import { type ArticleTokens, tokeniseAll } from './tokens.ts';

export interface SentenceVectors {
  /** Number of sentences (rows). */
  rows: number;
  /** Number of distinct terms (columns). */
  vocabulary: number;
  /** The stem ids of the tokens the vectors were built from (`ArticleTokens.stemIndex`). */
  stemIndex: ReadonlyMap<string, number>;
  /** Column of each stem id, numbered in order of first use as a term; -1 for a stem never used as one. */
  columnOfStem: number[];
  /** Row i spans `termIds[rowStart[i] .. rowStart[i + 1])`, term ids ascending. */
  rowStart: number[];
  termIds: number[];
  /** L2-normalised weights; a row without content words stays empty. */
  weights: number[];
}

export interface VectorOptions {
  /**
   * Weight terms by inverse sentence frequency (classic TF-IDF, each sentence a document). Off, a term
   * weighs by its frequency alone: within one article the words repeated across many sentences are
   * its topic, and down-weighting them makes the centre of the article harder to find.
   */
  idf?: boolean;
}

/** Build L2-normalised term vectors, one per sentence. */
export function sentenceVectors(sentences: readonly string[], opts: VectorOptions = {}): SentenceVectors {
  return termVectors(tokeniseAll(sentences), opts);
}

/** The column of a content term (a stemmed word, see `terms`), or -1 when no sentence uses it. */
export function termColumn(v: SentenceVectors, term: string): number {
  const stemId = v.stemIndex.get(term);
  return stemId === undefined ? -1 : v.columnOfStem[stemId]!;
}

/** Like `sentenceVectors`, from the sentences' tokens worked out already. */
export function termVectors(tokens: ArticleTokens, opts: VectorOptions = {}): SentenceVectors {
  const n = tokens.sentences;
  const { columnOfStem, offsets, ids, vocabulary } = termColumns(tokens);

  // Smoothed IDF: a term in every sentence still weighs a little, a term in one weighs most. Without
  // IDF every weight would be multiplied by 1, so neither the frequencies nor the factors are needed.
  const idf = (opts.idf ?? true) ? inverseFrequencies(ids, offsets, vocabulary) : undefined;
  let nonZeros = 0;
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k = runEnd(ids, k, end)) nonZeros++;
  }

  const rowStart = zeros(n + 1);
  const termIds = zeros(nonZeros);
  const weights = zeros(nonZeros);
  let at = 0;
  for (let i = 0; i < n; i++) {
    rowStart[i] = at;
    let norm = 0;
    for (let k = offsets[i]!, rowEnd = offsets[i + 1]!; k < rowEnd; ) {
      const end = runEnd(ids, k, rowEnd);
      const id = ids[k]!;
      // Most terms occur once in their sentence, where 1 + log 1 is exactly 1.
      const frequency = end - k === 1 ? 1 : 1 + Math.log(end - k);
      const weight = idf ? frequency * idf[id]! : frequency;
      termIds[at] = id;
      weights[at] = weight;
      norm += weight * weight;
      at++;
      k = end;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = rowStart[i]!; k < at; k++) weights[k]! /= norm;
  }
  rowStart[n] = at;
  return { rows: n, vocabulary, stemIndex: tokens.stemIndex, columnOfStem, rowStart, termIds, weights };
}

/**
 * Every row's term columns in one flat array (row i at `offsets[i] .. offsets[i + 1]`), each row sorted
 * ascending; a term repeated in the sentence repeats its column.
 */
function termColumns(tokens: ArticleTokens): { columnOfStem: number[]; offsets: number[]; ids: number[]; vocabulary: number } {
  const { sentences: n, wordStart, stemIds, isTerm } = tokens;
  const columnOfStem = new Array<number>(tokens.stems.length).fill(-1);
  const offsets = zeros(n + 1);
  const ids: number[] = [];
  let vocabulary = 0;
  for (let i = 0; i < n; i++) {
    for (let w = wordStart[i]!, end = wordStart[i + 1]!; w < end; w++) {
      if (isTerm[w] === 0) continue;
      const stemId = stemIds[w]!;
      let column = columnOfStem[stemId]!;
      if (column < 0) column = columnOfStem[stemId] = vocabulary++;
      ids.push(column);
    }
    offsets[i + 1] = ids.length;
    sortRange(ids, offsets[i]!, ids.length);
  }
  return { columnOfStem, offsets, ids, vocabulary };
}

/** log(1 + n / df) for each term, df being the number of rows (of the sorted rows in `ids`) that hold it. */
function inverseFrequencies(ids: readonly number[], offsets: readonly number[], vocabulary: number): number[] {
  const n = offsets.length - 1;
  const documentFrequency = zeros(vocabulary);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k = runEnd(ids, k, end)) documentFrequency[ids[k]!]! += 1;
  }
  return documentFrequency.map((df) => Math.log(1 + n / df));
}

/** Sort `ids[from, to)` ascending in place. Rows are sentence-sized, so insertion sort is the quick one. */
function sortRange(ids: number[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const id = ids[i]!;
    let j = i - 1;
    while (j >= from && ids[j]! > id) {
      ids[j + 1] = ids[j]!;
      j--;
    }
    ids[j + 1] = id;
  }
}

/** End of the run of ids equal to `sorted[start]` in the sorted range `sorted[start, limit)`. */
function runEnd(sorted: readonly number[], start: number, limit: number): number {
  let end = start + 1;
  while (end < limit && sorted[end] === sorted[start]) end++;
  return end;
}

/**
 * `length` zeros in a plain array. A typed array's memory lives outside the JS heap, and creating one costs a
 * microsecond or more whatever its size: on a small page, more than all the work done with it.
 */
export function zeros(length: number): number[] {
  return new Array<number>(length).fill(0);
}

/** Σ over rows of `scale(i)` × row i, as a dense vector over the vocabulary. */
export function weightedSum(v: SentenceVectors, scale: (row: number) => number): number[] {
  const sum = zeros(v.vocabulary);
  for (let i = 0; i < v.rows; i++) addRow(v, i, scale(i), sum);
  return sum;
}

/** sum += scale × row i. */
export function addRow(v: SentenceVectors, i: number, scale: number, sum: number[]): void {
  if (scale === 0) return;
  for (let k = v.rowStart[i]!; k < v.rowStart[i + 1]!; k++) sum[v.termIds[k]!]! += scale * v.weights[k]!;
}

/** Dot product of row i with a dense vector. */
export function dotRow(v: SentenceVectors, i: number, dense: readonly number[]): number {
  let dot = 0;
  for (let k = v.rowStart[i]!; k < v.rowStart[i + 1]!; k++) dot += v.weights[k]! * dense[v.termIds[k]!]!;
  return dot;
}

/** Squared norm of row i: 1 for a sentence with content words, 0 for one without. */
export function rowNormSquared(v: SentenceVectors, i: number): number {
  let sum = 0;
  for (let k = v.rowStart[i]!; k < v.rowStart[i + 1]!; k++) sum += v.weights[k]! * v.weights[k]!;
  return sum;
}

/** Share of the `reference` term ids that row i contains (0 when the reference is empty). */
export function rowCoverage(v: SentenceVectors, i: number, reference: ReadonlySet<number>): number {
  if (reference.size === 0) return 0;
  let shared = 0;
  for (let k = v.rowStart[i]!; k < v.rowStart[i + 1]!; k++) if (reference.has(v.termIds[k]!)) shared++;
  return shared / reference.size;
}
