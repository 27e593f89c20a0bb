/**
 * One sentence's words, worked out once and shared by every claim stage: ranking (term vectors, word
 * shape), choosing (length, overlap) and key phrases (stemmed n-grams). Matching the word pattern and
 * stemming are the largest per-sentence costs, and each stage used to redo them on the same text.
 *
 * Every sentence's tokens stay alive until the claims are chosen, so only what the stages read is kept:
 * on a page of 10,000 sentences the word lists as written and lowercased would be most of the memory the
 * garbage collector has to copy.
 */
import {
  forEachWord,
  hasContextualLowercase,
  isTermWord,
  lowercaseWords,
  stem,
  wordForms,
  wordsAsWritten,
} from '../text/words.ts';
import { isSpecificAt, shapeOfWords, type WordShape } from './features.ts';

export interface SentenceTokens {
  /** Number of lowercased word tokens, the length of `words(sentence)`. */
  wordCount: number;
  /** Word count and specificity of the tokens as written (`wordShape(sentence)`). */
  shape: WordShape;
  /** The stem of each of `words(sentence)`, stop words included (phrase counting). */
  stems: readonly string[];
  /** Content terms, the same as `terms(sentence)`. */
  terms: readonly string[];
}

export function tokenise(sentence: string): SentenceTokens {
  const lower = hasContextualLowercase(sentence) ? '' : sentence.toLowerCase();
  if (lower.length !== sentence.length) return tokeniseWordByWord(sentence);
  // The sentence is lowercased once and each word sliced from it at its offsets as written: no word
  // list as written is built, and the shape is read from the sentence itself.
  const stems: string[] = [];
  const terms: string[] = [];
  let count = 0;
  let specific = 0;
  forEachWord(sentence, (start, end) => {
    const forms = wordForms(lower.slice(start, end));
    stems.push(forms.stem);
    if (forms.term) terms.push(forms.stem);
    // The first word is capitalised anyway (see `WordShape.specificity`).
    if (count > 0 && isSpecificAt(sentence, start, end)) specific++;
    count++;
  });
  return { wordCount: count, shape: { words: count, specificity: count < 2 ? 0 : specific / count }, stems, terms };
}

/** `tokenise` for a sentence whose lowercase changes length or depends on context ("İ", "Σ"). */
function tokeniseWordByWord(sentence: string): SentenceTokens {
  const asWritten = wordsAsWritten(sentence);
  const lower = lowercaseWords(sentence, asWritten);
  const stems: string[] = [];
  const terms: string[] = [];
  for (const word of lower) {
    const stemmed = stem(word);
    stems.push(stemmed);
    if (isTermWord(word)) terms.push(stemmed);
  }
  return { wordCount: lower.length, shape: shapeOfWords(asWritten), stems, terms };
}
