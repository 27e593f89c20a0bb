/**
 * Key phrases ("export controls", "Mixture-of-Experts", "PhD students") for each claim: noun-phrase-like
 * runs of 1–3 words inside the sentence, with no stop word at either end, scored by how often the phrase
 * recurs in the article and whether the section heading uses it. Every phrase is taken from the text.
 */
import { stem, words } from '../text/words.ts';
import { phraseWords } from './phrase-words.ts';
import type { SentenceTokens } from './tokens.ts';

export interface PhraseIndex {
  /** Occurrences of each phrase key in the article. */
  counts: Map<string, number>;
  /** Number of sentences the index was built from. */
  sentences: number;
}

interface Phrase {
  /** The stems of its words joined by spaces: equal keys, the same phrase. */
  key: string;
  /** The stems of its words, in order. */
  stems: readonly string[];
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
  article: readonly string[] | readonly SentenceTokens[],
  max = 3,
): string[][] {
  const phrases = claims.map((claim) => candidatePhrases(claim.text));
  // Sentences already tokenised bring their stems; plain text is stemmed here.
  const index = countInTrie(
    article.map((sentence) => (typeof sentence === 'string' ? words(sentence).map(stem) : sentence.stems)),
    phraseTrie(phrases.flat()),
  );
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
  return countPhrasesInStems(sentences.map((sentence) => words(sentence).map(stem)), wanted);
}

/** `countPhrases` over each sentence's stemmed words (the `stem` of each of `words(sentence)`). */
export function countPhrasesInStems(
  stemsOfSentences: readonly (readonly string[])[],
  wanted: ReadonlySet<string>,
): PhraseIndex {
  return countInTrie(stemsOfSentences, phraseTrie([...wanted].map((key) => ({ key, stems: key.split(' ') }))));
}

function countInTrie(stemsOfSentences: readonly (readonly string[])[], root: Map<string, TrieNode>): PhraseIndex {
  for (const stems of stemsOfSentences) {
    for (let i = 0; i < stems.length; i++) {
      // Walk the n-grams opening here down the trie: most words open no wanted phrase and stop at once.
      // Each node keeps its own tally, so a hit costs no lookup by phrase key.
      let node = root.get(stems[i]!);
      for (let n = 1; node && n <= MAX_WORDS; n++) {
        node.count++;
        node = i + n < stems.length ? node.next?.get(stems[i + n]!) : undefined;
      }
    }
  }
  const counts = new Map<string, number>();
  collectCounts(root, counts);
  return { counts, sentences: stemsOfSentences.length };
}

/** The tallies of the wanted phrases that occur, keyed by phrase key. */
function collectCounts(children: Map<string, TrieNode>, counts: Map<string, number>): void {
  for (const node of children.values()) {
    if (node.key !== undefined && node.count > 0) counts.set(node.key, node.count);
    if (node.next) collectCounts(node.next, counts);
  }
}

/** The wanted phrase keys as a trie of their stems ("export control" is export → control). */
interface TrieNode {
  /** The phrase key that ends here, if one is wanted. */
  key?: string;
  /** Occurrences in the article of the words leading here (a phrase's count when `key` is set). */
  count: number;
  /** Longer phrases that go on from here; absent on the (many) nodes where none do. */
  next?: Map<string, TrieNode>;
}

function phraseTrie(phrases: readonly { key: string; stems: readonly string[] }[]): Map<string, TrieNode> {
  const root = new Map<string, TrieNode>();
  for (const { key, stems } of phrases) {
    let children = root;
    let node: TrieNode | undefined;
    for (const part of stems) {
      if (node) children = node.next ??= new Map();
      node = children.get(part);
      if (!node) children.set(part, (node = { count: 0 }));
    }
    node!.key = key;
  }
  return root;
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

/** All 1–3-word runs within one clause whose first and last words are content words. */
function candidatePhrases(text: string): Phrase[] {
  const tokens = phraseWords(text);
  const out: Phrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    // The run's key, word count and verb check grow with it, one word at a time.
    let key = '';
    let parts = 0;
    let hasVerb = false;
    for (let n = 1; n <= MAX_WORDS && i + n <= tokens.length; n++) {
      const last = tokens[i + n - 1]!;
      // A phrase stops at punctuation: "chips, reducing" is two clauses, not one phrase.
      if (n > 1 && !last.spaceBefore) break;
      // Inside a phrase only content words, figures and "of": each new inner word is checked as the run grows.
      if (n > 2 && !tokens[i + n - 2]!.inner) break;
      key = n === 1 ? last.stem : `${key} ${last.stem}`;
      // "Mixture-of-Experts" is as specific as a three-word phrase.
      parts += last.parts;
      // A lowercase "-ed" word makes a verb phrase ("required one-tenth", "US tightened export").
      hasVerb ||= last.verb;
      if (hasVerb) continue;
      if (!first.content) continue;
      if (!last.content || !last.head) continue;
      out.push({
        key,
        stems: tokens.slice(i, i + n).map((t) => t.stem),
        surface: text.slice(first.start, last.phraseEnd),
        words: parts,
        start: first.start,
        end: last.phraseEnd,
      });
    }
  }
  return out;
}
