/**
 * Key claims of an article: split its sections into sentences, rank them, choose a spread of the best
 * across sections, and label each with key phrases and a quote selector back into the text.
 */
import type { Claim, Section } from '../types.ts';
import { type Candidate, collectCandidates } from './candidates.ts';
import { displayText, withoutMarkers } from './display.ts';
import { wordCount } from './features.ts';
import { rankWithVectors } from './rank.ts';
import { chooseClaims, defaultClaimCount } from './select.ts';
import { quoteSelector } from './selector.ts';
import { leansBack, readOpening, type Opening } from './standalone.ts';
import { tokeniseAll, wordCountOf } from './tokens.ts';
import { topicsForClaims } from './topics.ts';

export { rankSentences } from './rank.ts';

export interface ClaimInput {
  title: string;
  /** The article's sections (heading + paragraphs), FAQ already removed. */
  sections: Section[];
  /** The article text: all blocks joined by "\n\n", headings included. */
  text: string;
  /** The page's language (BCP 47), when it says: the words that make a sentence lean on another differ. */
  lang?: string | null;
}

export interface ClaimOptions {
  /**
   * Cap on the flat list. Below the engine's own count it keeps the head of that list (the best claims stay
   * the same whatever the cap); above it, more claims are chosen. By default the count grows with the article (5–12).
   */
  max?: number;
}

/** The article's key claims, ranked, best first. */
export function selectClaims(input: ClaimInput, opts: ClaimOptions = {}): Claim[] {
  const candidates = collectCandidates(input.sections, input.text, input.lang);
  if (candidates.length === 0) return [];
  // Ranked and labelled as shown: reference markers are no words of the sentence.
  const sentences = candidates.map((c) => withoutMarkers(c.text));
  // Each sentence is tokenised once here; ranking, choosing and key phrases all read these tokens.
  const tokens = tokeniseAll(sentences);
  // So is each sentence's opening: ranking costs a sentence that leans back, and choosing looks for one that does not.
  const openings = sentences.map((sentence) => readOpening(sentence, input.lang));
  const { scores, vectors } = rankWithVectors(input.title, sentences, {
    sectionOf: candidates.map((c) => c.sectionIndex),
    headings: input.sections.map((s) => s.heading),
    tokens,
    lang: input.lang,
    openings,
  });

  const ownCount = defaultClaimCount(candidates.length);
  const cap = opts.max === undefined ? ownCount : Math.max(0, Math.floor(opts.max));
  const chosen = chooseClaims(
    candidates.map((c, index) => ({
      index,
      sectionIndex: c.sectionIndex,
      text: c.text,
      score: scores[index]!,
      words: wordCountOf(tokens, index),
    })),
    Math.max(ownCount, cap),
    vectors,
  ).slice(0, cap);
  const units = withSubjects(chosen, { candidates, sentences, openings, scores, text: input.text, lang: input.lang });

  const topics = topicsForClaims(
    units.map((unit) => ({ text: unit.shown, heading: input.sections[unit.sectionIndex]!.heading })),
    tokens,
    3,
    input.lang,
  );
  return units.map((unit, rank): Claim => ({
    text: unit.shown,
    source: unit.source,
    section: input.sections[unit.sectionIndex]!.heading,
    sectionIndex: unit.sectionIndex,
    topics: topics[rank] ?? [],
    score: round(unit.score),
    selector:
      unit.start >= 0
        ? quoteSelector(input.text, unit.start, unit.end)
        : { type: 'TextQuoteSelector', exact: unit.source, prefix: '', suffix: '' },
  }));
}

/** A chosen claim as shown: one candidate, or a candidate with the sentence before it that names its subject. */
interface Unit {
  source: string;
  shown: string;
  sectionIndex: number;
  start: number;
  end: number;
  score: number;
}

/** Together, a sentence and the one before it that names its subject are short enough to show as one claim. */
const PAIR_WORDS = 55;
/** The sentence before stands in for a chosen one that leans on it when it scores at least this share of it. */
const NEIGHBOUR_SHARE = 0.5;
/** Failing that, the section's best sentence that stands on its own replaces it when it scores this share of it. */
const STAND_IN_SHARE = 0.8;
/**
 * A leaning sentence after a chosen one joins it when it scored at least this share of it: its score was cut for
 * leaning (standalone.ts), so it was as good a sentence as the chosen one.
 */
const LEANING_SHARE = 0.5;

/**
 * A chosen sentence whose subject is a pronoun named in the sentence before is shown with that sentence when the
 * two are short together, or replaced by it when that one scores nearly as well; otherwise it stays as it is.
 */
function withSubjects(
  chosen: readonly number[],
  article: {
    candidates: readonly Candidate[];
    /** Each candidate as ranked (without reference markers). */
    sentences: readonly string[];
    /** How each of them opens. */
    openings: readonly Opening[];
    scores: readonly number[];
    text: string;
    lang: string | null | undefined;
  },
): Unit[] {
  const { candidates, sentences, openings, scores, text, lang } = article;
  const taken = new Set(chosen);
  const unit = (index: number): Unit => {
    const candidate = candidates[index]!;
    return {
      source: candidate.text,
      shown: displayText(candidate.text, lang),
      sectionIndex: candidate.sectionIndex,
      start: candidate.start,
      end: candidate.end,
      score: scores[index]!,
    };
  };
  const leans = (index: number) => openings[index]!.pronoun;
  const stands = (index: number) => scores[index]! > 0 && !leansBack(openings[index]!);
  /** `first` and the sentence after it as one claim, when they share a paragraph and are short together. */
  const pair = (first: number): Unit | null => {
    const a = candidates[first]!;
    const b = candidates[first + 1]!;
    const short = wordCount(sentences[first]!) + wordCount(sentences[first + 1]!) <= PAIR_WORDS;
    // Across a paragraph break too (news paragraphs are often one sentence): the selector ignores white space.
    if (!short || a.sectionIndex !== b.sectionIndex || a.start < 0 || b.start <= a.start) return null;
    taken.add(first).add(first + 1);
    return {
      // The two sentences as they stand in the article, the space between them included.
      source: text.slice(a.start, b.end),
      shown: displayText(a.text, lang) + ' ' + withoutMarkers(b.text),
      sectionIndex: a.sectionIndex,
      start: a.start,
      end: b.end,
      score: Math.max(scores[first]!, scores[first + 1]!),
    };
  };
  const bestStanding = (sectionIndex: number) => {
    let best = -1;
    candidates.forEach((candidate, k) => {
      if (candidate.sectionIndex !== sectionIndex || taken.has(k) || !stands(k)) return;
      if (best < 0 || scores[k]! > scores[best]!) best = k;
    });
    return best;
  };
  return chosen.map((index) => {
    const before = index - 1;
    const after = index + 1;
    if (leans(index)) {
      // The sentence before names the subject: both as one claim, or that one alone when it scores nearly as well.
      if (before >= 0 && !taken.has(before) && stands(before)) {
        const both = pair(before);
        if (both) return both;
        if (scores[before]! >= NEIGHBOUR_SHARE * scores[index]!) {
          taken.add(before);
          return unit(before);
        }
      }
      // Otherwise the best sentence of the section that stands on its own, unless it is far weaker.
      const stand = bestStanding(candidates[index]!.sectionIndex);
      if (stand >= 0 && scores[stand]! >= STAND_IN_SHARE * scores[index]!) {
        taken.add(stand);
        return unit(stand);
      }
    }
    // The sentence after says more but leans on this one for its subject: "…he was not looking for engineers.
    // Instead, he focused on PhD students…".
    if (after < candidates.length && !taken.has(after) && leans(after) && scores[after]! >= LEANING_SHARE * scores[index]!) {
      const both = pair(index);
      if (both) return both;
    }
    return unit(index);
  });
}

/** Scores are floating-point sums; rounding keeps the JSON short and the output stable across engines. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
