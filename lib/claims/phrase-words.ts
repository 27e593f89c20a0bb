/**
 * What the key-phrase rules (topics.ts) ask of each word of a sentence: may it open or close a phrase,
 * may it sit inside one, is it a verb form, what is its stem. Worked out once per word rather than once
 * per phrase holding it, and what the word alone decides once per distinct word as written (`WrittenWords`).
 * Most words are plain ASCII, so the checks look at character codes first and run a Unicode regex only when
 * the answer depends on it.
 */
import { forEachWord, isLowercaseStopWord, lowercaseSameOffsets } from '../text/words.ts';
import { SliceIndex, wordTable } from './word-table.ts';

export interface PhraseWord {
  word: string;
  /** `word.toLowerCase()`, the word table's copy. */
  lower: string;
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
  /** A lowercase span of time ("year", "months"): it may end a phrase but opens none. */
  timeUnit: boolean;
  stem: string;
  /** Parts of a hyphenated word ("Mixture-of-Experts" is three). */
  parts: number;
  /** Only white space separates it from the word before (no punctuation, so the same clause). */
  spaceBefore: boolean;
  /** Where a phrase ending on this word ends: before a possessive "’s". */
  phraseEnd: number;
  /** Where a phrase opening on this word starts: after an elided article ("l’afflux", "d’habitants"). */
  phraseStart: number;
  /** What the word says of the words beside it, as `markVerbsByPlace` reads them: `ADVERB`, `VERB_AFTER`… bits. */
  roles: number;
}

export function phraseWords(text: string): PhraseWord[] {
  // Lowercasing the text once and reading each word from it is the same as lowercasing each word, unless
  // a letter's lowercase depends on its neighbours or changes the length (see `lowercaseSameOffsets`).
  const lowerText = lowercaseSameOffsets(text);
  const out: PhraseWord[] = [];
  let previousEnd = -1;
  writtenWords.makeRoom();
  forEachWord(lowerText ?? text, (start, end) => {
    const facts = writtenWords.factsAt(text, lowerText, start, end);
    const spaceBefore = previousEnd >= 0 && isSpaceOnly(text, previousEnd, start);
    previousEnd = end;
    out.push({
      word: facts.word,
      lower: facts.lower,
      start,
      end,
      content: facts.content,
      inner: facts.inner,
      head: facts.head,
      verb: facts.verb,
      upper: facts.upper,
      timeUnit: facts.timeUnit,
      stem: facts.stem,
      parts: facts.parts,
      spaceBefore,
      phraseStart: start + facts.elision,
      phraseEnd: end - facts.possessive + (text.charCodeAt(end) === 46 && facts.initials ? 1 : 0),
      roles: facts.roles,
    });
  });
  markVerbsByPlace(out, text);
  markOpeningAdverb(out);
  return out;
}

/** What a word as written says of itself, wherever it stands: the fields of `PhraseWord` that only the word decides. */
type WordFacts = Pick<
  PhraseWord,
  'word' | 'lower' | 'content' | 'inner' | 'head' | 'verb' | 'upper' | 'timeUnit' | 'stem' | 'parts' | 'roles'
> & {
  /** Length of an elided article opening the word ("l’", "d’"), which a phrase leaves out. */
  elision: number;
  /** Length of a possessive "’s" ending it, which a phrase leaves out too: show "China", not "China’s". */
  possessive: number;
  /** Initials written with dots ("U.S", whose last dot the tokeniser leaves out): a phrase ending there keeps the dot. */
  initials: boolean;
};

/** The facts of `word`, whose number in the word table is `number`. */
function factsOf(word: string, number: number): WordFacts {
  const lower = wordTable.word(number);
  const upper = startsUpper(word);
  const content = isContentWord(word, lower, upper, wordTable.isStop(number));
  return {
    word,
    lower,
    content,
    inner: content || isJoinerOrFigure(word, lower),
    head: isHeadWord(word, lower, upper),
    verb:
      (word.endsWith('ed') && VERB.test(word)) ||
      VERB_FORMS.has(lower) ||
      endsWithContraction(lower) ||
      // "Grow Mozilla initiative" and "Theresa May" are names; "grow", "may" and RFC's "MUST" are verbs.
      ((MODALS.has(lower) || VERBS_NOT_NOUNS.has(lower)) && (!upper || word === word.toUpperCase())),
    upper,
    timeUnit: !upper && (TIME_UNITS.has(lower) || (isPossessive(lower) && TIME_UNITS.has(lower.slice(0, -2)))),
    stem: wordTable.stem(wordTable.stemNumberOf(number)),
    parts: countHyphens(word) + 1,
    elision: word.charCodeAt(1) === 0x2019 || word.charCodeAt(1) === 39 ? elisionLength(lower) : 0,
    possessive: isPossessive(word) ? 2 : 0,
    initials: INITIALS.test(word),
    roles: rolesOf(word, lower),
  };
}

/** Past this many words the facts start afresh, so reading many pages cannot grow them without limit. */
const WRITTEN_WORD_LIMIT = 10_000;

/**
 * The facts of every word as written met in claims and headings so far, kept from one article to the next. Working
 * them out takes a dozen set lookups and patterns a word, and the words of claims recur ("the", "of", the page's
 * names), so most are read from here. A word is found by its place in the sentence, with no string cut out.
 */
class WrittenWords {
  private index = new SliceIndex();
  private facts: WordFacts[] = [];

  /** Starts afresh when full; call it before reading a text, as the word table's numbers are read meanwhile. */
  makeRoom(): void {
    wordTable.makeRoom();
    if (this.facts.length < WRITTEN_WORD_LIMIT) return;
    this.index = new SliceIndex();
    this.facts = [];
  }

  /**
   * The facts of the word `text.slice(start, end)`, worked out on first sight; `lowerText` is the text lowercased
   * (`lowercaseSameOffsets`), or null where the word is lowercased on its own.
   */
  factsAt(text: string, lowerText: string | null, start: number, end: number): WordFacts {
    const number = this.index.numberOf(text, start, end);
    if (number === this.facts.length) {
      const word = this.index.text(number);
      this.facts.push(factsOf(word, lowerText !== null ? wordTable.wordNumber(lowerText, start, end) : wordNumberOf(word.toLowerCase())));
    }
    return this.facts[number]!;
  }
}

const writtenWords = new WrittenWords();

/**
 * A sentence's first word is capitalised anyway: an "-ly" word there before a lowercase word is an adverb ("Simply
 * pull the moss"), not a name ("Italy", "Emily Dickinson" go on with a capital or a possessive).
 */
function markOpeningAdverb(words: PhraseWord[]): void {
  const first = words[0];
  const next = words[1];
  if (!first?.upper || !next?.spaceBefore || next.upper || !next.content) return;
  // So is a participle opening the sentence: "Using floral pins, …", "Following claims that…".
  if (OPENING_PARTICIPLES.has(first.word)) first.verb = true;
  if (!first.word.endsWith('ly')) return;
  first.content = false;
  first.inner = false;
}

const OPENING_PARTICIPLES = new Set('Using Following Including Having Being Making Taking Getting Adding Giving Keeping'.split(' '));

/**
 * Words placed as verbs are: after "to", a modal, a subject pronoun or a form of "be" ("-ing"), an adverb between
 * allowed ("can also store"); an "-s" word after "which"/"that"/"who" or before an article, pronoun or quantifier.
 */
function markVerbsByPlace(words: PhraseWord[], text: string): void {
  for (let k = 1; k < words.length; k++) {
    const word = words[k]!;
    if (word.upper) continue;
    let b = k - 1;
    while (b > 0 && words[b]!.roles & ADVERB) b--;
    // What comes before counts only in the same clause.
    const before = word.spaceBefore ? words[b]!.lower : '';
    const beforeRoles = word.spaceBefore ? words[b]!.roles : 0;
    const after = words[k + 1];
    const next = after?.spaceBefore ? after.lower : '';
    const nextRoles = after?.spaceBefore ? after.roles : 0;
    const third = (word.roles & THIRD_PERSON) !== 0;
    const gerund = (word.roles & GERUND) !== 0;
    // What follows a verb: an article, "to", a pronoun as its subject's clause ("insists he", "claim they").
    const objectNext = (nextRoles & (VERB_BEFORE | SUBJECT)) !== 0;
    word.verb ||=
      (beforeRoles & VERB_AFTER) !== 0 ||
      // "empower and support", "record or capture": the second of two joined verbs.
      ((before === 'and' || before === 'or') && !!words[b - 1]?.verb) ||
      // "-ing" with an adverb before it or a name as its object: "not using AI", "improving India’s infrastructure".
      (gerund && ((beforeRoles & GERUND_AFTER) !== 0 || b < k - 1 || (before.endsWith('ly') && !words[b]!.content) || (next !== '' && after!.upper))) ||
      (third && ((beforeRoles & RELATIVE) !== 0 || objectNext || startsWithFigure(next))) ||
      // After an adverb, a word with an object is a verb: "developers actually test their code".
      (before.endsWith('ly') && !words[b]!.content && (nextRoles & VERB_BEFORE) !== 0) ||
      // A plural subject and its verb: "Companies fail to", "analysts believe the", "help the models grow."
      (!third && word.content && before !== '' && words[b]!.content && isPluralSubject(before) && (objectNext || !after)) ||
      (nextRoles & OBJECT) !== 0 ||
      ((word.roles & SPEECH_VERB) !== 0 && before !== '' && introducesQuote(text, word.end));
  }
}

// What a word says of its neighbours for `markVerbsByPlace`, one bit each. They are worked out once per distinct
// word (`rolesOf`), not looked up in their sets for every word beside it.
/** An adverb that may stand between a verb and the word that shows it is one (`ADVERBS`). */
const ADVERB = 1 << 0;
/** A verb comes after it (`BEFORE_VERB`, or a contraction: "don’t"). */
const VERB_AFTER = 1 << 1;
/** An "-ing" word after it is a verb (`BEFORE_GERUND`). */
const GERUND_AFTER = 1 << 2;
/** "which", "that", "who" (`RELATIVES`). */
const RELATIVE = 1 << 3;
/** Comes after a verb: an article, "to", a quantifier (`AFTER_VERB`). */
const VERB_BEFORE = 1 << 4;
/** A pronoun opening a clause after a verb: "insists he" (`SUBJECTS_AFTER`). */
const SUBJECT = 1 << 5;
/** An object pronoun: the word before it is a verb (`OBJECTS`). */
const OBJECT = 1 << 6;
/** Introduces a quotation before a colon or a quote (`SPEECH_VERBS`, as written). */
const SPEECH_VERB = 1 << 7;
/** An "-s" word that is no "-ss" or "-us" word, as verbs of the third person are. */
const THIRD_PERSON = 1 << 8;
/** An "-ing" word. */
const GERUND = 1 << 9;

function rolesOf(word: string, lower: string): number {
  return (
    (ADVERBS.has(lower) ? ADVERB : 0) |
    (BEFORE_VERB.has(lower) || endsWithContraction(lower) ? VERB_AFTER : 0) |
    (BEFORE_GERUND.has(lower) ? GERUND_AFTER : 0) |
    (RELATIVES.has(lower) ? RELATIVE : 0) |
    (AFTER_VERB.has(lower) ? VERB_BEFORE : 0) |
    (SUBJECTS_AFTER.has(lower) ? SUBJECT : 0) |
    (OBJECTS.has(lower) ? OBJECT : 0) |
    (SPEECH_VERBS.has(word) ? SPEECH_VERB : 0) |
    (isThirdPersonS(word) ? THIRD_PERSON : 0) |
    (word.endsWith('ing') ? GERUND : 0)
  );
}

/** After `at` comes a colon, or a comma and an opening quote: "the report states:", "Emery states, “…”". */
function introducesQuote(text: string, at: number): boolean {
  const mark = text.charCodeAt(at);
  if (mark === 58) return true;
  return mark === 44 && OPENING_QUOTE.test(text.slice(at + 1, at + 4));
}

const OPENING_QUOTE = /^\s*["“«„‘']/;
// Words that introduce a quotation when a colon or a quote follows them; elsewhere "states" and "notes" are nouns.
const SPEECH_VERBS = new Set('states reads notes writes adds explains tweets posts argues warns asks replies declares'.split(' '));

// Common verb forms that are not "-ed" words: irregular pasts and third persons that open or close cut phrases,
// and the commonest of German, French and Spanish.
const VERB_FORMS = new Set(
  `fell falls rose rises grew grows came comes went goes made makes took takes gave gives saw sees became becomes
  began begins got gets thought thinks knew knows found finds left leaves kept keeps held holds brought brings
  paid pays built builds sold sells won wins lost loses ran runs met meets sent sends spent spends stood stands led
  leads hit hits wrote writes spoke speaks chose chooses drove drives broke breaks seems appears remains includes
  means wants needs tells asks calls looks believes expects plans helps lets puts sets cuts shows tried tries
  ask asks rise fall be been being do does did done read reads
  ist sind war waren wird werden wurde wurden hat haben hatte gibt gab kann muss soll erlaubt bietet klappt zeigt
  est sont était a ont sera seront pourra peut doit fait permet prévoit crée es son fue ha han está tiene puede dijo será`
    .split(/\s+/)
    .filter(Boolean),
);
const ADVERBS = new Set('also not never only still just even often already'.split(' '));
const BEFORE_VERB = new Set('to will would can could should may might must shall cannot he she it they we who i er es man il elle ils on'.split(' '));
// "for watching TV", "itself offering free rides", "currently using AI" (an "-ly" word just before, above).
const BEFORE_GERUND = new Set(
  'from by without while after before when since for about is are was were be been being am itself himself herself themselves'.split(' '),
);
const RELATIVES = new Set('which that who'.split(' '));
const AFTER_VERB = new Set(
  'the a an his her their its our my your some many all more no every each these those to as'.split(' '),
);
const SUBJECTS_AFTER = new Set('he she they we'.split(' '));
/**
 * A lowercase plural that can be a subject: "-s" but not "-ss"/"-us"/"-is", or "people". Plurals that mostly
 * modify the noun after them ("sales tax", "news site") are left out.
 */
function isPluralSubject(lower: string): boolean {
  if (lower === 'people' || lower === 'children') return true;
  return endsInSAfterNoneOf(lower, "sui'’") && !PLURAL_MODIFIERS.has(lower);
}

/** `/[^su]s$/`: an "-s" word that is no "-ss" or "-us" word, as verbs of the third person are. */
function isThirdPersonS(word: string): boolean {
  return endsInSAfterNoneOf(word, 'su');
}

/** `word` ends in "s" after a character that is none of `notBefore` (one UTF-16 unit each), as `/[^…]s$/` tests. */
function endsInSAfterNoneOf(word: string, notBefore: string): boolean {
  const length = word.length;
  return length >= 2 && word.charCodeAt(length - 1) === 115 && !notBefore.includes(word[length - 2]!);
}

/** `/^\p{N}/u`: opens with a figure; ASCII first characters are decided by their code. */
function startsWithFigure(word: string): boolean {
  if (word.length === 0) return false;
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 48 && code <= 57 : FIGURE_START.test(word);
}

const FIGURE_START = /^\p{N}/u;
const PLURAL_MODIFIERS = new Set(
  'news sales sports arms savings jobs goods customs series species means earnings systems operations services affairs relations communications electronics economics politics physics'.split(' '),
);
// Modals close no noun phrase: "test file must", "quarks may", "AI might"; German, French, Spanish alike.
const MODALS = new Set(
  `may might must shall ought muss müssen kann können soll sollen darf dürfen möchte peut peuvent doit doivent
  pourrait pourraient devrait devraient puede pueden podría podrían debe deben debería deberían`
    .split(/\s+/)
    .filter(Boolean),
);
// Verbs that are hardly ever nouns, so a phrase ending or opening on one is a clause: "report suggests",
// "people react", "enforce licensing offences". Lowercase only: "Grow Mozilla initiative" is a name.
const VERBS_NOT_NOUNS = new Set(
  `grow react suggest suggests conclude concludes insist insists agree agrees predict predicts argue argues believe
  believes think happen happens occur occurs exist exists depend depends seem vary varies abound abounds seep seeps
  operate operates eliminate eliminates employ employs provide provides attach attaches enforce enforces solve
  solves require requires allow allows enable enables ensure ensures prevent prevents continue continues include
  consider considers explain explains decide decides develop develops improve improves reduce reduces create creates
  receive receives achieve achieves avoid avoids attract attracts accept accepts wreck wrecks meant clung fail warn
  warns announce announces admit admits deny denies reveal reveals describe describes remain gone overtook flew flown
  fallen risen grown stolen begun seen lose
  dio dice dicen cree creen hace hacen`
    .split(/\s+/)
    .filter(Boolean),
);
// An object pronoun after a word makes it a verb: "People dismiss us".
const OBJECTS = new Set('him them us me himself herself itself themselves'.split(' '));
const CONTRACTION = /(?:n['’]t|['’](?:re|ve|ll|d|m))$/;

/** `CONTRACTION.test(lower)`; the regex runs only on the few words with an apostrophe. */
function endsWithContraction(lower: string): boolean {
  return (lower.includes("'") || lower.includes('’')) && CONTRACTION.test(lower);
}

/** "l’", "d’", "qu’"… opening a French or Italian word: the article or pronoun elided before it, not the topic. */
function elisionLength(lower: string): number {
  return ELISION.test(lower) ? 2 : 0;
}

const ELISION = /^[ldjnsmtc]['’]\p{L}/u;

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
  later little ever similar old nun auch bereits noch schon nur sehr mehr immer wieder jetzt hier
  beneath underneath atop worth ago earlier anywhere everywhere somewhere nowhere sometime sometimes right well though none already anyway perhaps maybe soon yet whose whatever
  often always never usually seldom rarely only just
  jahr jahre jahren monat monate monaten woche wochen stunde stunden
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
  october november december lundi mardi mercredi jeudi vendredi samedi dimanche janvier février avril mai juin
  juillet août septembre octobre novembre décembre montag dienstag mittwoch donnerstag freitag samstag sonntag januar
  februar märz juni juli oktober dezember lunes martes miércoles jueves viernes sábado domingo enero febrero marzo
  abril mayo junio julio agosto septiembre octubre noviembre diciembre week-end dernier dernière prochain prochaine
  ci-dessus ci-dessous`
    .split(/\s+/)
    .filter(Boolean),
);
// The commonest articles and prepositions of other languages written in Latin script, so a French
// page gets "Commission nationale", not "des techniques". Used at phrase edges only: the ranker's
// stop list stays English, where "die" or "son" are content words.
const FOREIGN_FUNCTION_WORDS = new Set(
  `le la les un une des du de d l au aux et ou sur dans par pour avec sans sous est sont qui que ce cette ces
  il elle ils elles se sa son ses leur leurs plus pas ne der die das den dem des ein eine einer und oder mit
  von zu im ist sind auf für el los las del y en con por para una unos al lo il gli della delle di che
  depuis pendant avant après entre vers chez contre selon très bien déjà encore toujours aussi ainsi alors puis
  mais donc où dont comme tout tous toute toutes même là ne non lors
  nach bei aus über unter vor durch gegen ohne um bis seit wie als nicht sich dass zum zur vom beim ins dann
  kein keine sein seine ihre dieser diese dieses wir
  desde hasta según sobre sin tras ante bajo contra hacia durante como más muy también ya aún entonces donde
  cuando quien este esta estos estas ese esa su sus nos se le les pero sino porque aunque hoy ayer después luego
  siempre nunca antes así tus mis nuestro nuestra nuestros nuestras mon ma mes ton ta tes notre nos votre vos
  mein meine dein deine unser unsere após nem agora com não
  mucho mucha muchos muchas poco poca pocos pocas todo toda todos todas otro otra otros otras cada varios varias algunos
  algunas ningún ninguna plusieurs beaucoup chaque quelques certains certaines aucun aucune viele vielen einige jede
  jeder jedes alle andere anderen outro outra outros outras muito muita muitos muitas mais também isso disso pela pelo num numa essa esse`
    .split(/\s+/)
    .filter(Boolean),
);
// Counts, lowercase only ("six months", "vingt ans"): a quantity, not a thing. "Six Nations" keeps its capital.
const QUANTITY_WORDS = new Set(
  `three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety
  dozens hundreds thousands millions billions today yesterday tomorrow tonight deux trois quatre cinq sept huit neuf
  dix vingt trente cent mille zwei drei vier fünf sechs sieben acht neun zehn zwanzig hundert tausend dos tres cuatro
  cinco seis siete ocho nueve diez veinte cien`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Spans of time, lowercase: they end a phrase ("school year", "office hours") but open none and are no topic
 * alone ("year", "year’s survey", "ans").
 */
const TIME_UNITS = new Set(
  `year years month months week weeks decade decades hour hours minute minutes morning afternoon evening night
  weekend ans année années mois semaine semaines heure heures año años mes meses semana semanas hora horas`
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
 * in an adjective ("easy", "compatible", "real-time", "Windows-based").
 */
function isHeadWord(word: string, lower: string, upper: boolean): boolean {
  if (lower.includes('-') && HYPHENATED_ADJECTIVE.test(lower)) return false;
  if (upper) return true;
  if (endsWithAsciiFolded(word, 'ed') || endsWithAsciiFolded(word, 'ing') || ADJECTIVE.test(word) || NOT_A_HEAD.has(lower)) return false;
  return !(lower.endsWith('able') && !ABLE_NOUNS.has(lower));
}

// Endings of adjectives that are hardly ever nouns: "unique", "famous", "successful", "visible", "critical".
const ADJECTIVE = /(?:ique|ous|ful|ible|(?<!chem|mus|ver)ical)$/;
const ABLE_NOUNS = new Set('table cable variable vegetable constable timetable turntable stable label'.split(' '));
/**
 * Compounds that modify a noun rather than name one: "real-time", "on-demand", "high-investment", "to-date",
 * "Windows-based", "consumer-facing".
 */
const HYPHENATED_ADJECTIVE =
  /^(?:real|on|in|to|high|low|well|full|part|long|short|non|so|far|self|top|up|off|ever|hard|post)-|-(?:based|facing|driven|related|like|free|friendly|wide|sized|scale|term|made|owned|led|backed|born|old|level|end|date)$/;
// Adjectives a phrase cannot end on, in the four languages the corpus reads most: "better", "easy", "disponible".
const NOT_A_HEAD = new Set(
  `easy known unknown silent critical new good better best enough funny hungry public normal important foreign
  available relative safe secure false true smaller larger bigger faster slower higher lower greater possible likely
  unlikely ready sure bad worse worst clear second third fourth fifth sixth seventh eighth ninth tenth obvious different simple difficult significant online offline overseas
  nouveau nouvelle nouveaux nouvelles grand grande grands grandes petit petite bon bonne meilleur meilleure
  importante disponible nuevo nueva nuevos nuevas gran mejor mejores importantes posible`
    .split(/\s+/)
    .filter(Boolean),
);

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
const AMOUNT = /^\p{N}[\p{N}.,]*(?:bn|m|k|mg|ml|g|kg|km|cm|mm|p)$/iu;
// Initials written with dots: "U.S", whose last dot the tokeniser leaves out.
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const FRACTION = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|half)-/;

function isContentWord(word: string, lower: string, upper: boolean, isStop: boolean): boolean {
  // "that’s", "there’s": a stop word with its "’s".
  if (isStop || NEVER_AN_EDGE.has(lower) || (isPossessive(lower) && isLowercaseStopWord(lower.slice(0, -2)))) return false;
  // Adverbs: "-ly", and the Spanish and Italian "-mente" ("directamente").
  if (!upper && (lower.endsWith('ly') || lower.endsWith('mente') || QUANTITY_WORDS.has(lower) || (isPossessive(lower) && QUANTITY_WORDS.has(lower.slice(0, -2))))) return false;
  // Figures and years alone are not topics ("2023", "10,000"), nor amounts ("£2.1bn", "80mg", "60m").
  if (!startsWithAsciiLetter(word) && (FIGURE_OR_YEAR.test(word) || AMOUNT.test(word))) return false;
  // "one-tenth", "two-thirds": quantities.
  if (lower.includes('-') && FRACTION.test(lower)) return false;
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
