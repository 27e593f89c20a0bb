/**
 * Key phrases ("export controls", "Mixture-of-Experts", "PhD students") for each claim: noun-phrase-like
 * runs of 1–3 words inside the sentence, with no stop word at either end, scored by how often the phrase
 * recurs in the article and whether the section heading uses it. Every phrase is taken from the text.
 */
import { isStopWord, stem, words, wordsWithOffsets } from '../text/words.ts';

export interface PhraseIndex {
  /** Occurrences of each phrase key in the article. */
  counts: Map<string, number>;
  /** Number of sentences the index was built from. */
  sentences: number;
}

interface Phrase {
  key: string;
  /** The phrase as written in the sentence. */
  surface: string;
  words: number;
  start: number;
  end: number;
}

const MAX_WORDS = 3;

/**
 * Key phrases for a few claims. Only the claims' own candidate phrases are counted across the article
 * (a pass over its stemmed words, bounded n-gram lookups), so a 100,000-sentence page stays cheap.
 */
export function topicsForClaims(
  claims: readonly { text: string; heading: string }[],
  articleSentences: readonly string[],
  max = 3,
): string[][] {
  const phrases = claims.map((claim) => candidatePhrases(claim.text));
  const wanted = new Set<string>();
  for (const list of phrases) for (const phrase of list) wanted.add(phrase.key);
  const index = countPhrases(articleSentences, wanted);
  // Claims of one section share its heading: its phrases are worked out once.
  const headingKeys = new Map<string, Set<string>>();
  const keysOf = (heading: string) => {
    let keys = headingKeys.get(heading);
    if (!keys) headingKeys.set(heading, (keys = phraseKeys(heading)));
    return keys;
  };
  return claims.map((claim, i) => bestTopics(phrases[i]!, keysOf(claim.heading), index, max));
}

function phraseKeys(text: string): Set<string> {
  return new Set(candidatePhrases(text).map((p) => p.key));
}

/**
 * Occurrences of the `wanted` phrase keys in the article. Counting runs over each sentence's stemmed
 * words without clause boundaries, which can only add the odd count across a comma.
 */
export function countPhrases(sentences: readonly string[], wanted: ReadonlySet<string>): PhraseIndex {
  const counts = new Map<string, number>();
  // Only positions that open some wanted phrase are looked at: most words open none.
  const openers = new Set([...wanted].map((key) => key.split(' ')[0]!));
  for (const sentence of sentences) {
    const stems = words(sentence).map(stem);
    for (let i = 0; i < stems.length; i++) {
      if (!openers.has(stems[i]!)) continue;
      let key = '';
      for (let n = 0; n < MAX_WORDS && i + n < stems.length; n++) {
        key = n === 0 ? stems[i]! : `${key} ${stems[i + n]!}`;
        if (wanted.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return { counts, sentences: sentences.length };
}

/** Up to `max` key phrases of one sentence, best first, none inside another. */
export function topicsFor(sentence: string, heading: string, index: PhraseIndex, max = 3): string[] {
  return bestTopics(candidatePhrases(sentence), phraseKeys(heading), index, max);
}

function bestTopics(phrases: readonly Phrase[], headingKeys: Set<string>, index: PhraseIndex, max: number): string[] {
  const scored = phrases
    .map((phrase) => ({ phrase, score: phraseScore(phrase, index, headingKeys) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.phrase.start - b.phrase.start || b.phrase.words - a.phrase.words);

  const chosen: Phrase[] = [];
  for (const { phrase } of scored) {
    if (chosen.length >= max) break;
    // Two topics never share words: neither in the sentence ("Meta’s comparable Llama" / "Llama 3.1
    // model") nor as phrases ("AI" inside "AI research" elsewhere).
    const overlapsChosen = chosen.some(
      (c) => (phrase.start < c.end && c.start < phrase.end) || c.key.includes(phrase.key) || phrase.key.includes(c.key),
    );
    if (!overlapsChosen) chosen.push(phrase);
  }
  return chosen.map((p) => p.surface);
}

/**
 * Recurrence makes a phrase a topic; longer phrases are more specific, so they need fewer repeats; a
 * single word in a large share of the sentences (the article's subject, e.g. the company's name) says
 * nothing about this claim in particular; the section heading naming it says a lot.
 */
function phraseScore(phrase: Phrase, index: PhraseIndex, headingKeys: Set<string>): number {
  const count = index.counts.get(phrase.key) ?? 0;
  // A single word has to recur to be a topic; a longer phrase is specific enough to stand once.
  if (phrase.words === 1 && count < 3) return 0;
  let score = Math.sqrt(count) * (phrase.words === 1 ? 0.4 : 1 + 0.3 * (phrase.words - 2));
  if (phrase.words === 1 && count / Math.max(1, index.sentences) > 0.3) score *= 0.3;
  if (headingKeys.has(phrase.key)) score *= 2;
  if (/^[\p{Lu}\p{N}]/u.test(phrase.surface) && phrase.words > 1) score *= 1.2;
  return score;
}

/** What the phrase rules ask of each word, worked out once per word rather than once per phrase holding it. */
interface Token {
  word: string;
  start: number;
  end: number;
  content: boolean;
  inner: boolean;
  head: boolean;
  /** A lowercase "-ed" word: a verb, so no phrase may hold it. */
  verb: boolean;
  stem: string;
  /** Parts of a hyphenated word ("Mixture-of-Experts" is three). */
  parts: number;
}

function tokensOf(text: string): Token[] {
  return wordsWithOffsets(text).map(({ word, start, end }) => {
    const content = isContentWord(word);
    return {
      word,
      start,
      end,
      content,
      inner: content || isInnerWord(word),
      head: isHeadWord(word),
      verb: /^\p{Ll}.*ed$/u.test(word),
      stem: stem(word.toLowerCase()),
      parts: word.split('-').length,
    };
  });
}

/** All 1–3-word runs within one clause whose first and last words are content words. */
function candidatePhrases(text: string): Phrase[] {
  const tokens = tokensOf(text);
  const out: Phrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 1; n <= MAX_WORDS && i + n <= tokens.length; n++) {
      const first = tokens[i]!;
      const last = tokens[i + n - 1]!;
      // A phrase stops at punctuation: "chips, reducing" is two clauses, not one phrase.
      if (n > 1 && !/^\s+$/.test(text.slice(tokens[i + n - 2]!.end, last.start))) break;
      // Inside a phrase only content words, figures and "of": each new inner word is checked as the run grows.
      if (n > 2 && !tokens[i + n - 2]!.inner) break;
      // A lowercase "-ed" word makes a verb phrase ("required one-tenth", "US tightened export").
      if (tokens.slice(i, i + n).some((t) => t.verb)) continue;
      if (!first.content) continue;
      if (!last.content || !last.head) continue;
      // Show "China", not "China’s": the possessive belongs to the sentence, not the topic.
      const end = last.end - (/['’]s$/i.test(last.word) ? 2 : 0);
      const run = tokens.slice(i, i + n);
      out.push({
        key: run.map((t) => t.stem).join(' '),
        surface: text.slice(first.start, end),
        // "Mixture-of-Experts" is as specific as a three-word phrase.
        words: run.reduce((sum, t) => sum + t.parts, 0),
        start: first.start,
        end,
      });
    }
  }
  return out;
}

// Words that start or end verb phrases and quantities rather than names of things: "made progress",
// "many companies", "likely to". Checked at a phrase's edges only ("Bank of England" keeps its "of").
const NOT_AN_EDGE = new Set(
  `many much several various another every lot lots way fact thing things like likely able also even still
  together away back forward ahead instead
  made make makes making put puts take takes took taken get gets got use uses used come came go goes went
  become became start started including according set need needs needed want wants help helped helps give gave given keep kept
  seem seems seemed begin began show shows showed shown find found whether almost quite rather really`
    .split(/\s+/)
    .filter(Boolean),
);
// The commonest articles and prepositions of other languages written in Latin script, so a French
// page gets "Commission nationale", not "des techniques". Used at phrase edges only: the ranker's
// stop list stays English, where "die" or "son" are content words.
const FOREIGN_FUNCTION_WORDS = new Set(
  `le la les un une des du de d l au aux et ou sur dans par pour avec sans sous est sont qui que ce cette ces
  il elle ils elles se sa son ses leur leurs plus pas ne der die das den dem des ein eine einer und oder mit
  von zu im ist sind auf für el los las del y en con por para una unos al lo il gli della delle di che`
    .split(/\s+/)
    .filter(Boolean),
);
// Inside a phrase only "of" may join content words ("Bank of England"); "and" joins two phrases.
const JOINERS = new Set(['of']);

/** A noun phrase ends in a noun: not in a verb's "-ed"/"-ing" ("computing resources" ends well, "started" not). */
function isHeadWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) || !/(?:ed|ing)$/i.test(word);
}

/** Inside a phrase, figures ("Llama 3.1 model") and "of" are fine as well as content words. */
function isInnerWord(word: string): boolean {
  return isContentWord(word) || JOINERS.has(word.toLowerCase()) || /^[\p{N}.,]+$/u.test(word);
}

function isContentWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (isStopWord(lower) || NOT_AN_EDGE.has(lower) || FOREIGN_FUNCTION_WORDS.has(lower)) return false;
  if (/ly$/.test(lower) && !/^\p{Lu}/u.test(word)) return false;
  // Figures and years alone are not topics ("2023", "10,000").
  if (/^[\p{N}.,'’-]+$/u.test(word)) return false;
  return word.length >= 3 || /^\p{Lu}{2,}$/u.test(word);
}
