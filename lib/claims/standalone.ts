/**
 * Can a sentence be read on its own? A claim is shown without the sentences around it, so one that opens by
 * pointing back ("But it may…", "Instead, he…"), leans on a pronoun named only before ("She flaunted…", "This
 * deal…"), leaves a quotation open, introduces what follows (ends in ":") or is page furniture (a reference-list
 * entry, a maintenance banner, a heading or caption without a full stop) reads badly in the popup. The word lists
 * are small, per language (English, German, French, Spanish), and only ever looked at a sentence's first words.
 */

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

const ANY_OPENER = new Set(Object.values(LEXICONS).flatMap((lexicon) => [...lexicon.openers]));

// Words after "this"/"that" that name a time, not something said before: "This year, sales rose" stands alone.
const TIME_WORDS = set('year week month morning afternoon evening night weekend summer spring autumn fall winter season time century decade');

function lexiconsFor(lang: string | null | undefined): Lexicon[] {
  const code = (lang ?? '').slice(0, 2).toLowerCase();
  const own = LEXICONS[code];
  return own ? [own] : Object.values(LEXICONS);
}

/**
 * A connective at the start that only links to the sentence before and can go ("Instead, he…", "But it…",
 * "“And I…"): where it starts (after an opening quote) and ends (with its comma and space), or null.
 */
export function leadingConnective(text: string, lang?: string | null): { from: number; to: number } | null {
  const from = OPENING_QUOTES.includes(text[0] ?? '-') ? 1 : 0;
  // Most sentences open with no connective at all: their first word says so without reading further.
  FIRST_WORD.lastIndex = from;
  const first = FIRST_WORD.exec(text)?.[0].toLowerCase();
  if (first === undefined || !ANY_OPENER.has(first)) return null;
  const lexicons = lexiconsFor(lang).filter((lexicon) => lexicon.openers.has(first));
  if (lexicons.length === 0) return null;
  const body = text.slice(from);
  const words = firstWords(body, 5).map((word) => word.toLowerCase());
  const ends = wordEnds(body, words.length);
  for (const lexicon of lexicons) {
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

const OPENING_QUOTES = '"“„«‘';
const FULL_SENTENCE_START = /^["“„«‘(]?\p{L}/u;
// "But for the rain…", "And then…": the joiner belongs to what follows it.
const KEEPS_JOINER = /^(?:for|then|also|so|much|many)\b/i;
const WORD_STEP = /\p{L}+[ ,]*\s*/uy;
const FIRST_WORD = /\p{L}+/uy;

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

/** Opens with a connective that points back but cannot go without breaking the sentence ("Zudem gibt es…"). */
function opensWithConnective(text: string, lang?: string | null): boolean {
  const words = firstWords(text.replace(/^["“„«‘]/u, ''), 2).map((word) => word.toLowerCase());
  if ((words[0] === 'instead' && words[1] === 'of') || OPEN_ALONE.has(words[0] ?? '')) return false;
  return lexiconsFor(lang).some((lexicon) => lexicon.joiners.has(words[0] ?? '') || lexicon.adverbs.has(words[0] ?? ''));
}

// Without a comma these open sentences of their own as often as not: "Still images…", "Now the law says…".
const OPEN_ALONE = set('still then now again here finally though otherwise also');

const LETTERS = /\p{L}+/gu;

/** Up to `count` words among the first 80 characters, letters only ("That’s" gives "That" and "s"). */
function firstWords(text: string, count: number): string[] {
  const opening = text.length > 80 ? text.slice(0, 80) : text;
  const words: string[] = [];
  LETTERS.lastIndex = 0;
  for (let match; words.length < count && (match = LETTERS.exec(opening)); ) words.push(match[0]);
  return words;
}

/**
 * The sentence leans on a pronoun or a demonstrative for its subject: the first word, the first word after an
 * opening subordinator ("As he attempts…"), or after a short opening phrase without a name ("In a statement,
 * she said…"), once any connective is set aside.
 */
export function opensWithPronoun(text: string, lang?: string | null, cut = leadingConnective(text, lang)): boolean {
  const rest = cut ? text.slice(cut.to) : text;
  const words = firstWords(rest, 3);
  const lexicons = lexiconsFor(lang);
  const candidates: [string, string][] = [[words[0] ?? '', words[1] ?? '']];
  // A short opening phrase names nothing the pronoun could stand for ("In 2019, he won"); a longer one, or one
  // with a name in it ("Zimbabwe President Robert Mugabe, his wife…"), may.
  const afterPhrase = rest.includes(',') ? AFTER_OPENING_PHRASE.exec(rest) : null;
  if (afterPhrase && !/\s\p{Lu}/u.test(afterPhrase[1]!)) candidates.push([afterPhrase[2]!, afterPhrase[3] ?? '']);
  const opener = (words[0] ?? '').toLowerCase();
  // "When it comes to…" is an idiom, not a pronoun that stands for something.
  if (lexicons.some((lexicon) => lexicon.subordinators.has(opener)) && !/^\p{L}+ it comes to\b/iu.test(rest)) {
    candidates.push([words[1] ?? '', words[2] ?? '']);
  }
  return candidates.some(([word, next]) => {
    const lower = word.toLowerCase();
    if (!lexicons.some((lexicon) => lexicon.pronouns.has(lower))) return false;
    return !TIME_WORDS.has(next.toLowerCase());
  });
}

const AFTER_OPENING_PHRASE = /^(\S+(?:\s+[^\s,]+){0,3}),\s*(\p{L}+)\s+(\p{L}+)?/u;

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
  return {
    pronoun: opensWithPronoun(text, lang, cut),
    connective: cut !== null,
    keptConnective: opensWithConnective(text, lang),
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
  if (FURNITURE.test(trimmed) || BIBLIOGRAPHY.test(trimmed)) return 'furniture';
  if (/:\s*["”’»“]?$/u.test(trimmed)) return 'lead-in';
  // No full stop at the end: a heading, caption, list entry, or a sentence cut where a formula begins.
  // A space before a comma or the full stop: an inline formula or element was left out there ("is denoted as .").
  if (!/[.!?…。！？]["”’»“')\]]*$/u.test(trimmed) || /\s[,.](?!\.)/.test(trimmed)) return 'cut';
  if (count(trimmed, '(') !== count(trimmed, ')') || count(trimmed, '[') !== count(trimmed, ']')) return 'unbalanced';
  return null;
}

// Maintenance banners, edit links, reference-list and "See also" lines in the languages covered.
const FURNITURE =
  /^\^|\[(?:edit|bearbeiten|modifier|editar)\]|\b(?:this (?:section|article|page) (?:needs|requires|may|does not|is missing|relies|has multiple)|(?:dieser abschnitt|dieser artikel) (?:ist|bedarf|besteht)|cette section (?:est|ne)|esta sección (?:necesita|no))\b|^for (?:a |an |the |other |more )[^.]{0,120}\bsee\b|^(?:not to be confused with|this article is about|see also|siehe auch|voir aussi|véase también|main articles?|hauptartikel|article (?:détaillé|connexe))\b/i;
// A bibliography entry: an ISBN, a DOI, "Retrieved 12 May", "Archived from the original", "pp. 12–14".
const BIBLIOGRAPHY = /\bISBN[\s:-]*(?:97[89])?[\d-]{9,}|\bdoi:|\bRetrieved (?:on )?\d|\bArchived from\b|\bAbgerufen am\b|\bConsulté le\b|\bpp?\.\s?\d+\s?[–-]\s?\d+/i;

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
  let previous = ' ';
  // Straight quotes this sentence opened and has not closed yet.
  let straight = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    // A straight quote opens after a space or a bracket and closes after anything else, but for one between two
    // letters, where scripts written without spaces put it (如果您喜歡"史蒂文的家"): that opens unless one is open.
    if (char === '"') {
      const opens = /[\s(\[]/.test(previous) || (straight === 0 && LETTER_OR_DIGIT.test(previous) && LETTER_OR_DIGIT.test(text[at + 1] ?? ' '));
      depth += opens ? 1 : -1;
      straight = opens ? straight + 1 : Math.max(0, straight - 1);
    } else if (char === '„') {
      depth++;
      low = true;
    } else if (char === '«') depth++;
    else if (char === '»') depth--;
    else if (char === '“') depth += german || low ? -1 : 1;
    else if (char === '”') depth--;
    previous = char;
  }
  return depth;
}

const ANY_QUOTE = /["„«»“”]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}
