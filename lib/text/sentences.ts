/**
 * Sentence splitting: Unicode's sentence rules (sentence-breaks.ts, the rules `Intl.Segmenter` applies, in every
 * language) plus fixes for the places where they split English news text wrongly — titles ("Dr. Smith"),
 * initials ("J. R. R. Tolkien"), dotted acronyms ("the U.S. Army") and Latin abbreviations ("e.g. Paris").
 */
import { sentenceEnds } from './sentence-breaks.ts';
import { isWordChar } from './words.ts';

export interface Span {
  start: number;
  end: number;
}

/** Split text into trimmed, non-empty sentences. A "\n" is always a sentence break. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}

/** Like `splitSentences` but returns the offsets of each sentence in `text` (trimmed). */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const line of lineSpans(text)) {
    const pieces = segmentLine(text, line);
    const lineText = text.slice(line.start, line.end);
    const hasEllipsis = lineText.includes('…');
    // Most lines are one sentence: with no ellipsis to split after, there is nothing to split or join.
    const whole = pieces.length === 1 && !hasEllipsis;
    const split = hasEllipsis ? pieces.flatMap((span) => splitAfterEllipsis(text, span)) : pieces;
    let raw = whole ? pieces : mergeFalseBreaks(text, split);
    // Reference markers ("north.[12] The", "figure.[245][n 8] As of"): only pages that have a "[" pay for the fix.
    if (lineText.includes('[')) raw = keepMarkersWithSentence(text, raw);
    for (const span of raw) {
      const trimmed = trimSpan(text, span);
      if (trimmed.end > trimmed.start) out.push(trimmed);
    }
  }
  return out;
}

/** Non-blank lines of the text: "\n" inside a block is a hard break (lists, addresses, verse). */
function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (!isBlank(text, start, end)) out.push({ start, end });
    start = end + 1;
  }
  return out;
}

/** `!/\S/` on the text from `start` to `end`, without cutting it out. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!isSpaceAt(text, at)) return false;
  return true;
}

/** The line cut at its sentence breaks. */
function segmentLine(text: string, line: Span): Span[] {
  let start = line.start;
  return sentenceEnds(text.slice(line.start, line.end)).map((end) => {
    const span = { start, end: line.start + end };
    start = span.end;
    return span;
  });
}

// ICU breaks after "..." before a capital but not after the single character "…": treat both alike.
const ELLIPSIS_BREAK = /…[”’"']?\s+(?=[“‘"']?\p{Lu})/gu;

function splitAfterEllipsis(text: string, span: Span): Span[] {
  const piece = text.slice(span.start, span.end);
  if (!piece.includes('…')) return [span];
  const out: Span[] = [];
  let start = span.start;
  for (const m of piece.matchAll(ELLIPSIS_BREAK)) {
    const cut = span.start + m.index + m[0].length;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: span.end });
  return out;
}

/**
 * Unicode counts "[" as closing punctuation, so "…north.[12] The…" breaks after "[" and the next piece opens
 * with "12]"; and "…figure.[245][n 8] As of…" does not break at all (a lowercase "n" follows). A reference
 * marker belongs to the sentence it follows: the break moves to after the markers, and is made there.
 */
function keepMarkersWithSentence(text: string, spans: Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of spans) {
    const prev = joined[joined.length - 1];
    const tail = prev && /\[[^\[\]]{0,40}$/.test(text.slice(prev.start, prev.end).trimEnd())
      ? MARKER_TAIL.exec(text.slice(span.start, span.end))
      : null;
    if (prev && tail) {
      prev.end = span.start + tail[0].length;
      if (prev.end < span.end) joined.push({ start: prev.end, end: span.end });
    } else joined.push({ ...span });
  }
  return joined.flatMap((span) => {
    const out: Span[] = [];
    let start = span.start;
    for (const m of text.slice(span.start, span.end).matchAll(BREAK_AFTER_MARKERS)) {
      const cut = span.start + m.index + m[0].length;
      out.push({ start, end: cut });
      start = cut;
    }
    out.push({ start, end: span.end });
    return out;
  });
}

// The rest of a marker cut after its "[": "12]", "n 8][9]", "3]:p. 234".
const MARKER_TAIL = /^[^[\]\s]?[^[\]]{0,39}\](?:\[[^[\]]{1,40}\])*(?::\s?(?:pp?\.\s?)?[\d–-]*)?/u;
// A full stop, markers, then a new sentence: break after the markers.
const BREAK_AFTER_MARKERS = /[.!?]["”’)]*(?:\[[^[\]\s][^[\]]{0,39}\])+(?::\s?(?:pp?\.\s?)?[\d–-]*)?\s+(?=["“‘(]?\p{Lu})/gu;

// Titles before a name: never the end of a sentence.
const TITLES = 'Mr Mrs Ms Mx Dr Prof Sr Sra St Sen Rep Gov Gen Col Lt Sgt Capt Cmdr Adm Rev Hon Pres Mt Ft No Nos Fig Figs vs v Vol pp ca approx';
const TITLE = new RegExp(`(?:^|[\\s(“"‘'])(?:${TITLES.replaceAll(' ', '|')})\\.\\s*$`);
// Latin abbreviations that always run on.
const LATIN = /(?:^|[\s(])(?:e\.g|i\.e|cf|viz)\.\s*$/i;
// One capital letter and a dot: an initial ("J. R. R. Tolkien", "George W. Bush"), unless a typical
// sentence opener follows ("...World War I. The war...").
const INITIAL = /(?:^|[\s(“"‘'])\p{Lu}\.\s*$/u;
// Dotted acronyms and company suffixes may end a sentence ("...in the U.S. It was...") or not
// ("the U.S. Army"): join unless the next word is a typical sentence opener.
const COMPANY_SUFFIXES = 'Inc Ltd Corp Co Bros Jr Plc LLC';
const AMBIGUOUS = new RegExp(`(?:(?:^|[\\s(])(?:\\p{Lu}\\.){2,}|(?:^|\\s)(?:${COMPANY_SUFFIXES.replaceAll(' ', '|')})\\.)\\s*$`, 'u');
/**
 * Lowercased, every abbreviation of more than one letter that TITLE, LATIN or AMBIGUOUS look for before the full
 * stop ("e.g" and "U.S" end in one letter).
 */
const ABBREVIATIONS = new Set(`${TITLES} ${COMPANY_SUFFIXES} cf viz`.toLowerCase().split(' ').filter((word) => word.length > 1));
const OPENERS = new Set(
  `The A An It Its He She They We I You In On At For But And Or So This That These Those There Here His Her
  Their Our My Your As If When After Before While Since Some Many Most Other Others Mr Mrs Ms Dr However
  Meanwhile Also Yet Still Then Now Today Last Next One Two Both All Each Such What Why How Who Where`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Join segments that the rules split after an abbreviation, an initial, or a stray quote. The spans are the
 * caller's own, fresh from `segmentLine`: a joined one is extended where it is.
 */
function mergeFalseBreaks(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && shouldJoin(text, prev, span)) {
      prev.end = span.end;
    } else {
      out.push(span);
    }
  }
  return out;
}

/** Whether the piece `next` goes on the sentence that `prev` ends; both are read in `text`, cut out only when it tells. */
function shouldJoin(text: string, prev: Span, next: Span): boolean {
  // A piece without letters or digits (a lone closing quote or bracket) belongs to the sentence before.
  if (!hasLetterOrDigit(text, next.start, next.end)) return true;
  if (!mayEndInAbbreviation(text, prev.start, prev.end)) return false;
  const before = text.slice(prev.start, prev.end);
  if (TITLE.test(before) || LATIN.test(before)) return true;
  if (INITIAL.test(before) || AMBIGUOUS.test(before)) return !OPENERS.has(firstWord(text.slice(next.start, next.end)));
  return false;
}

/**
 * `/[\p{L}\p{N}]/u` on the text from `start` to `end`: a surrogate pair counts as one character, and half of one
 * cut off at `end` as no letter.
 */
function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; ) {
    const code = text.codePointAt(at)!;
    const whole = code <= 0xffff || at + 1 < end;
    if (isWordChar(whole ? code : text.charCodeAt(at))) return true;
    at += whole && code > 0xffff ? 2 : 1;
  }
  return false;
}

/**
 * False when none of TITLE, LATIN, INITIAL or AMBIGUOUS can match the piece of `text` from `start` to `pieceEnd`.
 * Each ends in a full stop and spaces after one letter or one of ABBREVIATIONS, which follows the start, a space,
 * an opening bracket or quote, or a full stop ("U.S."). Most sentences end otherwise ("…in the city."), and telling
 * so from the last few characters is much cheaper than running four patterns over the whole sentence. Only ASCII
 * is decided here: a non-ASCII character near the end leaves the answer to the patterns.
 */
function mayEndInAbbreviation(text: string, start: number, pieceEnd: number): boolean {
  let end = pieceEnd;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  if (end === start || text.charCodeAt(end - 1) !== 0x2e) return false;
  const stop = end - 1;
  let at = stop - 1;
  for (; at >= start; at--) {
    const code = text.charCodeAt(at);
    if (code >= 128) return true;
    // Setting bit 5 lowercases an ASCII capital and leaves a lowercase letter as it is.
    const folded = code | 32;
    if (folded < 97 || folded > 122) break;
    if (stop - at > MAX_ABBREVIATION_LENGTH) return false;
  }
  const letters = stop - at - 1;
  if (letters === 0 || (at >= start && !ABBREVIATION_AFTER.includes(text[at]!))) return false;
  return letters === 1 || ABBREVIATIONS.has(text.slice(at + 1, stop).toLowerCase());
}

/** The longest of ABBREVIATIONS ("approx"). */
const MAX_ABBREVIATION_LENGTH = Math.max(...[...ABBREVIATIONS].map((word) => word.length));
/** The ASCII characters an abbreviation may follow in TITLE, LATIN, INITIAL or AMBIGUOUS. */
const ABBREVIATION_AFTER = ' \t\n\v\f\r("\'.';

function firstWord(text: string): string {
  return /^[\s“"‘'(]*(\p{L}+)/u.exec(text)?.[1] ?? '';
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}

/** `/\s/` on the code unit at `at`; an ASCII one (the usual space after a sentence) is decided by its code. */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[at]!);
}
