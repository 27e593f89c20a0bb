/**
 * Choosing the key claims from ranked sentences, as a ranked list (maximal marginal relevance): each
 * next claim is the sentence with the best score after discounting what the list already says — its
 * word overlap with chosen claims, and how many claims its section already has. Near-duplicates are
 * never chosen, and every section with real content gets at least one claim while the count allows.
 */
import { terms } from '../text/words.ts';
import { wordCount } from './features.ts';
import { type SentenceVectors, zeros } from './vectors.ts';

export interface Ranked {
  index: number;
  sectionIndex: number;
  text: string;
  score: number;
  /** The sentence's number of words (`wordCount(text)`), when the caller has it already (it is counted otherwise). */
  words?: number;
}

/** Above this word-set similarity a sentence repeats a chosen one and is never chosen. */
const REDUNDANT = 0.8;
/**
 * How much partial overlap with chosen claims costs. Kept mild: on the BBC references (`npm run eval`) a full
 * discount (1) cost 0.025 ROUGE-2 F1, since human summaries often repeat an article's main terms; 0.3 still keeps
 * a short list from saying one thing twice.
 */
const OVERLAP_COST = 0.3;
/** Each claim already taken from a section lowers the next one from it by this factor. */
const SAME_SECTION = 0.75;
/** A section with fewer words than this (a caption, a one-line aside) need not be represented. */
const SUBSTANTIVE_WORDS = 25;
/** Only the best sentences can be chosen; the pool bounds the pairwise comparisons on huge pages. */
const POOL_PER_CLAIM = 20;

/** How many claims an article of `sentences` sentences gets when the caller does not say. */
export function defaultClaimCount(sentences: number): number {
  return Math.min(12, Math.max(5, Math.round(4 + sentences / 8)));
}

/**
 * Indices of the chosen sentences, best first. `vectors`, when given, are the ranker's term vectors with
 * one row per sentence `index`: their rows list each sentence's distinct terms, so they need not be found again.
 */
export function chooseClaims(ranked: readonly Ranked[], count: number, vectors?: SentenceVectors): number[] {
  const pool = candidatePool(ranked, count);
  const mustCover = substantiveSections(ranked);
  const overlap = new PoolOverlap(pool, vectors);
  const taken = zeros(pool.length);
  const chosen: number[] = [];
  const perSection = new Map<number, number>();
  // SAME_SECTION to the power of the claims already taken from each pool sentence's section, updated
  // when its section gains one rather than raised anew for every sentence in every round.
  const sectionFactor = new Array<number>(pool.length).fill(Math.pow(SAME_SECTION, 0));

  while (chosen.length < count) {
    let uncovered = 0;
    for (const s of mustCover) if (!perSection.has(s)) uncovered++;
    // When the remaining places are just enough for the sections still missing, only they compete.
    const restrict = uncovered > 0 && uncovered >= count - chosen.length;
    let best = -1;
    let bestValue = 0;
    for (let k = 0; k < pool.length; k++) {
      const candidate = pool[k]!;
      if (taken[k]) continue;
      if (restrict && (perSection.has(candidate.sectionIndex) || !mustCover.has(candidate.sectionIndex))) continue;
      const repeat = overlap.repeat[k]!;
      if (repeat > REDUNDANT) continue;
      const value = candidate.score * (1 - OVERLAP_COST * repeat) * sectionFactor[k]!;
      // Strictly greater: on a tie the earlier (better-ranked, then earlier in the page) candidate stays.
      if (best < 0 || value > bestValue) {
        best = k;
        bestValue = value;
      }
    }
    if (best < 0) break;
    const sectionIndex = pool[best]!.sectionIndex;
    taken[best] = 1;
    chosen.push(pool[best]!.index);
    const taking = (perSection.get(sectionIndex) ?? 0) + 1;
    perSection.set(sectionIndex, taking);
    const factor = Math.pow(SAME_SECTION, taking);
    for (let k = 0; k < pool.length; k++) if (pool[k]!.sectionIndex === sectionIndex) sectionFactor[k] = factor;
    overlap.choose(best);
  }
  return chosen;
}

/**
 * How far each pool sentence repeats the claims chosen so far: its largest similarity to any of them.
 * That maximum only grows, so each new claim is compared with the pool once, rather than every round
 * comparing the whole pool with every claim. Terms are small integer ids, and a claim's terms are marked
 * in a flat array, so a comparison is one pass over the other sentence's ids.
 */
class PoolOverlap {
  /** Largest similarity of each pool sentence to a chosen claim (0 before any is chosen). */
  readonly repeat: number[];
  /** Distinct term ids of pool sentence k: `ids[from[k] .. to[k])`. */
  private readonly ids: readonly number[];
  private readonly from: number[];
  private readonly to: number[];
  private readonly marked: number[];

  constructor(pool: readonly Ranked[], vectors?: SentenceVectors) {
    const rows = vectors ? poolRows(pool, vectors) : numberTerms(pool);
    this.ids = rows.ids;
    this.from = rows.from;
    this.to = rows.to;
    let vocabulary = 0;
    for (let k = 0; k < pool.length; k++) {
      for (let at = this.from[k]!; at < this.to[k]!; at++) vocabulary = Math.max(vocabulary, this.ids[at]! + 1);
    }
    this.repeat = zeros(pool.length);
    this.marked = zeros(vocabulary);
  }

  /** Take pool sentence `claim` as chosen: raise every sentence's repeat to its similarity with it. */
  choose(claim: number): void {
    const { ids, from, to, marked, repeat } = this;
    const ownFrom = from[claim]!;
    const ownTo = to[claim]!;
    for (let at = ownFrom; at < ownTo; at++) marked[ids[at]!] = 1;
    for (let k = 0; k < repeat.length; k++) {
      let shared = 0;
      for (let at = from[k]!; at < to[k]!; at++) shared += marked[ids[at]!]!;
      const similarity = overlapCoefficient(ownTo - ownFrom, to[k]! - from[k]!, shared);
      if (similarity > repeat[k]!) repeat[k] = similarity;
    }
    for (let at = ownFrom; at < ownTo; at++) marked[ids[at]!] = 0;
  }
}

/** Term ids of each pool sentence, as ranges of one flat array. */
interface PoolRows {
  ids: readonly number[];
  from: number[];
  to: number[];
}

/** The pool sentences' rows of the ranker's term vectors: each row lists a sentence's distinct terms. */
function poolRows(pool: readonly Ranked[], vectors: SentenceVectors): PoolRows {
  const from = zeros(pool.length);
  const to = zeros(pool.length);
  pool.forEach(({ index }, k) => {
    from[k] = vectors.rowStart[index]!;
    to[k] = vectors.rowStart[index + 1]!;
  });
  return { ids: vectors.termIds, from, to };
}

/** Each sentence's distinct terms, numbered in order of first use. */
function numberTerms(pool: readonly Ranked[]): PoolRows {
  const numbers = new Map<string, number>();
  // Which pool sentence last listed each term id, to list a repeated term once.
  const lastListedIn: number[] = [];
  const ids: number[] = [];
  const from = zeros(pool.length);
  const to = zeros(pool.length);
  pool.forEach((candidate, k) => {
    from[k] = ids.length;
    for (const term of terms(candidate.text)) {
      let id = numbers.get(term);
      if (id === undefined) {
        id = numbers.size;
        numbers.set(term, id);
      }
      if (lastListedIn[id] === k) continue;
      lastListedIn[id] = k;
      ids.push(id);
    }
    to[k] = ids.length;
  });
  return { ids, from, to };
}

/** Overlap coefficient of two term sets: how much of the smaller one the larger repeats. */
function overlapCoefficient(sizeA: number, sizeB: number, shared: number): number {
  const small = Math.min(sizeA, sizeB);
  return small === 0 ? 0 : shared / small;
}

/** The best-scored sentences overall plus the best of every section, best first. */
function candidatePool(ranked: readonly Ranked[], count: number): Ranked[] {
  const order = ranked.filter((r) => r.score > 0).sort((a, b) => b.score - a.score || a.index - b.index);
  const pool = new Set(order.slice(0, Math.max(count, 1) * POOL_PER_CLAIM));
  const seen = new Set<number>();
  for (const r of order) {
    if (seen.has(r.sectionIndex)) continue;
    seen.add(r.sectionIndex);
    pool.add(r);
  }
  return order.filter((r) => pool.has(r));
}

function substantiveSections(ranked: readonly Ranked[]): Set<number> {
  const words = new Map<number, number>();
  for (const r of ranked) {
    const count = r.words ?? wordCount(r.text);
    words.set(r.sectionIndex, (words.get(r.sectionIndex) ?? 0) + count);
  }
  return new Set([...words].filter(([, count]) => count >= SUBSTANTIVE_WORDS).map(([section]) => section));
}
