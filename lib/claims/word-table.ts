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
  /** Open addressing, linear probing: each slot holds a word number + 1, or 0 when empty. */
  private slots = new Int32Array(1 << 12);
  /** Each word by its number, with its stem's number and its `wordForms` flags. */
  private words: string[] = [];
  private stemNumbers: number[] = [];
  private terms: boolean[] = [];
  private stops: boolean[] = [];
  /** Each stem by its number, and the number of each stem. */
  private stems: string[] = [];
  private stemNumberIndex = new Map<string, number>();

  /** Starts afresh when full. Numbers given before are valid until the next call, so call it before numbering a text. */
  makeRoom(): void {
    if (this.words.length < WORD_LIMIT) return;
    this.slots = new Int32Array(1 << 12);
    this.words = [];
    this.stemNumbers = [];
    this.terms = [];
    this.stops = [];
    this.stems = [];
    this.stemNumberIndex = new Map();
  }

  /** The number of the word `lower.slice(start, end)` (lowercased already), given on first sight. */
  wordNumber(lower: string, start: number, end: number): number {
    const hash = hashOf(lower, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return this.add(lower.slice(start, end), slot);
      if (sameText(this.words[entry - 1]!, lower, start, end)) return entry - 1;
    }
  }

  /** The word numbered `word`, lowercased. */
  word(word: number): string {
    return this.words[word]!;
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

  private add(word: string, slot: number): number {
    // The table is itself the cache of these answers: going through `wordForms` would keep each word twice.
    const forms = formsOf(word);
    const number = this.words.length;
    this.words.push(word);
    this.stemNumbers.push(this.numberStem(forms.stem));
    this.terms.push(forms.term);
    this.stops.push(forms.stop);
    this.slots[slot] = number + 1;
    // At most half full, so a probe soon meets an empty slot.
    if (2 * this.words.length > this.slots.length) this.rehash(2 * this.slots.length);
    return number;
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

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    this.words.forEach((word, number) => {
      let slot = hashOf(word, 0, word.length) & mask;
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
