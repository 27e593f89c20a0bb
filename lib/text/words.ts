/**
 * Word tokens for ranking and key phrases: lowercased, Unicode-aware, with a small English
 * stop-word list and a light suffix stemmer. Deliberately small: the ranker needs "the same
 * word" to match across sentences, not linguistic precision.
 */

/**
 * A word is letters or digits, allowing inner apostrophes, hyphens and dots ("don't", "mixture-of-experts",
 * "3.5"): the pattern `[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*`. Every sentence of an article is split into
 * words several times over, so the pattern is matched by the scanner below rather than by a regex: it
 * decides ASCII by character codes and remembers the answer for other characters, and takes about half the time.
 */
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const IS_LETTER = 1;
const IS_NUMBER = 2;
const IS_OTHER = 3;

/** For each BMP code unit: 0 not yet known, else `IS_LETTER`, `IS_NUMBER` or `IS_OTHER`. Filled as characters are met. */
const bmpClass = new Uint8Array(0x10000);

/** Whether a non-ASCII code point is a letter, a number or neither: remembered for the BMP, worked out beyond it. */
function classOf(code: number): number {
  const known = code <= 0xffff ? bmpClass[code]! : 0;
  if (known !== 0) return known;
  const char = String.fromCodePoint(code);
  const found = LETTER.test(char) ? IS_LETTER : NUMBER.test(char) ? IS_NUMBER : IS_OTHER;
  if (code <= 0xffff) bmpClass[code] = found;
  return found;
}

/** Whether the code point is a letter or a digit (`[\p{L}\p{N}]`). */
export function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return classOf(code) !== IS_OTHER;
}

/** Whether the code point is a letter (`\p{L}`): the openings of sentences are read letter by letter. */
export function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return classOf(code) === IS_LETTER;
}

/** The apostrophes, hyphen and dot that may join two runs of letters and digits inside one word. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 46;
}

/**
 * End of the word that starts at `start` (a letter or digit), by UTF-16 offset. A lone surrogate is read as
 * itself and is no letter, as in the `u` pattern.
 */
function wordEnd(text: string, start: number): number {
  const length = text.length;
  let at = start;
  let code = text.codePointAt(at)!;
  for (;;) {
    at += code > 0xffff ? 2 : 1;
    if (at >= length) return at;
    code = text.codePointAt(at)!;
    if (isWordChar(code)) continue;
    if (!isJoiner(code) || at + 1 >= length) return at;
    const after = text.codePointAt(at + 1)!;
    if (!isWordChar(after)) return at;
    at++;
    code = after;
  }
}

/**
 * Calls `visit(start, end)` for each word of `text`, in order. The offsets are UTF-16 indices, so
 * `text.slice(start, end)` is the word.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  for (let at = 0; at < length; ) {
    const code = text.codePointAt(at)!;
    if (!isWordChar(code)) {
      at += code > 0xffff ? 2 : 1;
      continue;
    }
    const end = wordEnd(text, at);
    visit(at, end);
    at = end;
  }
}

/** The words of `text` as written, sliced from it. */
function sliceWords(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (start, end) => out.push(text.slice(start, end)));
  return out;
}

/** Split text into lowercased word tokens, in order. */
export function words(text: string): string[] {
  return sliceWords(text.toLowerCase());
}

/** The tokens of `words`, as written (original case). */
export function wordsAsWritten(text: string): string[] {
  return sliceWords(text);
}

/**
 * `words(text)` from the text's tokens as written, without matching the text a second time. Lowercasing
 * is letter by letter and keeps each token's length and letters, except for "İ" (it becomes "i" plus a
 * combining dot, which the word pattern does not take) and "Σ" (final or not depends on the next letter,
 * which may lie past the token): a text with either is matched again.
 */
export function lowercaseWords(text: string, asWritten: readonly string[]): string[] {
  if (hasContextualLowercase(text)) return words(text);
  return asWritten.map((word) => word.toLowerCase());
}

/**
 * Whether lowercasing `text` as a whole can differ from lowercasing each of its words ("İ" or "Σ", see
 * `lowercaseWords`). Without them `text.toLowerCase()` keeps every offset, and a word's lowercase is the
 * same slice of it.
 */
function hasContextualLowercase(text: string): boolean {
  return CONTEXTUAL_LOWERCASE.test(text);
}

const CONTEXTUAL_LOWERCASE = /[\u0130\u03a3]/;

/**
 * `text.toLowerCase()` when it has the same words as `text` at the same offsets, else null. Lowercasing turns
 * letters and digits into letters and digits of the same length, and no other character into one or into a
 * word's inner mark: true of all of Unicode but "İ" and "Σ" (`hasContextualLowercase`). Readers that look at
 * every word read them from this copy: a fresh string reads quicker than a sentence cut from its paragraph.
 */
export function lowercaseSameOffsets(text: string): string | null {
  if (hasContextualLowercase(text)) return null;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

/** Same tokens as `words`, keeping their original case and offsets (used for key phrases). */
export function wordsWithOffsets(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  forEachWord(text, (start, end) => out.push({ word: text.slice(start, end), start, end }));
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
  return isLowercaseStopWord(word.toLowerCase());
}

/** `isStopWord` for a word already lowercased (lowercasing again would change nothing). */
export function isLowercaseStopWord(lower: string): boolean {
  // The list spells apostrophes as "'": "’" is normalised only when present.
  return STOP_WORDS.has(lower) || (lower.includes('’') && STOP_WORDS.has(lower.replace(/’/g, "'")));
}

/**
 * A light English stemmer: folds plurals and the commonest verb endings so "controls"/"control",
 * "models"/"model", "trained"/"training"/"train" meet. Short words and non-Latin words pass through.
 */
export function stem(word: string): string {
  // A word of three characters or fewer without an apostrophe is its own stem (see `stemUncached`):
  // a third of all words, answered without a cache lookup.
  if (word.length <= 3 && !word.includes("'") && !word.includes('’')) return word;
  return wordForms(word).stem;
}

/** What the ranker and the key phrases need of one lowercased token. */
export interface WordForms {
  /** `stem(word)` */
  stem: string;
  /** `isTermWord(word)` */
  term: boolean;
  /** `isLowercaseStopWord(word)` */
  stop: boolean;
}

/**
 * `stem`, `isTermWord` and `isLowercaseStopWord` of a lowercased token from one cache lookup: tokenising
 * a sentence and finding its key phrases ask them of every word, short ones included.
 */
export function wordForms(word: string): WordForms {
  let cached = formsCache.get(word);
  if (cached === undefined) {
    cached = formsOf(word);
    // Bounded so one huge page cannot grow the cache without limit; clearing keeps results identical.
    if (formsCache.size >= STEM_CACHE_LIMIT) formsCache.clear();
    formsCache.set(word, cached);
  }
  return cached;
}

/** `wordForms` worked out, without the cache: for a caller that keeps the answers in a table of its own. */
export function formsOf(word: string): WordForms {
  return { stem: stemUncached(word), term: isTermWord(word), stop: isLowercaseStopWord(word) };
}

// An article repeats its vocabulary, so most calls are hits: this roughly halves ranking time. Words that
// are their own stem go through the cache too, although their stem needs no work: the cache hands back
// one shared copy of each word, so the freshly matched copies die young, and the stems a long page keeps
// for all its sentences hold one string per distinct word (a 10,000-sentence page ran twice as fast).
const formsCache = new Map<string, WordForms>();
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
    const forms = wordForms(w);
    if (forms.term) out.push(forms.stem);
  }
  return out;
}

/** Whether a lowercased token (from `words`) is a content term: not a stop word, not a short bare number. */
export function isTermWord(w: string): boolean {
  if (isLowercaseStopWord(w)) return false;
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
