/**
 * Key claims of an article: split its sections into sentences, rank them, choose a spread of the best
 * across sections, and label each with key phrases and a quote selector back into the text.
 */
import type { Claim, Section } from '../types.ts';
import { collectCandidates } from './candidates.ts';
import { rankWithVectors } from './rank.ts';
import { chooseClaims, defaultClaimCount } from './select.ts';
import { quoteSelector } from './selector.ts';
import { tokeniseAll, wordCountOf } from './tokens.ts';
import { topicsForClaims } from './topics.ts';

export { rankSentences } from './rank.ts';

export interface ClaimInput {
  title: string;
  /** The article's sections (heading + paragraphs), FAQ already removed. */
  sections: Section[];
  /** The article text: all blocks joined by "\n\n", headings included. */
  text: string;
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
  const candidates = collectCandidates(input.sections, input.text);
  if (candidates.length === 0) return [];
  const sentences = candidates.map((c) => c.text);
  // Each sentence is tokenised once here; ranking, choosing and key phrases all read these tokens.
  const tokens = tokeniseAll(sentences);
  const { scores, vectors } = rankWithVectors(input.title, sentences, {
    sectionOf: candidates.map((c) => c.sectionIndex),
    headings: input.sections.map((s) => s.heading),
    tokens,
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

  const topics = topicsForClaims(
    chosen.map((index) => ({
      text: candidates[index]!.text,
      heading: input.sections[candidates[index]!.sectionIndex]!.heading,
    })),
    tokens,
  );
  return chosen.map((index, rank): Claim => {
    const candidate = candidates[index]!;
    const section = input.sections[candidate.sectionIndex]!;
    return {
      text: candidate.text,
      section: section.heading,
      sectionIndex: candidate.sectionIndex,
      topics: topics[rank] ?? [],
      score: round(scores[index]!),
      selector:
        candidate.start >= 0
          ? quoteSelector(input.text, candidate.start, candidate.end)
          : { type: 'TextQuoteSelector', exact: candidate.text, prefix: '', suffix: '' },
    };
  });
}

/** Scores are floating-point sums; rounding keeps the JSON short and the output stable across engines. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
