/**
 * The words of an article's sentences, worked out once and shared by every claim stage: ranking (term
 * vectors, word shape), choosing (length) and key phrases (stemmed n-grams). Matching the word pattern
 * and stemming are the largest per-sentence costs, and each stage used to redo them on the same text.
 *
 * Every sentence's words stay alive until the claims are chosen, so they are kept as a few flat typed
 * arrays over the whole article, each stem interned to a small integer id. On a page of 10,000 sentences,
 * arrays of strings per sentence were most of what the garbage collector had to copy; typed arrays live
 * outside the collected heap, and the strings are one per distinct stem.
 */
import { forEachWord, lowercaseSameOffsets, lowercaseWords, wordsAsWritten } from '../text/words.ts';
import { isSpecificAt, shapeOfWords } from './features.ts';
import { wordTable } from './word-table.ts';

export interface ArticleTokens {
  /** Number of sentences. */
  readonly sentences: number;
  /** Sentence i's words are entries `wordStart[i] .. wordStart[i + 1]` of `stemIds` and `isTerm`. */
  readonly wordStart: Int32Array;
  /** The stem id of each lowercased word (`words(sentence)`), stop words included. */
  readonly stemIds: Int32Array;
  /** 1 where the word is a content term (`isTermWord`), the unit the ranker counts; 0 elsewhere. */
  readonly isTerm: Int32Array;
  /** Each stem by its id; ids are given in order of first use. */
  readonly stems: readonly string[];
  /** The id of each stem. */
  readonly stemIndex: ReadonlyMap<string, number>;
  /**
   * Word count of each sentence as written (`wordShape(sentence).words`). It differs from the lowercased
   * count only where lowercasing splits a word ("İ" becomes "i" and a combining dot, see `lowercaseWords`).
   */
  readonly writtenWords: Int32Array;
  /** Share of specific words of each sentence (`wordShape(sentence).specificity`). */
  readonly specificity: Float64Array;
}

/** Number of lowercased words of sentence `i` (`words(sentence).length`). */
export function wordCountOf(tokens: ArticleTokens, i: number): number {
  return tokens.wordStart[i + 1]! - tokens.wordStart[i]!;
}

/** The words of each sentence, in one `ArticleTokens`. */
export function tokeniseAll(sentences: readonly string[]): ArticleTokens {
  wordTable.makeRoom();
  articleStems.beginArticle();
  const builder = new TokenBuilder(sentences);
  for (const sentence of sentences) builder.addSentence(sentence);
  return builder.finish();
}

/**
 * The article's id of each stem of the word table, by the stem's number there. Its arrays are as long as
 * the table's stems and kept from one article to the next: each article is given a new stamp, and an id
 * holds only where its stamp is the current one, so no article allocates or clears them.
 */
class ArticleStemIds {
  private ids = new Int32Array(1024);
  private stamps = new Int32Array(1024);
  private stamp = 0;

  beginArticle(): void {
    this.stamp++;
  }

  /** The article's id of stem `stemNumber`, or -1 while the article has not used it. */
  idOf(stemNumber: number): number {
    return stemNumber < this.stamps.length && this.stamps[stemNumber] === this.stamp ? this.ids[stemNumber]! : -1;
  }

  set(stemNumber: number, id: number): void {
    if (stemNumber >= this.stamps.length) this.grow(2 * stemNumber);
    this.stamps[stemNumber] = this.stamp;
    this.ids[stemNumber] = id;
  }

  private grow(size: number): void {
    const ids = new Int32Array(size);
    ids.set(this.ids);
    this.ids = ids;
    const stamps = new Int32Array(size);
    stamps.set(this.stamps);
    this.stamps = stamps;
  }
}

const articleStems = new ArticleStemIds();

/** Fills the flat word arrays sentence by sentence, growing them as words arrive. */
class TokenBuilder {
  private readonly wordStart: Int32Array;
  private readonly writtenWords: Int32Array;
  private readonly specificity: Float64Array;
  private readonly stems: string[] = [];
  private readonly stemIndex = new Map<string, number>();
  private stemIds: Int32Array;
  private isTerm: Int32Array;
  private words = 0;
  private sentence = 0;

  constructor(sentences: readonly string[]) {
    const n = sentences.length;
    // English averages about six characters a word with its space; a fifth of the length rarely needs to grow.
    let characters = 0;
    for (const sentence of sentences) characters += sentence.length;
    const capacity = Math.max(16, Math.ceil(characters / 5));
    // The integer arrays share one buffer: on a small page, creating a typed array costs more than filling it.
    const integers = new Int32Array(2 * n + 1 + 2 * capacity);
    this.wordStart = integers.subarray(0, n + 1);
    this.writtenWords = integers.subarray(n + 1, 2 * n + 1);
    this.stemIds = integers.subarray(2 * n + 1, 2 * n + 1 + capacity);
    this.isTerm = integers.subarray(2 * n + 1 + capacity);
    this.specificity = new Float64Array(n);
  }

  addSentence(sentence: string): void {
    const lower = lowercaseSameOffsets(sentence);
    if (lower !== null) this.addSlicedWords(sentence, lower);
    else this.addWordByWord(sentence);
    this.sentence++;
    this.wordStart[this.sentence] = this.words;
  }

  finish(): ArticleTokens {
    return {
      sentences: this.sentence,
      wordStart: this.wordStart,
      stemIds: this.stemIds.subarray(0, this.words),
      isTerm: this.isTerm.subarray(0, this.words),
      stems: this.stems,
      stemIndex: this.stemIndex,
      writtenWords: this.writtenWords,
      specificity: this.specificity,
    };
  }

  /**
   * The words are read from the sentence's lowercased copy (`lowercaseSameOffsets`): no word list is built, and
   * the shape is read from the sentence itself at the same offsets.
   */
  private addSlicedWords(sentence: string, lower: string): void {
    let count = 0;
    let specific = 0;
    forEachWord(lower, (start, end) => {
      this.addWord(wordTable.wordNumber(lower, start, end));
      // The first word is capitalised anyway (see `WordShape.specificity`).
      if (count > 0 && isSpecificAt(sentence, start, end, lower)) specific++;
      count++;
    });
    this.writtenWords[this.sentence] = count;
    this.specificity[this.sentence] = count < 2 ? 0 : specific / count;
  }

  /** For a sentence whose lowercase changes length or depends on context ("İ", "Σ"). */
  private addWordByWord(sentence: string): void {
    const asWritten = wordsAsWritten(sentence);
    for (const word of lowercaseWords(sentence, asWritten)) this.addWord(wordTable.wordNumber(word, 0, word.length));
    const shape = shapeOfWords(asWritten);
    this.writtenWords[this.sentence] = shape.words;
    this.specificity[this.sentence] = shape.specificity;
  }

  private addWord(word: number): void {
    if (this.words === this.stemIds.length) this.grow();
    this.stemIds[this.words] = this.stemIdOf(wordTable.stemNumberOf(word));
    this.isTerm[this.words] = wordTable.isTerm(word) ? 1 : 0;
    this.words++;
  }

  /** The id in this article of the word table's stem `stemNumber`, given on first use. */
  private stemIdOf(stemNumber: number): number {
    let id = articleStems.idOf(stemNumber);
    if (id < 0) {
      id = this.stems.length;
      const stem = wordTable.stem(stemNumber);
      this.stems.push(stem);
      this.stemIndex.set(stem, id);
      articleStems.set(stemNumber, id);
    }
    return id;
  }

  private grow(): void {
    const stemIds = new Int32Array(this.stemIds.length * 2);
    stemIds.set(this.stemIds);
    this.stemIds = stemIds;
    const isTerm = new Int32Array(this.isTerm.length * 2);
    isTerm.set(this.isTerm);
    this.isTerm = isTerm;
  }
}
