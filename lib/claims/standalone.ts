/**
 * Can a sentence be read on its own? A claim is shown without the sentences around it, so one that opens by
 * pointing back ("But it may…", "Instead, he…"), leans on a pronoun named only before ("She flaunted…", "This
 * deal…"), leaves a quotation open, introduces what follows (ends in ":") or is page furniture (a reference-list
 * entry, a maintenance banner, a heading or caption without a full stop) reads badly in the popup. The word lists
 * are small, per language (English, German, French, Spanish), and only ever looked at a sentence's first words.
 */
import { isLetter, isWordChar } from '../text/words.ts';

/** Lists of one language: connectives that point back to the sentence before, and pronoun-like openers. */
interface Lexicon {
  /** Dropped from the shown text without a following comma ("But it rose" → "It rose"). */
  joiners: Set<string>;
  /** Dropped only when a comma follows ("Instead, he…"): some also open standalone sentences ("Still images…"). */
  adverbs: Set<string>;
  /** A subject named in an earlier sentence. */
  pronouns: Set<string>;
  /** Open a clause before the main one: "As he attempts…" leans back as much as "He attempts…". */
  subordinators: Set<string>;
  /** The first word of every joiner and adverb ("in" for "in fact"). */
  openers: Set<string>;
}

const set = (words: string) => new Set(words.split(' '));
const lexicon = (lists: Omit<Lexicon, 'openers'>): Lexicon => ({
  ...lists,
  openers: new Set([...lists.joiners, ...lists.adverbs].map((key) => key.split('_')[0]!)),
});
const LEXICONS: Record<string, Lexicon> = {
  en: lexicon({
    joiners: set('and but yet or so plus however'),
    adverbs: set(
      'here instead still however also indeed meanwhile moreover nevertheless nonetheless besides furthermore therefore thus hence otherwise likewise similarly then again now finally additionally consequently accordingly regardless anyway though instead_of in_fact in_addition as_a_result after_all even_so that_said by_contrast in_contrast on_the_other_hand at_the_same_time of_course in_turn for_example for_instance',
    ),
    pronouns: set('he she it they him her them his its their this these those that such'),
    subordinators: set('as when after although though while because if since before until once whereas unless'),
  }),
  de: lexicon({
    joiners: set('und aber doch oder denn sondern'),
    adverbs: set(
      'so auch dennoch trotzdem außerdem jedoch allerdings deshalb daher damit dabei zudem stattdessen also somit dann danach immerhin ebenso hingegen freilich',
    ),
    pronouns: set('er sie es ihm ihn ihr ihre ihrem ihren sein seine seinem seinen seiner dies diese dieser dieses diesem diesen dort'),
    subordinators: set('als wenn nachdem obwohl während weil da bevor sobald'),
  }),
  fr: lexicon({
    joiners: set('et mais ou donc car puis'),
    adverbs: set(
      'pourtant cependant toutefois ainsi alors aussi néanmoins enfin ensuite également sinon en_effet de_plus par_ailleurs en_outre par_contre en_revanche du_coup',
    ),
    pronouns: set('il elle ils elles ce cela ceci ça celui celle ceux celles cet cette ces son sa ses leur leurs lui'),
    subordinators: set('quand lorsque comme si après bien puisque avant'),
  }),
  es: lexicon({
    joiners: set('y e pero o ni pues'),
    adverbs: set(
      'además también entonces incluso así asimismo luego sin_embargo no_obstante por_eso por_lo_tanto en_cambio de_hecho aun_así por_otra_parte es_decir',
    ),
    pronouns: set('él ella ellos ellas esto eso este esta estos estas ese esa esos esas aquel aquella su sus le les lo'),
    subordinators: set('cuando como si aunque mientras porque después antes'),
  }),
};

/**
 * The lists that apply to a page's language. Ranking reads the opening of every sentence, so they are put
 * together once: one language's own lists, or all languages' for a page that names none of them.
 */
interface Lists {
  /** In order: a connective is looked up one language after the other. */
  lexicons: Lexicon[];
  /** The union of the lexicons' lists, for the questions that only ask whether any language has a word. */
  openers: Set<string>;
  connectives: Set<string>;
  pronouns: Set<string>;
  subordinators: Set<string>;
}

function lists(lexicons: Lexicon[]): Lists {
  const union = (pick: (lexicon: Lexicon) => Set<string>) => new Set(lexicons.flatMap((lexicon) => [...pick(lexicon)]));
  return {
    lexicons,
    openers: union((lexicon) => lexicon.openers),
    connectives: union((lexicon) => new Set([...lexicon.joiners, ...lexicon.adverbs])),
    pronouns: union((lexicon) => lexicon.pronouns),
    subordinators: union((lexicon) => lexicon.subordinators),
  };
}

const ALL_LISTS = lists(Object.values(LEXICONS));
const LISTS_BY_CODE = new Map(Object.entries(LEXICONS).map(([code, lexicon]) => [code, lists([lexicon])]));

// Words after "this"/"that" that name a time, not something said before: "This year, sales rose" stands alone.
const TIME_WORDS = set('year week month morning afternoon evening night weekend summer spring autumn fall winter season time century decade');

function listsFor(lang: string | null | undefined): Lists {
  // Every sentence of a page asks with the page's language: the last answer is kept for the next.
  if (lang === lastLang.lang) return lastLang.lists;
  const code = (lang ?? '').slice(0, 2).toLowerCase();
  lastLang = { lang, lists: LISTS_BY_CODE.get(code) ?? ALL_LISTS };
  return lastLang.lists;
}

let lastLang: { lang: string | null | undefined; lists: Lists } = { lang: undefined, lists: ALL_LISTS };

/**
 * A connective at the start that only links to the sentence before and can go ("Instead, he…", "But it…",
 * "“And I…"): where it starts (after an opening quote) and ends (with its comma and space), or null.
 */
export function leadingConnective(text: string, lang?: string | null): { from: number; to: number } | null {
  const from = OPENING_QUOTES.includes(text[0] ?? '-') ? 1 : 0;
  // Most sentences open with no connective at all: their first word says so without reading further.
  const first = text.slice(from, letterRunEnd(text, from, text.length)).toLowerCase();
  const { lexicons, openers } = listsFor(lang);
  if (!openers.has(first)) return null;
  const body = text.slice(from);
  const words = connectiveWords(new OpeningWords(body, 0));
  const ends = wordEnds(body, words.length);
  for (const lexicon of lexicons) {
    if (!lexicon.openers.has(first)) continue;
    for (let n = ends.length; n >= 1; n--) {
      const key = n === 1 ? words[0]! : words.slice(0, n).join('_');
      const joiner = n === 1 && lexicon.joiners.has(key);
      if (!joiner && !lexicon.adverbs.has(key)) continue;
      const length = ends[n - 1]!;
      const after = body.slice(length);
      // Only a full sentence may remain: "And there is…", never "Also-ran…" or "But for the rain, …" cut short.
      if (!FULL_SENTENCE_START.test(after)) continue;
      if (joiner && !KEEPS_JOINER.test(after)) return { from, to: from + length };
      if (lexicon.adverbs.has(key) && /,\s*$/.test(body.slice(0, length))) return { from, to: from + length };
    }
  }
  return null;
}

/**
 * The first words of an opening that may make up a connective: as many as go on spelling the start of one ("in",
 * "fact" for "In fact, …"; "in", "he" for "In 2019, he…"), and one more, which the connective may stop before.
 */
function connectiveWords(opening: OpeningWords): string[] {
  const words = [opening.word(0)];
  for (let key = words[0]!; PHRASE_STARTS.has(key); key += '_' + words[words.length - 1]) {
    const word = opening.next();
    if (word === '') break;
    words.push(word);
  }
  return words;
}

/** The first words, joined by "_", of every connective of more than one word ("on", "on_the", "on_the_other"). */
const PHRASE_STARTS = new Set(
  Object.values(LEXICONS).flatMap((lexicon) =>
    [...lexicon.adverbs].flatMap((key) => {
      const parts = key.split('_');
      return parts.slice(1).map((_, n) => parts.slice(0, n + 1).join('_'));
    }),
  ),
);

const OPENING_QUOTES = '"“„«‘';
const FULL_SENTENCE_START = /^["“„«‘(]?\p{L}/u;
// "But for the rain…", "And then…": the joiner belongs to what follows it.
const KEEPS_JOINER = /^(?:for|then|also|so|much|many)\b/i;
const WORD_STEP = /\p{L}+[ ,]*\s*/uy;

/**
 * Where each of the first `count` words ends with the punctuation and space after it, for as long as only spaces
 * and commas come between them ("Of course, it" gives three ends; "In-fact" gives one).
 */
function wordEnds(text: string, count: number): number[] {
  const ends: number[] = [];
  let at = 0;
  while (ends.length < count) {
    WORD_STEP.lastIndex = at;
    const step = WORD_STEP.exec(text);
    if (!step) break;
    at += step[0].length;
    ends.push(at);
  }
  return ends;
}

/**
 * Opens with a connective that points back but cannot go without breaking the sentence ("Zudem gibt es…"), read
 * from the words past any opening quote.
 */
function keepsConnective(opening: OpeningWords, lists: Lists): boolean {
  const first = opening.word(0);
  if ((first === 'instead' && opening.word(1) === 'of') || OPEN_ALONE.has(first)) return false;
  return lists.connectives.has(first);
}

// Without a comma these open sentences of their own as often as not: "Still images…", "Now the law says…".
const OPEN_ALONE = set('still then now again here finally though otherwise also');

/** Words are looked for among the opening's first characters only. */
const OPENING_LENGTH = 80;

/**
 * The words of a sentence's opening, lowercased and letters only ("That’s" gives "that" and "s"), among the
 * OPENING_LENGTH characters from where it starts. They are read one at a time, when asked for: most sentences are
 * told apart by their first word, and a word costs a string.
 */
class OpeningWords {
  private readonly words: string[] = [];
  private at: number;
  private readonly end: number;

  constructor(
    private readonly text: string,
    from: number,
  ) {
    this.at = from;
    this.end = Math.min(text.length, from + OPENING_LENGTH);
  }

  /** The word at `index` (0 for the first), or '' when the opening has fewer. */
  word(index: number): string {
    while (this.words.length <= index) {
      if (this.next() === '') return '';
    }
    return this.words[index]!;
  }

  /** The word after the last one read, or '' when there is none. */
  next(): string {
    const { text, end } = this;
    let start = this.at;
    // What is no letter is passed one code unit at a time: half of a pair is no letter either.
    while (start < end && letterLength(text, start, end) === 0) start++;
    if (start >= end) return '';
    const wordEnd = letterRunEnd(text, start, end);
    const word = text.slice(start, wordEnd).toLowerCase();
    this.at = wordEnd;
    this.words.push(word);
    return word;
  }
}

/**
 * How many code units the letter (`\p{L}`) at `at` takes, 0 when there is none, reading the text only up to
 * `end`: half of a surrogate pair cut off there is no letter, as in the text sliced at `end`.
 */
function letterLength(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < end) {
    const pair = text.codePointAt(at)!;
    return pair > 0xffff && isLetter(pair) ? 2 : 0;
  }
  return isLetter(code) ? 1 : 0;
}

/** Where the run of letters that starts at `at` ends (`at` itself when there is no letter there). */
function letterRunEnd(text: string, at: number, end: number): number {
  let position = at;
  for (let length; position < end && (length = letterLength(text, position, end)) > 0; ) position += length;
  return position;
}

/**
 * The sentence leans on a pronoun or a demonstrative for its subject: the first word, the first word after an
 * opening subordinator ("As he attempts…"), or after a short opening phrase without a name ("In a statement,
 * she said…"), once any connective is set aside.
 */
export function opensWithPronoun(text: string, lang?: string | null, cut = leadingConnective(text, lang)): boolean {
  const rest = cut ? text.slice(cut.to) : text;
  return leansOnPronoun(rest, new OpeningWords(rest, 0), listsFor(lang));
}

/** `opensWithPronoun` on the sentence past its connective (`rest`) and the words it opens with. */
function leansOnPronoun(rest: string, opening: OpeningWords, lists: Lists): boolean {
  const first = opening.word(0);
  if (isPronounSubject(first, opening.word(1), lists)) return true;
  // "When it comes to…" is an idiom, not a pronoun that stands for something.
  if (lists.subordinators.has(first) && !/^\p{L}+ it comes to\b/iu.test(rest) && isPronounSubject(opening.word(1), opening.word(2), lists)) {
    return true;
  }
  // A short opening phrase names nothing the pronoun could stand for ("In 2019, he won"); a longer one, or one
  // with a name in it ("Zimbabwe President Robert Mugabe, his wife…"), may.
  const afterPhrase = pronounAfterComma(rest, lists) ? AFTER_OPENING_PHRASE.exec(rest) : null;
  if (!afterPhrase || /\s\p{Lu}/u.test(afterPhrase[1]!)) return false;
  return isPronounSubject(afterPhrase[2]!.toLowerCase(), (afterPhrase[3] ?? '').toLowerCase(), lists);
}

/** `word` is a pronoun, and `next` does not make it a time ("this year"); both lowercased. */
function isPronounSubject(word: string, next: string, lists: Lists): boolean {
  return lists.pronouns.has(word) && !TIME_WORDS.has(next);
}

const AFTER_OPENING_PHRASE = /^(\S+(?:\s+[^\s,]+){0,3}),\s*(\p{L}+)\s+(\p{L}+)?/u;

/**
 * Some comma is followed by a pronoun (past spaces): only then can AFTER_OPENING_PHRASE find one, and most
 * sentences with a comma are told so without running the pattern, the costliest part of reading an opening.
 */
function pronounAfterComma(text: string, lists: Lists): boolean {
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    let start = comma + 1;
    while (start < text.length && isSpace(text, start)) start++;
    const end = letterRunEnd(text, start, text.length);
    if (end > start && lists.pronouns.has(text.slice(start, end).toLowerCase())) return true;
  }
  return false;
}

/** `/\s/` on the code unit at `at`; the usual ASCII space is told by its code. */
function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[at]!);
}

const SPACE = /\s/;

/** How a sentence opens, read once: ranking and choosing both ask. */
export interface Opening {
  /** Its subject is a pronoun or demonstrative named before. */
  pronoun: boolean;
  /** It opens with a connective the shown text drops ("But", "Instead,"). */
  connective: boolean;
  /** It opens with a connective the shown text must keep ("Zudem gibt es…"). */
  keptConnective: boolean;
  /** It is part of a quotation that runs on over the sentences around it. */
  quotePart: boolean;
}

export function readOpening(text: string, lang?: string | null): Opening {
  const cut = leadingConnective(text, lang);
  const lists = listsFor(lang);
  const rest = cut ? text.slice(cut.to) : text;
  const restWords = new OpeningWords(rest, 0);
  // Past an opening quote the words are read again, but for a sentence that opens with a letter they are the same.
  const quoted = OPENING_QUOTES.includes(text[0] ?? '-');
  const wordsPastQuote = !cut && !quoted ? restWords : new OpeningWords(text, quoted ? 1 : 0);
  return {
    pronoun: leansOnPronoun(rest, restWords, lists),
    connective: cut !== null,
    keptConnective: keepsConnective(wordsPastQuote, lists),
    // News style opens each quoted paragraph and closes only the last.
    quotePart: quoteDepth(text, lang) !== 0,
  };
}

/** The sentence points back to the one before: a pronoun subject or a connective. */
export function leansBack(opening: Opening): boolean {
  return opening.pronoun || opening.keptConnective;
}

/** How far the sentence depends on the one before, as a ranking factor: 1 stands alone, lower leans back. */
export function standaloneFactor(opening: Opening): number {
  const quotePart = opening.quotePart ? QUOTE_PART_FACTOR : 1;
  if (opening.pronoun) return PRONOUN_FACTOR * quotePart;
  if (opening.connective) return CONNECTIVE_FACTOR * quotePart;
  return (opening.keptConnective ? KEPT_CONNECTIVE_FACTOR : 1) * quotePart;
}

/**
 * Set on the BBC references (`npm run eval`): a pronoun subject costs more than a connective, which the shown
 * text drops ("And there is…" reads "There is…").
 */
const PRONOUN_FACTOR = 0.5;
const CONNECTIVE_FACTOR = 0.9;
/** A sentence of a longer quotation, shown with its quote mark closed (display.ts). */
const QUOTE_PART_FACTOR = 0.8;
/** A connective the shown text must keep ("Zudem gibt es…", "Similarly there is…") still points back. */
const KEPT_CONNECTIVE_FACTOR = 0.6;

/** Why a sentence can never be a claim as it stands, or null when it can. */
export type Unfit = 'lead-in' | 'unbalanced' | 'furniture' | 'cut';

export function unfitAsClaim(text: string): Unfit | null {
  const trimmed = text.trim();
  if (FURNITURE_OR_BIBLIOGRAPHY.test(trimmed)) return 'furniture';
  if (endsInColon(trimmed)) return 'lead-in';
  // No full stop at the end: a heading, caption, list entry, or a sentence cut where a formula begins.
  // A space before a comma or the full stop: an inline formula or element was left out there ("is denoted as .").
  if (!endsInFullStop(trimmed) || /\s[,.](?!\.)/.test(trimmed)) return 'cut';
  if (count(trimmed, '(') !== count(trimmed, ')') || count(trimmed, '[') !== count(trimmed, ']')) return 'unbalanced';
  return null;
}

/**
 * `/:\s*["”’»“]?$/u`: a colon, then maybe spaces and a quote mark, ends the text. Read back from the end: a pattern
 * anchored at the end is still tried at every position of the sentence.
 */
function endsInColon(text: string): boolean {
  let end = text.length;
  if (end > 0 && QUOTES_AFTER_COLON.includes(text[end - 1]!)) end--;
  while (end > 0 && isSpace(text, end - 1)) end--;
  return end > 0 && text[end - 1] === ':';
}

const QUOTES_AFTER_COLON = '"”’»“';

/** `/[.!?…。！？]["”’»“')\]]*$/u`: a full stop or its like ends the text, maybe followed by closing quotes and brackets. */
function endsInFullStop(text: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSERS_AFTER_STOP.includes(text[end - 1]!)) end--;
  return end > 0 && FULL_STOPS.includes(text[end - 1]!);
}

const CLOSERS_AFTER_STOP = '"”’»“\')]';
const FULL_STOPS = '.!?…。！？';

// Maintenance banners, edit links, reference-list and "See also" lines in the languages covered.
const FURNITURE =
  /^\^|\[(?:edit|bearbeiten|modifier|editar)\]|\b(?:this (?:section|article|page) (?:needs|requires|may|does not|is missing|relies|has multiple)|(?:dieser abschnitt|dieser artikel) (?:ist|bedarf|besteht)|cette section (?:est|ne)|esta sección (?:necesita|no))\b|^for (?:a |an |the |other |more )[^.]{0,120}\bsee\b|^(?:not to be confused with|this article is about|see also|siehe auch|voir aussi|véase también|main articles?|hauptartikel|article (?:détaillé|connexe))\b/i;
// A bibliography entry: an ISBN, a DOI, "Retrieved 12 May", "Archived from the original", "pp. 12–14".
const BIBLIOGRAPHY = /\bISBN[\s:-]*(?:97[89])?[\d-]{9,}|\bdoi:|\bRetrieved (?:on )?\d|\bArchived from\b|\bAbgerufen am\b|\bConsulté le\b|\bpp?\.\s?\d+\s?[–-]\s?\d+/i;
// Both in one pattern: a sentence is read once, not once for each (a pattern costs most for trying every position).
const FURNITURE_OR_BIBLIOGRAPHY = new RegExp(`${FURNITURE.source}|${BIBLIOGRAPHY.source}`, 'i');

/**
 * Opened minus closed double quotation marks (a straight one opens after a space), to join a quotation's sentences: a
 * sentence that leaves one open (> 0) runs on into the next; one that closes a quotation it never opened is < 0.
 */
export function quoteDepth(text: string, lang?: string | null): number {
  // Most sentences quote nothing: one native scan says so.
  if (!ANY_QUOTE.test(text)) return 0;
  const german = (lang ?? '').toLowerCase().startsWith('de');
  let depth = 0;
  let low = false;
  // The character before, by its code; a space before the first.
  let previous = 32;
  // Straight quotes this sentence opened and has not closed yet.
  let straight = 0;
  // Read by character code: a character read as a string costs a new string in text that is not Latin-1.
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    // A straight quote opens after a space or a bracket and closes after anything else, but for one between two
    // letters, where scripts written without spaces put it (如果您喜歡"史蒂文的家"): that opens unless one is open.
    if (code === STRAIGHT) {
      const next = at + 1 < text.length ? text.charCodeAt(at + 1) : 32;
      const opens = isSpaceOrBracket(previous) || (straight === 0 && isWordChar(previous) && isWordChar(next));
      depth += opens ? 1 : -1;
      straight = opens ? straight + 1 : Math.max(0, straight - 1);
    } else if (code === LOW_OPENING) {
      depth++;
      low = true;
    } else if (code === GUILLEMET_OPENING) depth++;
    else if (code === GUILLEMET_CLOSING) depth--;
    else if (code === CURLY_OPENING) depth += german || low ? -1 : 1;
    else if (code === CURLY_CLOSING) depth--;
    previous = code;
  }
  return depth;
}

const ANY_QUOTE = /["„«»“”]/;
const STRAIGHT = 0x22; // "
const LOW_OPENING = 0x201e; // „
const GUILLEMET_OPENING = 0xab; // «
const GUILLEMET_CLOSING = 0xbb; // »
const CURLY_OPENING = 0x201c; // “
const CURLY_CLOSING = 0x201d; // ”

/**
 * `/[\s(\[]/` on one code unit. `isWordChar` is `/[\p{L}\p{N}]/u` on one, as a half of a surrogate pair is
 * neither a letter nor a digit.
 */
function isSpaceOrBracket(code: number): boolean {
  if (code === 0x28 || code === 0x5b) return true;
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}
