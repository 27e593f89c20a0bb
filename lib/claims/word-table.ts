/**
 * Every lowercased word met so far, numbered, with what `wordForms` says of it (stem, content term, stop
 * word), kept from one article to the next as `wordForms` keeps its cache. A word is looked up by its place
 * in the lowercased sentence: tokenising and key phrases ask this of every word they read, and cutting each
 * word out as a new string to look it up in a Map was most of their cost. Stems get numbers of their own,
 * shared by the words that stem alike ("model", "models").
 */
import { formsOf } from '../text/words.ts';

/** Past this many words the table starts afresh, so reading many pages cannot grow it without limit. */
const WORD_LIMIT = 50_000;

export class WordTable {
  /** Each word by its number; its stem's number and its `wordForms` flags are kept by the same number. */
  private words = new SliceIndex();
  private stemNumbers: number[] = [];
  private terms: boolean[] = [];
  private stops: boolean[] = [];
  /** Each stem by its number, and the number of each stem. */
  private stems: string[] = [];
  private stemNumberIndex = new Map<string, number>();

  /** Starts afresh when full. Numbers given before are valid until the next call, so call it before numbering a text. */
  makeRoom(): void {
    if (this.words.size < WORD_LIMIT) return;
    this.words = new SliceIndex();
    this.stemNumbers = [];
    this.terms = [];
    this.stops = [];
    this.stems = [];
    this.stemNumberIndex = new Map();
  }

  /** The number of the word `lower.slice(start, end)` (lowercased already), given on first sight. */
  wordNumber(lower: string, start: number, end: number): number {
    const number = this.words.numberOf(lower, start, end);
    if (number === this.stemNumbers.length) this.describe(this.words.text(number));
    return number;
  }

  /** The word numbered `word`, lowercased. */
  word(word: number): string {
    return this.words.text(word);
  }

  /** The number of the word's stem. */
  stemNumberOf(word: number): number {
    return this.stemNumbers[word]!;
  }

  /** Whether the word is a content term (`isTermWord`). */
  isTerm(word: number): boolean {
    return this.terms[word]!;
  }

  /** Whether the word is a stop word (`isLowercaseStopWord`). */
  isStop(word: number): boolean {
    return this.stops[word]!;
  }

  /** The stem numbered `stemNumber`. */
  stem(stemNumber: number): string {
    return this.stems[stemNumber]!;
  }

  /** Keeps what `wordForms` says of a word just numbered, by its number. */
  private describe(word: string): void {
    // The table is itself the cache of these answers: going through `wordForms` would keep each word twice.
    const forms = formsOf(word);
    this.stemNumbers.push(this.numberStem(forms.stem));
    this.terms.push(forms.term);
    this.stops.push(forms.stop);
  }

  private numberStem(stem: string): number {
    let number = this.stemNumberIndex.get(stem);
    if (number === undefined) {
      number = this.stems.length;
      this.stems.push(stem);
      this.stemNumberIndex.set(stem, number);
    }
    return number;
  }
}

/**
 * Distinct strings numbered in order of first sight, each found by its place in a longer text: looking a word up
 * costs no string cut out of its sentence, only the first sight of each word keeps one.
 */
export class SliceIndex {
  /** Open addressing, linear probing: each slot holds a string's number + 1, or 0 when empty. */
  private slots = new Int32Array(1 << 12);
  private readonly texts: string[] = [];

  /** How many strings are numbered. */
  get size(): number {
    return this.texts.length;
  }

  /** The number of `text.slice(start, end)`; a string met for the first time gets the next number, `size` before. */
  numberOf(text: string, start: number, end: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(text, start, end) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return this.add(text.slice(start, end), slot);
      if (sameText(this.texts[entry - 1]!, text, start, end)) return entry - 1;
    }
  }

  /** The string numbered `number`. */
  text(number: number): string {
    return this.texts[number]!;
  }

  private add(text: string, slot: number): number {
    const number = this.texts.length;
    this.texts.push(text);
    this.slots[slot] = number + 1;
    // At most half full, so a probe soon meets an empty slot.
    if (2 * this.texts.length > this.slots.length) this.rehash(2 * this.slots.length);
    return number;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    this.texts.forEach((text, number) => {
      let slot = hashOf(text, 0, text.length) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = number + 1;
    });
    this.slots = slots;
  }
}

/** The words of every text read so far, shared by the tokeniser and the key phrases. */
export const wordTable = new WordTable();

/** FNV-1a over the UTF-16 code units of `text[start, end)`, its high bits folded into the low ones the table uses. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash ^ (hash >>> 16);
}

/** `word === text.slice(start, end)`, without cutting the slice. */
function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
