/**
 * What the key-phrase rules (topics.ts) ask of each word of a sentence: may it open or close a phrase,
 * may it sit inside one, is it a verb form, what is its stem. Worked out once per word rather than once
 * per phrase holding it. Most words are plain ASCII, so the checks look at character codes first and
 * run a Unicode regex only when the answer depends on it.
 */
import { forEachWord, isLowercaseStopWord, lowercaseSameOffsets } from '../text/words.ts';
import { wordTable } from './word-table.ts';

export interface PhraseWord {
  word: string;
  start: number;
  end: number;
  /** May open or close a phrase. */
  content: boolean;
  /** May sit inside a phrase. */
  inner: boolean;
  /** May close a phrase: not an "-ed"/"-ing" form. */
  head: boolean;
  /**
   * A verb, so no phrase may hold it: a lowercase "-ed" word, a common verb form ("fell", "comes"), a contraction
   * ("couldn't"), or a word placed as verbs are (after "to", a modal or a subject pronoun; an "-s" word before "the").
   */
  verb: boolean;
  /** Opens with a capital letter. */
  upper: boolean;
  stem: string;
  /** Parts of a hyphenated word ("Mixture-of-Experts" is three). */
  parts: number;
  /** Only white space separates it from the word before (no punctuation, so the same clause). */
  spaceBefore: boolean;
  /** Where a phrase ending on this word ends: before a possessive "’s". */
  phraseEnd: number;
}

export function phraseWords(text: string): PhraseWord[] {
  // Lowercasing the text once and reading each word from it is the same as lowercasing each word, unless
  // a letter's lowercase depends on its neighbours or changes the length (see `lowercaseSameOffsets`).
  const lowerText = lowercaseSameOffsets(text);
  const out: PhraseWord[] = [];
  let previousEnd = -1;
  wordTable.makeRoom();
  forEachWord(lowerText ?? text, (start, end) => {
    const word = text.slice(start, end);
    const number = lowerText !== null ? wordTable.wordNumber(lowerText, start, end) : wordNumberOf(word.toLowerCase());
    const lower = wordTable.word(number);
    const content = isContentWord(word, lower, wordTable.isStop(number));
    const spaceBefore = previousEnd >= 0 && isSpaceOnly(text, previousEnd, start);
    previousEnd = end;
    out.push({
      word,
      start,
      end,
      content,
      inner: content || isJoinerOrFigure(word, lower),
      head: isHeadWord(word),
      verb: (word.endsWith('ed') && VERB.test(word)) || VERB_FORMS.has(lower) || CONTRACTION.test(lower),
      upper: startsUpper(word),
      stem: wordTable.stem(wordTable.stemNumberOf(number)),
      parts: countHyphens(word) + 1,
      spaceBefore,
      // Show "China", not "China’s": the possessive belongs to the sentence, not the topic.
      phraseEnd: end - (isPossessive(word) ? 2 : 0),
    });
  });
  markVerbsByPlace(out);
  return out;
}

/**
 * Words placed as verbs are: after "to", a modal, a subject pronoun or a form of "be" ("-ing"), an adverb between
 * allowed ("can also store"); an "-s" word after "which"/"that"/"who" or before an article, pronoun or quantifier.
 */
function markVerbsByPlace(words: PhraseWord[]): void {
  for (let k = 1; k < words.length; k++) {
    const word = words[k]!;
    if (word.upper) continue;
    let b = k - 1;
    while (b > 0 && ADVERBS.has(words[b]!.word.toLowerCase())) b--;
    // What comes before counts only in the same clause.
    const before = word.spaceBefore ? words[b]!.word.toLowerCase() : '';
    const after = words[k + 1];
    const next = after?.spaceBefore ? after.word.toLowerCase() : '';
    const third = /[^su]s$/.test(word.word);
    word.verb ||=
      BEFORE_VERB.has(before) ||
      CONTRACTION.test(before) ||
      // "empower and support", "record or capture": the second of two joined verbs.
      ((before === 'and' || before === 'or') && !!words[b - 1]?.verb) ||
      (BEFORE_GERUND.has(before) && word.word.endsWith('ing')) ||
      (third && (RELATIVES.has(before) || AFTER_VERB.has(next) || /^\p{N}/u.test(next))) ||
      OBJECTS.has(next);
  }
}

// Common verb forms that are not "-ed" words: irregular pasts and third persons that open or close cut phrases,
// and the commonest of German, French and Spanish.
const VERB_FORMS = new Set(
  `fell falls rose rises grew grows came comes went goes made makes took takes gave gives saw sees became becomes
  began begins got gets thought thinks knew knows found finds left leaves kept keeps held holds brought brings
  paid pays built builds sold sells won wins lost loses ran runs met meets sent sends spent spends stood stands led
  leads hit hits wrote writes spoke speaks chose chooses drove drives broke breaks seems appears remains includes
  means wants needs tells asks calls looks believes expects plans helps lets puts sets cuts shows tried tries
  ask asks rise fall be been being do does did done
  ist sind war waren wird werden wurde wurden hat haben hatte gibt gab kann muss soll erlaubt bietet klappt zeigt
  est sont était a ont sera seront pourra peut doit fait permet prévoit crée es son fue ha han está tiene puede dijo será`
    .split(/\s+/)
    .filter(Boolean),
);
const ADVERBS = new Set('also not never only still just even often already'.split(' '));
const BEFORE_VERB = new Set('to will would can could should may might must shall cannot he she it they we who i er es man il elle ils on'.split(' '));
const BEFORE_GERUND = new Set('from by without while after before when since is are was were be been being am'.split(' '));
const RELATIVES = new Set('which that who'.split(' '));
const AFTER_VERB = new Set(
  'the a an his her their its our my your some many all more no every each these those to as'.split(' '),
);
// An object pronoun after a word makes it a verb: "People dismiss us".
const OBJECTS = new Set('him them us me himself herself itself themselves'.split(' '));
const CONTRACTION = /(?:n['’]t|['’](?:re|ve|ll|d|m))$/;

/** The number of a word lowercased on its own. */
function wordNumberOf(lower: string): number {
  return wordTable.wordNumber(lower, 0, lower.length);
}

const VERB = /^\p{Ll}.*ed$/u;

// Words that start or end verb phrases and quantities rather than names of things: "made progress",
// "many companies", "likely to". Checked at a phrase's edges only ("Bank of England" keeps its "of").
const NOT_AN_EDGE = new Set(
  `many much several various another every lot lots way fact thing things like likely able also even still
  together away back forward ahead instead
  made make makes making put puts take takes took taken get gets got use uses used come came go goes went
  become became start started including according set need needs needed want wants help helped helps give gave given keep kept
  seem seems seemed begin began show shows showed shown find found whether almost quite rather really
  within without across amid amidst among amongst despite toward towards upon via per beyond onto throughout inside
  outside near behind beside besides along alongside around past unlike since versus whereas whilst although unless
  except regarding concerning least last first next million billion trillion thousand hundred percent cent dozen
  later little ever similar old nun auch bereits noch schon nur sehr mehr immer wieder jetzt hier`
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
// Both lists in one set: every word of every claim is looked up.
const NEVER_AN_EDGE = new Set([...NOT_AN_EDGE, ...FOREIGN_FUNCTION_WORDS]);
// Inside a phrase only "of" (and its French, German, Italian, Spanish forms) may join content words ("Bank of
// England", "projet de loi"); "and" joins two phrases.
const JOINERS = new Set(['of', 'de', 'du', 'des', 'von', 'di', 'del']);

/**
 * A noun phrase ends in a noun: not in a verb's "-ed"/"-ing" ("computing resources" ends well, "started" not) nor
 * in an adjective's ending.
 */
function isHeadWord(word: string): boolean {
  return startsUpper(word) || (!endsWithAsciiFolded(word, 'ed') && !endsWithAsciiFolded(word, 'ing') && !ADJECTIVE.test(word));
}

// Endings of adjectives that are hardly ever nouns: "unique", "famous", "successful".
const ADJECTIVE = /(?:ique|ous|ful)$/;

/**
 * `/['’]s$/i`: a possessive "’s". Outside the `u` flag a case-insensitive "s" matches only "s" and "S",
 * so the last two characters decide.
 */
function isPossessive(word: string): boolean {
  const length = word.length;
  if (length < 2 || (word.charCodeAt(length - 1) | 32) !== 115) return false;
  const mark = word.charCodeAt(length - 2);
  return mark === 39 || mark === 0x2019;
}

/**
 * `new RegExp(ending + '$', 'i')` for a lowercase ASCII `ending`: without the `u` flag, only the ASCII
 * capital matches a lowercase ASCII letter case-insensitively (the rule for characters past 127).
 */
function endsWithAsciiFolded(word: string, ending: string): boolean {
  const offset = word.length - ending.length;
  if (offset < 0) return false;
  for (let i = 0; i < ending.length; i++) {
    const code = word.charCodeAt(offset + i);
    // Bit 5 set lowercases an ASCII capital; a code past 127 never folds onto a lowercase ASCII letter.
    if (code >= 128 || (code | 32) !== ending.charCodeAt(i)) return false;
  }
  return true;
}

/** Inside a phrase, figures ("Llama 3.1 model") and "of" are fine as well as content words. */
function isJoinerOrFigure(word: string, lower: string): boolean {
  return JOINERS.has(lower) || (!startsWithAsciiLetter(word) && FIGURE.test(word));
}

const FIGURE = /^[\p{N}.,]+$/u;
const FIGURE_OR_YEAR = /^[\p{N}.,'’-]+$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const FRACTION = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|half)-/;

function isContentWord(word: string, lower: string, isStop: boolean): boolean {
  // "that’s", "there’s": a stop word with its "’s".
  if (isStop || NEVER_AN_EDGE.has(lower) || (isPossessive(lower) && isLowercaseStopWord(lower.slice(0, -2)))) return false;
  if (lower.endsWith('ly') && !startsUpper(word)) return false;
  // Figures and years alone are not topics ("2023", "10,000").
  if (!startsWithAsciiLetter(word) && FIGURE_OR_YEAR.test(word)) return false;
  // "one-tenth", "two-thirds": quantities.
  if (FRACTION.test(lower)) return false;
  return word.length >= 3 || ACRONYM.test(word);
}

/** `/^\p{Lu}/u`: the word opens with a capital letter. ASCII first letters are decided by their code. */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word);
}

/** A word opening with a-z or A-Z cannot be a figure, whatever follows (the figure patterns start with a digit or a mark). */
function startsWithAsciiLetter(word: string): boolean {
  // Setting bit 5 lowercases an ASCII capital and leaves a lowercase letter as it is.
  const folded = word.charCodeAt(0) | 32;
  return folded >= 97 && folded <= 122;
}

/** `text[from, to)` is non-empty white space; the usual single space is decided without a regex. */
function isSpaceOnly(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 32) return true;
  return SPACES.test(text.slice(from, to));
}

const SPACES = /^\s+$/;

function countHyphens(word: string): number {
  let count = 0;
  for (let at = word.indexOf('-'); at >= 0; at = word.indexOf('-', at + 1)) count++;
  return count;
}
