/**
 * Choosing the key claims from ranked sentences, as a ranked list (maximal marginal relevance): each
 * next claim is the sentence with the best score after discounting what the list already says — its
 * word overlap with chosen claims, and how many claims its section already has. Near-duplicates are
 * never chosen, and every section with real content gets at least one claim while the count allows.
 */
import { terms } from '../text/words.ts';
import { wordCount } from './features.ts';

export interface Ranked {
  index: number;
  sectionIndex: number;
  text: string;
  score: number;
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

/** Indices of the chosen sentences, best first. */
export function chooseClaims(ranked: readonly Ranked[], count: number): number[] {
  const pool = candidatePool(ranked, count);
  const mustCover = substantiveSections(ranked);
  const chosen: Ranked[] = [];
  const chosenTerms: Set<string>[] = [];
  const perSection = new Map<number, number>();
  // Each pool sentence's terms, computed once: every round compares the whole pool again.
  const poolTerms = new Map<Ranked, Set<string>>();
  const termsOf = (candidate: Ranked) => {
    let own = poolTerms.get(candidate);
    if (!own) poolTerms.set(candidate, (own = termSet(candidate.text)));
    return own;
  };

  while (chosen.length < count) {
    const uncovered = [...mustCover].filter((s) => !perSection.has(s));
    // When the remaining places are just enough for the sections still missing, only they compete.
    const restrict = uncovered.length > 0 && uncovered.length >= count - chosen.length;
    let best: { candidate: Ranked; value: number; terms: Set<string> } | null = null;
    for (const candidate of pool) {
      if (chosen.includes(candidate)) continue;
      if (restrict && !uncovered.includes(candidate.sectionIndex)) continue;
      const own = termsOf(candidate);
      const repeat = Math.max(0, ...chosenTerms.map((other) => similarity(own, other)));
      if (repeat > REDUNDANT) continue;
      const value =
        candidate.score * (1 - OVERLAP_COST * repeat) * Math.pow(SAME_SECTION, perSection.get(candidate.sectionIndex) ?? 0);
      // Strictly greater: on a tie the earlier (better-ranked, then earlier in the page) candidate stays.
      if (!best || value > best.value) best = { candidate, value, terms: own };
    }
    if (!best) break;
    chosen.push(best.candidate);
    chosenTerms.push(best.terms);
    perSection.set(best.candidate.sectionIndex, (perSection.get(best.candidate.sectionIndex) ?? 0) + 1);
  }
  return chosen.map((c) => c.index);
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
  for (const r of ranked) words.set(r.sectionIndex, (words.get(r.sectionIndex) ?? 0) + wordCount(r.text));
  return new Set([...words].filter(([, count]) => count >= SUBSTANTIVE_WORDS).map(([section]) => section));
}

function termSet(text: string): Set<string> {
  return new Set(terms(text));
}

/** Overlap coefficient of two term sets: how much of the smaller one the larger repeats. */
function similarity(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const term of small) if (large.has(term)) shared++;
  return shared / small.size;
}
