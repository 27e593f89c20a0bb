/**
 * Key phrases ("export controls", "Mixture-of-Experts", "PhD students") for each claim: noun-phrase-like
 * runs of 1–3 words inside the sentence, with no stop word at either end, scored by how often the phrase
 * recurs in the article and whether the section heading uses it. Every phrase is taken from the text.
 */
import { type PhraseWord, phraseWords } from './phrase-words.ts';
import { stem } from '../text/words.ts';
import { type ArticleTokens, tokeniseAll } from './tokens.ts';

export interface PhraseIndex {
  /** Occurrences of each phrase key in the article. */
  counts: Map<string, number>;
  /** Number of sentences the index was built from. */
  sentences: number;
}

interface Phrase {
  /** The stems of its words joined by spaces: equal keys, the same phrase. */
  key: string;
  /** The sentence's words; the phrase is `tokens[first .. first + length)`. */
  tokens: readonly PhraseWord[];
  first: number;
  length: number;
  /** The sentence; the phrase as written is `text.slice(start, end)`, cut only for the topics chosen. */
  text: string;
  words: number;
  start: number;
  end: number;
}

const MAX_WORDS = 3;
const TIME_MODIFIERS = new Set('previous past coming following current same whole entire recent'.split(' '));
/**
 * Lowercase verb endings that few nouns share, by page language: French imperfect and conditional ("publiait",
 * not "portrait"), Spanish and Portuguese past tenses ("llamó", "definía", "declarou").
 */
const VERB_ENDINGS: Record<string, RegExp> = {
  fr: /(?:[^t]r?ait|aient)$/,
  es: /(?:ó|aron|ieron|aba|aban|[^g]ía|ían|ará|erá|irá|ando|iendo)$/,
  pt: /(?:ou|aram|eram|iram|ava|ando|endo|indo)$/,
};
/**
 * Where a Spanish, Portuguese or French word is a verb by the word before it: after "que"/"qui" ("bebidas que
 * prometen beneficios", "ceux qui mettraient"), and a Spanish "-ar/-er/-ir" infinitive after a preposition ("sin
 * necesidad de hacer dieta").
 */
const VERB_PLACES: Record<string, (word: PhraseWord, before: PhraseWord | undefined) => boolean> = {
  es: (word, before) =>
    !!before && word.spaceBefore && (before.word === 'que' || (SPANISH_BEFORE_INFINITIVE.has(before.word) && /(?:ar|er|ir)$/.test(word.word))),
  pt: (word, before) => !!before && word.spaceBefore && before.word === 'que',
  fr: (word, before) => !!before && word.spaceBefore && before.word === 'qui',
};
const SPANISH_BEFORE_INFINITIVE = new Set(['de', 'para', 'sin', 'al', 'por']);
// A page that does not say its language: only endings no English, French or German word has ("llamó"). Most pages
// are read this way, and every lowercase word of their claims is tested: `/(?:ó|ieron)$/` without running a regex.
const ANY_LANGUAGE_VERB_ENDING = { test: (word: string) => word.endsWith('ó') || word.endsWith('ieron') };
/**
 * Adjectives that praise or grade without naming anything: with one of them a two-word phrase says little
 * ("better fit", "significant progress") unless the article comes back to it.
 */
const EVALUATIVE = new Set(
  `better best good great big bigger biggest significant considerable serious huge key clear close strong
  interesting amazing bad honest little certain particular major important meilleur meilleure grand grande bon
  bonne gros grosse gute guten großen große besser bessere wichtige gran mejor buen buena importante`
    .split(/\s+/)
    .filter(Boolean),
);
/** A phrase the article mostly uses as part of a longer one (with the word beside it here) is no topic. */
const MOSTLY_LONGER = 0.6;

/**
 * `word`, before a phrase that opens with `edge`, would go on with it: a content word in the same clause (`second`
 * is the later of the two), capitalised alike — "global AI research" is a modifier and a name. After a phrase any
 * content word goes on with it ("useful Hermitian matrix"), unless the phrase mostly stands alone ("New Zealand").
 */
function extends_(word: PhraseWord, second: PhraseWord, edge: PhraseWord): boolean {
  return second.spaceBefore && word.content && word.upper === edge.upper;
}

/**
 * Key phrases for a few claims. Only the claims' own candidate phrases are counted across the article
 * (a pass over its stemmed words, bounded n-gram lookups), so a 100,000-sentence page stays cheap.
 */
export function topicsForClaims(
  claims: readonly { text: string; heading: string }[],
  article: ArticleTokens,
  max = 3,
  lang?: string | null,
): string[][] {
  const verbScore = verbScores(article);
  // German writes every noun with a capital: a lowercase word never ends a noun phrase there.
  const german = /^de\b/i.test(lang ?? '');
  const language = (lang ?? '').slice(0, 2).toLowerCase();
  const verbEnding = VERB_ENDINGS[language] ?? ANY_LANGUAGE_VERB_ENDING;
  const verbByPlace = VERB_PLACES[language];
  const sentences = claims.map((claim) => {
    const words = phraseWords(claim.text);
    // Each word's stem is looked up in the article once, for the verb check and for every phrase holding it.
    const stemIds = words.map((word) => article.stemIndex.get(word.stem) ?? -1);
    words.forEach((word, k) => {
      if (word.upper) return;
      const id = stemIds[k]!;
      if ((id >= 0 && verbScore[id]! > 0) || verbEnding?.test(word.word) || verbByPlace?.(word, words[k - 1])) word.verb = true;
      if (german) word.head = false;
    });
    return { stemIds, phrases: candidatePhrases(claim.text, words) };
  });
  // Each phrase keeps the trie node where it ends: after counting, its tally is read there. So do the phrase with
  // the content word before or after it in this sentence: when the article mostly says that, the phrase is a cut
  // of a longer one ("source models" of "open source models").
  const trie = new PhraseTrie(article);
  const nodes = sentences.map(({ stemIds, phrases }) =>
    phrases.map(({ tokens, first, length }) => {
      const before = tokens[first - 1];
      const after = tokens[first + length];
      return {
        alone: trie.add(stemIds, first, length),
        withBefore: before && extends_(before, tokens[first]!, tokens[first]!) ? trie.add(stemIds, first - 1, length + 1) : undefined,
        withAfter: after && after.spaceBefore && after.content ? trie.add(stemIds, first, length + 1) : undefined,
      };
    }),
  );
  trie.countOccurrences();
  // Claims of one section share its heading: its phrases are worked out once.
  const headingKeys = new Map<string, Set<string>>();
  const keysOf = (heading: string) => {
    let keys = headingKeys.get(heading);
    if (!keys) headingKeys.set(heading, (keys = phraseKeys(heading)));
    return keys;
  };
  return claims.map((claim, i) => {
    const counts = nodes[i]!.map(({ alone, withBefore, withAfter }) => {
      const count = alone?.count ?? 0;
      const extended = Math.max(withBefore?.count ?? 0, withAfter?.count ?? 0);
      return extended >= MOSTLY_LONGER * count ? 0 : count;
    });
    return bestTopics(sentences[i]!.phrases, counts, keysOf(claim.heading), article.sentences, max);
  });
}

function phraseKeys(text: string): Set<string> {
  return new Set(candidatePhrases(text, phraseWords(text)).map((p) => p.key));
}

/**
 * Occurrences of the `wanted` phrase keys in the article. Counting runs over each sentence's stemmed
 * words without clause boundaries, which can only add the odd count across a comma.
 */
export function countPhrases(sentences: readonly string[], wanted: ReadonlySet<string>): PhraseIndex {
  const trie = new PhraseTrie(tokeniseAll(sentences));
  const nodes = [...wanted].map((key) => {
    const stemIds = key.split(' ').map((stem) => trie.article.stemIndex.get(stem) ?? -1);
    return { key, node: trie.add(stemIds, 0, stemIds.length) };
  });
  trie.countOccurrences();
  const counts = new Map<string, number>();
  for (const { key, node } of nodes) if (node && node.count > 0) counts.set(key, node.count);
  return { counts, sentences: sentences.length };
}

interface TrieNode {
  /** Occurrences in the article of the words leading here (a phrase's count when it ends here). */
  count: number;
  /** Longer phrases that go on from here, by the stem id of their next word; absent on the (many) nodes where none do. */
  next?: Map<number, TrieNode>;
}

/**
 * The wanted phrases as a trie of their stems' ids ("export control" is export → control), and their
 * occurrences in the article. Every word of the article is looked up as a phrase's first word, and most
 * open none: the first words are found in an array by stem id.
 */
class PhraseTrie {
  private readonly firstWords: (TrieNode | undefined)[];

  constructor(readonly article: ArticleTokens) {
    this.firstWords = new Array<TrieNode | undefined>(article.stems.length);
  }

  /**
   * The node of the phrase of the `length` stem ids from `stemIds[first]`, added (with the nodes leading to
   * it) if missing; undefined when one of its stems is in no sentence (id -1), so the phrase never occurs.
   */
  add(stemIds: readonly number[], first: number, length: number): TrieNode | undefined {
    let node: TrieNode | undefined;
    for (let k = first; k < first + length; k++) {
      const id = stemIds[k]!;
      if (id < 0) return undefined;
      node = node ? childNode(node, id) : (this.firstWords[id] ??= { count: 0 });
    }
    return node;
  }

  /**
   * Walks the n-grams opening at each word down the trie: most words open no wanted phrase and stop at
   * once. Each node keeps its own tally, so a hit costs no lookup by phrase key.
   */
  countOccurrences(): void {
    const { sentences, wordStart, stemIds } = this.article;
    for (let i = 0; i < sentences; i++) {
      const sentenceEnd = wordStart[i + 1]!;
      for (let first = wordStart[i]!; first < sentenceEnd; first++) {
        let node = this.firstWords[stemIds[first]!];
        // One word past the longest topic: a phrase's neighbour in the sentence is counted with it.
        for (let n = 1; node && n <= MAX_WORDS + 1; n++) {
          node.count++;
          node = first + n < sentenceEnd ? node.next?.get(stemIds[first + n]!) : undefined;
        }
      }
    }
  }
}

/** The child of `node` for the stem `id`, added if missing. */
function childNode(node: TrieNode, id: number): TrieNode {
  const children = (node.next ??= new Map());
  let child = children.get(id);
  if (!child) children.set(id, (child = { count: 0 }));
  return child;
}

/** `counts[k]` is how often `phrases[k]` occurs among the article's `sentences` sentences. */
function bestTopics(
  phrases: readonly Phrase[],
  counts: readonly number[],
  headingKeys: Set<string>,
  sentences: number,
  max: number,
): string[] {
  const scored: { phrase: Phrase; score: number }[] = [];
  phrases.forEach((phrase, k) => {
    const score = phraseScore(phrase, counts[k]!, sentences, headingKeys);
    if (score > 0) scored.push({ phrase, score });
  });
  scored.sort((a, b) => b.score - a.score || a.phrase.start - b.phrase.start || b.phrase.words - a.phrase.words);

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
  return chosen.map((p) => p.text.slice(p.start, p.end));
}

/**
 * Recurrence makes a phrase a topic; longer phrases are more specific, so they need fewer repeats; a
 * single word in a large share of the sentences (the article's subject, e.g. the company's name) says
 * nothing about this claim in particular; the section heading naming it says a lot.
 */
function phraseScore(phrase: Phrase, count: number, sentences: number, headingKeys: Set<string>): number {
  // A single word has to recur to be a topic; a longer phrase is specific enough to stand once.
  if (phrase.words === 1 && count < 3) return 0;
  // Nothing below makes up for a phrase the article never says alone (it is cut of a longer one).
  if (count === 0) return 0;
  if (count < 2 && phrase.length === 2 && EVALUATIVE.has(phrase.tokens[phrase.first]!.lower)) return 0;
  let score = Math.sqrt(count) * (phrase.words === 1 ? 0.4 : 1 + 0.3 * (phrase.words - 2));
  if (phrase.words === 1 && count / Math.max(1, sentences) > 0.3) score *= 0.3;
  if (headingKeys.has(phrase.key)) score *= 2;
  if (phrase.words > 1 && opensWithCapitalOrFigure(phrase.text, phrase.start)) score *= 1.2;
  return score;
}

/** `/^[\p{Lu}\p{N}]/u` on `text` from `start`; in ASCII that is A–Z and 0–9, decided by the character code. */
function opensWithCapitalOrFigure(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  CAPITAL_OR_FIGURE.lastIndex = start;
  return CAPITAL_OR_FIGURE.test(text);
}

// Sticky: it matches at `lastIndex` only, so the text need not be cut first.
const CAPITAL_OR_FIGURE = /[\p{Lu}\p{N}]/uy;

/**
 * How much the article uses each stem (by id) as a verb rather than as a noun, a verb where above 0: after a
 * subject pronoun, "who", "which" or "to" rather than after an article or a possessive ("Bar learns", "program
 * aims", "people react").
 */
function verbScores(article: ArticleTokens): Int32Array {
  const { stemIds, stemIndex, wordStart, sentences } = article;
  // What the word before says of a stem: 1 it is a verb there, -1 a noun, 0 nothing.
  const placeOf = new Int8Array(article.stems.length);
  for (const stem of DETERMINER_STEMS) setPlace(placeOf, stemIndex.get(stem), -1);
  for (const stem of SUBJECT_STEMS) setPlace(placeOf, stemIndex.get(stem), 1);
  const score = new Int32Array(article.stems.length);
  for (let i = 0; i < sentences; i++) {
    for (let j = wordStart[i]! + 1; j < wordStart[i + 1]!; j++) score[stemIds[j]!]! += placeOf[stemIds[j - 1]!]!;
  }
  return score;
}

function setPlace(placeOf: Int8Array, id: number | undefined, place: number): void {
  if (id !== undefined) placeOf[id] = place;
}

// Stemmed once: the words are fixed, only their ids differ from one article to the next.
const SUBJECT_STEMS = stemsOf('he she it they we i who which to will would can could should may might must');
const DETERMINER_STEMS = stemsOf('the a an this that these those his her their its our my your every each some');

function stemsOf(words: string): string[] {
  return words.split(' ').map(stem);
}

/** All 1–3-word runs within one clause whose first and last words are content words; `tokens` are the words of `text`. */
function candidatePhrases(text: string, tokens: readonly PhraseWord[]): Phrase[] {
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
      if (!first.content || first.timeUnit) continue;
      if (!last.content || !last.head) continue;
      // "previous year", "past months": a time, not a topic.
      if (last.timeUnit && n === 2 && TIME_MODIFIERS.has(first.lower)) continue;
      // A word cut at a hyphen, or a phrase at a slash: "FaceTime-Audio" of "FaceTime-Audio- oder Skype-Anrufe",
      // "formal HIV" of "formal HIV/Aids policies".
      const after = text.charCodeAt(last.end);
      if (after === 45 || (n > 1 && after === 47) || cutsAName(tokens, i, i + n)) continue;
      out.push({
        key,
        tokens,
        first: i,
        length: n,
        text,
        words: parts,
        start: first.phraseStart,
        end: last.phraseEnd,
      });
    }
  }
  return out;
}

/**
 * The phrase `tokens[from, to)` is part of a longer name or noun phrase that goes on beyond it: "New" of "New
 * Zealand", "International" of "Nations International Telecommunication", "Early" of "Early colonial New Zealand",
 * "comparable Llama" of "Llama 3.1". A sentence's first word is capitalised anyway, so it counts as lowercase
 * for a phrase that goes on in lowercase.
 */
function cutsAName(tokens: readonly PhraseWord[], from: number, to: number): boolean {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const next = tokens[to]?.spaceBefore ? tokens[to] : undefined;
  const before = first.spaceBefore ? tokens[from - 1] : undefined;
  const lone = to - from === 1;
  // The rest of a figure: "000-seater" of "60,000-seater".
  if (!first.spaceBefore && from > 0 && startsWithFigure(first.word) && startsWithFigure(tokens[from - 1]!.word)) return true;
  // A figure that goes on with the name before it: "4's Today programme" of "Radio 4's Today programme".
  if (before?.upper && before.content && startsWithFigure(first.word)) return true;
  // Inside a longer name: "Kaurinui" of "Te Kaurinui", "Xbox" of "Xbox One", "Miranda" of "Luis de Miranda".
  // A capital opening the sentence ("The Bank of England…") joins no name unless it is a content word.
  const nameBefore = before?.upper && (before.content || from > 1);
  if (before && first.upper && (nameBefore || (PARTICLES.has(before.word) && tokens[from - 2]?.upper))) return true;
  // A particle opening the sentence opens the name too: "Miranda" of "De Miranda evokes…".
  if (from === 1 && before?.upper && first.upper && PARTICLES.has(before.lower)) return true;
  // "in order to": a lone word of an idiom.
  if (lone && before?.word === 'in' && next?.word === 'to') return true;
  // A single word after a figure is a quantity: "days" of "30 days", "ans" of "vingt ans".
  if (lone && before && startsWithFigure(before.word)) return true;
  if (!next) return from === 0 && lone && !isNameLike(first.word);
  if (last.upper && (next.upper || startsWithFigure(next.word))) return true;
  // "of" goes on with the phrase: "critical part" of "critical part of the initiative", "Economic Freedom" of
  // "Index of Economic Freedom" (checked above for the name), "projet" of "projet de loi".
  if (JOINERS_AFTER.has(next.lower)) return true;
  const lastIsLowercase = !last.upper || to - 1 === 0;
  if (lastIsLowercase && next.content && !next.verb) return true;
  // A people or place adjective before its noun: "British" of "British origins", "Hermitian" of "Hermitian matrix".
  if (lone && last.upper && !next.upper && next.content && /(?:ish|ian|ese|ic|an)$/.test(last.word)) return true;
  // A lone first word is a capitalised common word unless it looks like a name ("DeepSeek", "NATO").
  return from === 0 && lone && !isNameLike(first.word);
}

// Between two parts of one name: "Luis de Miranda", "Index of Economic Freedom".
const PARTICLES = new Set(['of', 'de', 'van', 'von', 'da', 'di', 'del', 'du', 'le', 'la', 'ter', 'bin', 'al']);
const JOINERS_AFTER = new Set(['of', 'de', 'des', 'du', 'von', 'del', 'di', 'd']);

function startsWithFigure(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 48 && code <= 57 : /^\p{N}/u.test(word);
}

/** An acronym or a word with a capital past its first letter. */
function isNameLike(word: string): boolean {
  return /^\p{Lu}.*\p{Lu}/u.test(word);
}
