/**
 * Sentence ranking. The core is centrality: continuous LexRank over the whole article blended with
 * cohesion inside the sentence's own section, so a claim stands both for the article and for its part
 * of it. Structure and form then scale that score: echoing the section heading or the title, opening a
 * section, coming early, naming specific people, places and figures, reading like a claim (length,
 * not a question, not page furniture) and standing on its own (standalone.ts).
 */
import { terms } from '../text/words.ts';
import { biasedLexRank, groupCohesion } from './centrality.ts';
import { formFactor, hasCue, lengthFactor } from './features.ts';
import { readOpening, standaloneFactor, type Opening } from './standalone.ts';
import { type ArticleTokens, tokeniseAll } from './tokens.ts';
import { rowCoverage, type SentenceVectors, termColumn, termVectors } from './vectors.ts';

export interface RankOptions {
  /** Section index of each sentence (default: all in section 0). */
  sectionOf?: readonly number[];
  /** Heading of each section, by section index. */
  headings?: readonly string[];
  /** Tuning knobs, for the evaluation; the defaults are the product's. */
  weights?: Partial<RankWeights>;
  /** The page's language (BCP 47), for the words that make a sentence lean on the one before. */
  lang?: string | null;
  /** The sentences' `tokeniseAll` result, when the caller has it already (it is worked out otherwise). */
  tokens?: ArticleTokens;
  /** How each sentence opens (`readOpening`), when the caller has read it already. */
  openings?: readonly Opening[];
}

/**
 * Feature weights. Apart from `local` and `sectionBalance`, each is the largest lift its feature can
 * give: 0.5 means up to +50%. The structural ones (heading, section start, balance) do nothing on a
 * one-section article such as a short news story, whose ranking rests on centrality; they were set on
 * sectioned pages. The others were kept small because they moved ROUGE on news summaries (npm run eval).
 */
export interface RankWeights {
  /** Share of centrality that comes from the sentence's own section rather than the whole article. */
  local: number;
  /** Word overlap with the section heading. */
  heading: number;
  /** Word overlap with the title. */
  title: number;
  /** First sentence of a section (the topic sentence). */
  sectionStart: number;
  /** Early in the article, decaying with the sentence number. */
  position: number;
  /** Names and figures, at full strength from 25% such words. */
  specific: number;
  /** Cue phrases ("found that", "in conclusion"). */
  cue: number;
  /**
   * 0–1: how far each section's scores are divided by the section's mean score. A section whose
   * vocabulary differs from the rest (a hiring story inside a technology piece) scores low on
   * article-wide centrality throughout; balancing lets its best sentence compete with the others.
   */
  sectionBalance: number;
  /** 0–1: how much of the cost of leaning on the sentence before (a pronoun subject, a connective) applies. */
  standalone: number;
}

export const DEFAULT_WEIGHTS: RankWeights = {
  local: 0.5,
  heading: 2.5,
  title: 0.2,
  sectionStart: 1.2,
  position: 0.2,
  specific: 0.6,
  cue: 0.1,
  sectionBalance: 0.5,
  standalone: 0.35,
};

/** A score per sentence, higher is better; deterministic for the same input. */
export function rankSentences(title: string, sentences: readonly string[], opts: RankOptions = {}): number[] {
  return rankWithVectors(title, sentences, opts).scores;
}

/** `rankSentences`, with the sentences' term vectors it built (choosing claims reuses their rows). */
export function rankWithVectors(
  title: string,
  sentences: readonly string[],
  opts: RankOptions = {},
): { scores: number[]; vectors: SentenceVectors } {
  const n = sentences.length;
  if (n === 0) return { scores: [], vectors: termVectors(tokeniseAll([])) };
  const w = { ...DEFAULT_WEIGHTS, ...opts.weights };
  const sectionOf = opts.sectionOf ?? new Array<number>(n).fill(0);
  const tokens = opts.tokens ?? tokeniseAll(sentences);
  // Frequency, not TF-IDF, weighting: see `VectorOptions.idf`.
  const vectors = termVectors(tokens, { idf: false });
  const centrality = blendedCentrality(vectors, sectionOf, w.local);
  const titleIds = termIdSet(vectors, title);
  const headingIds = (opts.headings ?? []).map((heading) => termIdSet(vectors, heading));

  const scores = sentences.map((sentence, i) => {
    const length = lengthFactor(tokens.writtenWords[i]!);
    // A fragment scores nothing whatever else it has: its cue phrases and form are not looked for.
    if (length === 0) return 0;
    const heading = headingIds[sectionOf[i] ?? 0];
    // The first sentence of the article is covered by `position`; `sectionStart` marks later openings.
    const lift =
      (1 + w.heading * (heading ? rowCoverage(vectors, i, heading) : 0)) *
      (1 + w.title * rowCoverage(vectors, i, titleIds)) *
      (1 + w.sectionStart * (i > 0 && sectionOf[i] !== sectionOf[i - 1] ? 1 : 0)) *
      (1 + w.position / Math.sqrt(1 + i)) *
      (1 + w.specific * Math.min(1, tokens.specificity[i]! / 0.25)) *
      (1 + (hasCue(sentence) ? w.cue : 0));
    const leaning = 1 - w.standalone * (1 - standaloneFactor(opts.openings?.[i] ?? readOpening(sentence, opts.lang)));
    return centrality[i]! * lift * length * leaning * formFactor(sentence);
  });
  return { scores: balanceSections(scores, sectionOf, w.sectionBalance), vectors };
}

/** Divide scores by (section mean / article mean)^balance; a one-section article is left as it is. */
function balanceSections(scores: number[], sectionOf: readonly number[], balance: number): number[] {
  if (balance === 0) return scores;
  const sums = new Map<number, { total: number; count: number }>();
  scores.forEach((score, i) => {
    const entry = sums.get(sectionOf[i] ?? 0) ?? { total: 0, count: 0 };
    entry.total += score;
    entry.count++;
    sums.set(sectionOf[i] ?? 0, entry);
  });
  const overall = scores.reduce((a, b) => a + b, 0) / scores.length;
  return scores.map((score, i) => {
    const { total, count } = sums.get(sectionOf[i] ?? 0)!;
    const mean = total / count;
    return mean > 0 && overall > 0 ? score * Math.pow(overall / mean, balance) : score;
  });
}

/** n × LexRank probability (≈1 for an average sentence) blended with cohesion scaled to the same mean. */
function blendedCentrality(vectors: SentenceVectors, sectionOf: readonly number[], local: number): number[] {
  const n = vectors.rows;
  const lexRank = biasedLexRank(vectors, new Array<number>(n).fill(1));
  const cohesion = groupCohesion(vectors, sectionOf);
  const cohesionMean = cohesion.reduce((a, b) => a + b, 0) / n;
  return lexRank.map((p, i) => (1 - local) * n * p + local * (cohesionMean > 0 ? cohesion[i]! / cohesionMean : 0));
}

/**
 * The term ids of a title or heading. A term no sentence uses gets its own negative id: it can never
 * match, but it still counts in the share of the heading a sentence covers.
 */
function termIdSet(vectors: SentenceVectors, text: string): Set<number> {
  const ids = new Set<number>();
  let unseen = -1;
  for (const term of new Set(terms(text))) {
    const column = termColumn(vectors, term);
    ids.add(column >= 0 ? column : unseen--);
  }
  return ids;
}
