/**
 * Word tokens for ranking and key phrases: lowercased, Unicode-aware, with a small English
 * stop-word list and a light suffix stemmer. Deliberately small: the ranker needs "the same
 * word" to match across sentences, not linguistic precision.
 */

/** Letters or digits, allowing inner apostrophes, hyphens and dots ("don't", "mixture-of-experts", "3.5"). */
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

/** Split text into lowercased word tokens, in order. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The tokens of `words`, as written (original case). */
export function wordsAsWritten(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * `words(text)` from the text's tokens as written, without matching the text a second time. Lowercasing
 * is letter by letter and keeps each token's length and letters, except for "İ" (it becomes "i" plus a
 * combining dot, which the word pattern does not take) and "Σ" (final or not depends on the next letter,
 * which may lie past the token): a text with either is matched again.
 */
export function lowercaseWords(text: string, asWritten: readonly string[]): string[] {
  if (CONTEXTUAL_LOWERCASE.test(text)) return words(text);
  return asWritten.map((word) => word.toLowerCase());
}

const CONTEXTUAL_LOWERCASE = /[\u0130\u03a3]/;

/** Same tokens as `words`, keeping their original case and offsets (used for key phrases). */
export function wordsWithOffsets(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  // An `exec` loop: `matchAll` would copy the regex on every call. The loop runs to the end, where a
  // failed `exec` leaves `lastIndex` at 0 again for the other users of WORD.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Function words that say nothing about what a sentence is about. Kept short on purpose:
// a long list starts removing content words ("new", "first") that matter in news text.
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having
  he her here hers herself him himself his how however i if in into is it its itself just me more most my
  myself no nor not now of off on once only or other our ours ourselves out over own same she should so some
  such than that the their theirs them themselves then there these they this those through to too under until
  up very was we were what when where which while who whom why will with would you your yours yourself
  yourselves it's he's she's they're we're i'm don't doesn't didn't isn't wasn't won't can't cannot
  said says say told according one two mr mrs ms dr its'`
    .split(/\s+/)
    .filter(Boolean),
);

export function isStopWord(word: string): boolean {
  const lower = word.toLowerCase();
  return STOP_WORDS.has(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
}

/**
 * A light English stemmer: folds plurals and the commonest verb endings so "controls"/"control",
 * "models"/"model", "trained"/"training"/"train" meet. Short words and non-Latin words pass through.
 */
export function stem(word: string): string {
  // A word of three characters or fewer without an apostrophe is its own stem (see `stemUncached`):
  // a third of all words, answered without a cache lookup.
  if (word.length <= 3 && !word.includes("'") && !word.includes('’')) return word;
  let cached = stemCache.get(word);
  if (cached === undefined) {
    cached = stemUncached(word);
    // Bounded so one huge page cannot grow the cache without limit; clearing keeps results identical.
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, cached);
  }
  return cached;
}

// An article repeats its vocabulary, so most calls are hits: this roughly halves ranking time. Words that
// are their own stem go through the cache too, although their stem needs no work: the cache hands back
// one shared copy of each word, so the freshly matched copies die young, and the stems a long page keeps
// for all its sentences hold one string per distinct word (a 10,000-sentence page ran twice as fast).
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

function stemUncached(word: string): string {
  const w = word.replace(/’/g, "'").replace(/'s$/, '');
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ed') && w.length > 4) return undouble(w.slice(0, -2));
  if (w.endsWith('es') && /(?:ch|sh|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** "stopped" -> "stopp" -> "stop", so the -ed/-ing forms meet the bare verb. */
function undouble(w: string): string {
  return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** Content terms of a text: tokens minus stop words, stemmed. The unit the ranker counts. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (isTermWord(w)) out.push(stem(w));
  return out;
}

/** Whether a lowercased token (from `words`) is a content term: not a stop word, not a short bare number. */
export function isTermWord(w: string): boolean {
  // Already lowercased: look the word up directly, normalising the apostrophe only if present.
  if (STOP_WORDS.has(w) || (w.includes('’') && STOP_WORDS.has(w.replace(/’/g, "'")))) return false;
  // Bare numbers carry little topical signal but years ("2023") and figures still help a bit; keep
  // them only when they have 3+ characters.
  return !(w.length < 3 && isShortNumber(w));
}

/** `/^\p{N}+$/u` for a word of a character or two; ASCII is decided without the regex (a third of all words are this short). */
function isShortNumber(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code >= 128) return /^\p{N}+$/u.test(w);
    if (code < 48 || code > 57) return false;
  }
  return w.length > 0;
}
