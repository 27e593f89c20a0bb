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

/** Same tokens as `words`, keeping their original case and offsets (used for key phrases). */
export function wordsWithOffsets(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
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
  return STOP_WORDS.has(word.toLowerCase().replace(/’/g, "'"));
}

/**
 * A light English stemmer: folds plurals and the commonest verb endings so "controls"/"control",
 * "models"/"model", "trained"/"training"/"train" meet. Short words and non-Latin words pass through.
 */
export function stem(word: string): string {
  let cached = stemCache.get(word);
  if (cached === undefined) {
    cached = stemUncached(word);
    // Bounded so one huge page cannot grow the cache without limit; clearing keeps results identical.
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, cached);
  }
  return cached;
}

// An article repeats its vocabulary, so most calls are hits: this roughly halves ranking time.
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
  for (const w of words(text)) {
    // `words` already lowercased: look the word up directly, normalising the apostrophe only if present.
    if (STOP_WORDS.has(w) || (w.includes('’') && STOP_WORDS.has(w.replace(/’/g, "'")))) continue;
    // Bare numbers carry little topical signal but years ("2023") and figures still help a bit; keep
    // them only when they have 3+ characters.
    if (w.length < 3 && /^\p{N}+$/u.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}
