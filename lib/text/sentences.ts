/**
 * Sentence splitting: Unicode's sentence rules (sentence-breaks.ts, the rules `Intl.Segmenter` applies, in every
 * language) plus fixes for the places where they split English news text wrongly — titles ("Dr. Smith"),
 * initials ("J. R. R. Tolkien"), dotted acronyms ("the U.S. Army") and Latin abbreviations ("e.g. Paris").
 */
import { sentenceEnds } from './sentence-breaks.ts';

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
    // Most lines are one sentence: with no ellipsis to split after, there is nothing to split or join.
    const lineText = text.slice(line.start, line.end);
    const whole = pieces.length === 1 && !lineText.includes('…');
    let raw = whole ? pieces : mergeFalseBreaks(text, pieces.flatMap((span) => splitAfterEllipsis(text, span)));
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
    if (/\S/.test(text.slice(start, end))) out.push({ start, end });
    start = end + 1;
  }
  return out;
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
const TITLE = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Rev|Hon|Pres|Mt|Ft|No|Nos|Fig|Figs|vs|v|Vol|pp|ca|approx)\.\s*$/;
// Latin abbreviations that always run on.
const LATIN = /(?:^|[\s(])(?:e\.g|i\.e|cf|viz)\.\s*$/i;
// One capital letter and a dot: an initial ("J. R. R. Tolkien", "George W. Bush"), unless a typical
// sentence opener follows ("...World War I. The war...").
const INITIAL = /(?:^|[\s(“"‘'])\p{Lu}\.\s*$/u;
// Dotted acronyms and company suffixes may end a sentence ("...in the U.S. It was...") or not
// ("the U.S. Army"): join unless the next word is a typical sentence opener.
const AMBIGUOUS = /(?:(?:^|[\s(])(?:\p{Lu}\.){2,}|(?:^|\s)(?:Inc|Ltd|Corp|Co|Bros|Jr|Plc|LLC)\.)\s*$/u;
const OPENERS = new Set(
  `The A An It Its He She They We I You In On At For But And Or So This That These Those There Here His Her
  Their Our My Your As If When After Before While Since Some Many Most Other Others Mr Mrs Ms Dr However
  Meanwhile Also Yet Still Then Now Today Last Next One Two Both All Each Such What Why How Who Where`
    .split(/\s+/)
    .filter(Boolean),
);

/** Join segments that the rules split after an abbreviation, an initial, or a stray quote. */
function mergeFalseBreaks(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && shouldJoin(text.slice(prev.start, prev.end), text.slice(span.start, span.end))) {
      prev.end = span.end;
    } else {
      out.push({ ...span });
    }
  }
  return out;
}

function shouldJoin(prev: string, next: string): boolean {
  // A piece without letters or digits (a lone closing quote or bracket) belongs to the sentence before.
  if (!/[\p{L}\p{N}]/u.test(next)) return true;
  if (!mayEndInAbbreviation(prev)) return false;
  if (TITLE.test(prev) || LATIN.test(prev)) return true;
  if (INITIAL.test(prev) || AMBIGUOUS.test(prev)) return !OPENERS.has(firstWord(next));
  return false;
}

/**
 * False when none of TITLE, LATIN, INITIAL or AMBIGUOUS can match. Each ends in at most six letters
 * ("approx"), a dot and spaces, the letters preceded by a non-letter. Most sentences end in a longer
 * word, a figure or other punctuation, and telling so from the last few characters is much cheaper
 * than running four patterns over the whole sentence. Only ASCII is decided here: a non-ASCII
 * character near the end leaves the answer to the patterns.
 */
function mayEndInAbbreviation(piece: string): boolean {
  let end = piece.length;
  while (end > 0 && /\s/.test(piece[end - 1]!)) end--;
  if (piece[end - 1] !== '.') return false;
  let letters = 0;
  for (let at = end - 2; at >= 0; at--) {
    const code = piece.charCodeAt(at);
    if (code >= 128) return true;
    // Setting bit 5 lowercases an ASCII capital and leaves a lowercase letter as it is.
    const folded = code | 32;
    if (folded < 97 || folded > 122) break;
    if (++letters > 6) return false;
  }
  return letters > 0;
}

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
