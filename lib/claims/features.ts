/**
 * Surface features of one sentence that say "this is (not) a claim worth showing", independent of
 * the rest of the article: length, questions, quotations, boilerplate and cue phrases.
 */
import { words, wordsAsWritten } from '../text/words.ts';
import { unfitAsClaim } from './standalone.ts';

/** Number of word tokens. */
export function wordCount(sentence: string): number {
  return words(sentence).length;
}

/**
 * 1 for sentences of a readable claim length, falling off for short ones (under 8 words) and for long ones
 * (over 45, often lists or several clauses glued together). A fragment of under six words is never a claim,
 * and a run-on of over sixty is one only when nothing else is left.
 */
export function lengthFactor(count: number): number {
  if (count < 6) return 0;
  if (count < 8) return (count - 4) / 4;
  if (count <= 45) return 1;
  if (count > 60) return 0.05;
  return 1 - (count - 45) / 60;
}

export function isQuestion(sentence: string): boolean {
  return /\?[”’"')\]]*$/.test(sentence.trim());
}

/** The whole sentence is a quotation (opens and closes with quote marks): colour, not the article's own claim. */
export function isQuotationOnly(sentence: string): boolean {
  return /^[“"‘'«„]/.test(sentence.trim()) && /[”"’'»“]$/.test(sentence.trim());
}

// Page furniture that survives extraction: calls to action, sharing, legal lines, credits.
const BOILERPLATE =
  /\b(?:click here|sign up|subscribe|newsletter|log ?in|cookies?|all rights reserved|follow us|read more|share this|advertisement|sponsored|related articles?|terms of (?:use|service)|privacy policy|image (?:source|caption|credit)|photo(?:graph)? by|getty images|download the app)\b|粉絲團|粉丝团|按讚|點讚|点赞|訂閱|订阅/i;

export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE.test(sentence);
}

// Phrases that announce a finding or a conclusion. Kept few and generic: they nudge, not decide.
const CUES =
  /\b(?:in conclusion|overall|in short|in summary|the (?:main|key|biggest) (?:reason|point|finding|issue)|found that|shows? that|showed that|(?:has |have )?demonstrated that|concluded|means that|as a result|significant(?:ly)?|for the first time)\b/i;

export function hasCue(sentence: string): boolean {
  return CUES.test(sentence);
}

/**
 * A multiplier in [0, 1] for what the sentence is: boilerplate and what `unfitAsClaim` rules out (lead-ins,
 * cut sentences, open quotations, page furniture) are never a claim, questions and
 * pure quotations are pushed down. (Cue phrases lift a sentence in the ranker instead.)
 */
export function formFactor(sentence: string): number {
  if (isBoilerplate(sentence) || unfitAsClaim(sentence)) return 0;
  let factor = 1;
  if (isQuestion(sentence)) factor *= 0.35;
  if (isQuotationOnly(sentence)) factor *= 0.6;
  return factor;
}

export interface WordShape {
  /** Number of word tokens. */
  words: number;
  /**
   * Share of words that name something specific — a proper noun, an acronym, a figure or a date —
   * after the first word (capitalised anyway). Claims state who did what, when and how much; filler
   * and transitions ("The move presented a problem") do not.
   */
  specificity: number;
}

/** Word count and specificity from one pass over the sentence's words. */
export function wordShape(sentence: string): WordShape {
  return shapeOfWords(wordsAsWritten(sentence));
}

/** `wordShape` from the sentence's word tokens as written (original case). */
export function shapeOfWords(tokens: readonly string[]): WordShape {
  let specific = 0;
  for (let i = 1; i < tokens.length; i++) if (isSpecificAt(tokens[i]!, 0, tokens[i]!.length)) specific++;
  return { words: tokens.length, specificity: tokens.length < 2 ? 0 : specific / tokens.length };
}

/**
 * The word `text[start, end)` opens with a capital or holds a figure: `SPECIFIC`. Every word of every
 * sentence is checked, so ASCII words (A–Z is the whole of \p{Lu} there, 0–9 of \p{N}) are decided by
 * character codes and only a word with another character goes to the regex.
 *
 * `lower`, when given, is `text.toLowerCase()` with the same length, and the figures are looked for in it:
 * a tokeniser holding that copy reads it quicker than a sentence cut from its paragraph. Lowercasing keeps
 * ASCII as ASCII and figures as they are, and the one character it turns into ASCII (the Kelvin sign, into
 * "k") is neither a capital past the first character nor a figure, so the answer is the same.
 */
export function isSpecificAt(text: string, start: number, end: number, lower = text): boolean {
  const first = text.charCodeAt(start);
  if (first >= 65 && first <= 90) return true;
  if (first >= 128) return SPECIFIC.test(text.slice(start, end));
  for (let i = start; i < end; i++) {
    const code = lower.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
    if (code >= 128) return SPECIFIC.test(text.slice(start, end));
  }
  return false;
}

const SPECIFIC = /^\p{Lu}|\p{N}/u;
