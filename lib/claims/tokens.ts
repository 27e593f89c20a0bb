/**
 * One sentence's words, worked out once and shared by every claim stage: ranking (term vectors, word
 * shape), choosing (length, overlap) and key phrases (stemmed n-grams). Matching the word pattern and
 * stemming are the largest per-sentence costs, and each stage used to redo them on the same text.
 */
import { isTermWord, lowercaseWords, stem, wordsAsWritten } from '../text/words.ts';

export interface SentenceTokens {
  /** Word tokens as written: their case tells names and acronyms apart (`wordShape`). */
  asWritten: readonly string[];
  /** Lowercased word tokens, the same as `words(sentence)`. */
  words: readonly string[];
  /** The stem of each of `words`, stop words included (phrase counting). */
  stems: readonly string[];
  /** Content terms, the same as `terms(sentence)`. */
  terms: readonly string[];
}

export function tokenise(sentence: string): SentenceTokens {
  const asWritten = wordsAsWritten(sentence);
  const lower = lowercaseWords(sentence, asWritten);
  const stems: string[] = [];
  const terms: string[] = [];
  for (const word of lower) {
    const stemmed = stem(word);
    stems.push(stemmed);
    if (isTermWord(word)) terms.push(stemmed);
  }
  return { asWritten, words: lower, stems, terms };
}
