/**
 * Sentence boundaries by the rules of Unicode's UAX #29 (the default sentence rules, which ICU and so
 * `Intl.Segmenter` apply in every language), in one linear pass over the text.
 *
 * Why not `Intl.Segmenter`: in a browser, the first segmenter of a page costs 30–50 ms to build (ICU loads its
 * break rules), and every page Precis reads starts a fresh one; in Node 20 it is also quadratic on long strings.
 * The rules that decide sentence breaks are few; sentence-breaks.test.ts checks this file against
 * `Intl.Segmenter` on every paragraph of the test corpus and on random strings drawn from the characters each
 * rule is about.
 *
 * The rules, by their UAX #29 numbers:
 * - SB4: break after a paragraph separator (CR, LF, NEL, LS, PS; CR LF counts as one).
 * - SB5: format and combining characters belong to what precedes them and are otherwise ignored.
 * - SB6: no break in "3.14" (a full stop directly followed by a digit).
 * - SB7: no break in "U.S" (letter, full stop, directly an uppercase letter).
 * - SB8: no break after a full stop when the next letter, skipping anything that is not a letter, terminator or
 *   separator, is lowercase ("e.g. the", "… (and more)").
 * - SB8a: no break before a continuation mark (comma, colon, semicolon, dash …) or another terminator.
 * - SB9–SB11: otherwise break after the terminator, its closing quotes and brackets, and the spaces that follow.
 */

/**
 * A class of characters, tested at one position. Most characters of a page are ASCII, and a sentence end
 * asks a dozen such questions, so each class also keeps its answer for every ASCII character (taken from
 * the pattern itself) and runs the pattern only on other characters.
 */
interface CharClass {
  /** Sticky, one code point. */
  pattern: RegExp;
  /** 1 for each ASCII character in the class, 0 for the others. */
  ascii: Uint8Array;
}

function charClass(pattern: RegExp): CharClass {
  return { pattern, ascii: asciiMembers(pattern) };
}

/** 1 for each ASCII character the one-character `pattern` matches, 0 for the others. */
function asciiMembers(pattern: RegExp): Uint8Array {
  const ascii = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    pattern.lastIndex = 0;
    ascii[code] = pattern.test(String.fromCharCode(code)) ? 1 : 0;
  }
  return ascii;
}

/** "A sentence's end" (ATerm): the full stop and its lookalikes, which SB6–SB8 treat with care. */
const FULL_STOP = charClass(/[.\u2024\ufe52\uff0e]/uy);
const TERMINATOR = charClass(/[\p{Sentence_Terminal}\u2024\ufe52\uff0e]/uy);
/** Where a break can start: a terminator or a separator. */
const BREAK_CANDIDATE = /[\p{Sentence_Terminal}\u2024\ufe52\uff0e\r\n\u0085\u2028\u2029]/gu;
const ASCII_BREAK_CANDIDATE = asciiMembers(BREAK_CANDIDATE);
/** Closing (and, per UAX #29, opening) punctuation and quotes that stay with the sentence they end. */
const CLOSE = charClass(/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u00ab\u00bb]/uy);
const SPACE = charClass(/[\p{Zs}\t\v\f]/uy);
const SEPARATOR = charClass(/[\r\n\u0085\u2028\u2029]/uy);
/** Format and combining characters (SB5). */
const TRANSPARENT = charClass(/[\p{Mn}\p{Me}\p{Cf}]/uy);
const LOWER = charClass(/\p{Lowercase}/uy);
const UPPER = charClass(/[\p{Uppercase}\p{Lt}]/uy);
const LETTER = charClass(/\p{Alphabetic}/uy);
const NUMERIC = charClass(/[\p{Nd}\u066b\u066c]/uy);
const CONTINUATION = charClass(
  /[,\-:;\u055d\u060c\u060d\u07f8\u1802\u1808\u2013\u2014\u3001\ufe10\ufe11\ufe13\ufe31\ufe32\ufe50\ufe51\ufe55\ufe58\ufe63\uff0c\uff0d\uff1a\uff1b\uff64]/uy,
);

/** The length of the code point at `at` if it is in the class, else 0 (sticky regexes test one position). */
function lengthIn(charClass: CharClass, text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return charClass.ascii[code]!;
  const { pattern } = charClass;
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex - at : 0;
}

function isIn(charClass: CharClass, text: string, at: number): boolean {
  return at >= 0 && at < text.length && lengthIn(charClass, text, at) > 0;
}

function codePointLength(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

/** Past a run of the class (and of format and combining characters) that starts at `at`. */
function skipRun(charClass: CharClass | null, text: string, at: number): number {
  let position = at;
  for (;;) {
    const length = (charClass ? lengthIn(charClass, text, position) : 0) || lengthIn(TRANSPARENT, text, position);
    if (length === 0) return position;
    position += length;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Where the code point before `at` starts, format and combining characters skipped; -1 at the start. */
function previousBase(text: string, at: number): number {
  let position = at;
  while (position > 0) {
    const pair = position >= 2 && isLowSurrogate(text.charCodeAt(position - 1)) && isHighSurrogate(text.charCodeAt(position - 2));
    position -= pair ? 2 : 1;
    if (!isIn(TRANSPARENT, text, position)) return position;
  }
  return -1;
}

/** SB8: the first letter after `at`, stopping at a terminator or separator, is lowercase. */
function lowercaseFollows(text: string, at: number): boolean {
  let position = at;
  while (position < text.length && !isIn(LETTER, text, position) && !isIn(TERMINATOR, text, position) && !isIn(SEPARATOR, text, position)) {
    position += codePointLength(text, position);
  }
  return isIn(LOWER, text, position);
}

/**
 * Whether the full stop at `stop` ends its sentence (SB6–SB8); `next` is where its closing run and spaces end,
 * `direct` says there were none.
 */
function fullStopBreaks(text: string, stop: number, next: number, direct: boolean): boolean {
  if (direct && isIn(NUMERIC, text, next)) return false;
  const before = previousBase(text, stop);
  if (direct && isIn(UPPER, text, next) && (isIn(UPPER, text, before) || isIn(LOWER, text, before))) return false;
  return !lowercaseFollows(text, next);
}

/**
 * Where the next terminator or separator from `at` is, or -1. Text is mostly ASCII, and a loop deciding
 * it by table is quicker than a search with the Unicode pattern; from the first other character on, the
 * pattern searches.
 */
function nextBreakCandidate(text: string, at: number): number {
  for (let position = at; position < text.length; position++) {
    const code = text.charCodeAt(position);
    if (code >= 128) {
      BREAK_CANDIDATE.lastIndex = position;
      return BREAK_CANDIDATE.exec(text)?.index ?? -1;
    }
    if (ASCII_BREAK_CANDIDATE[code] === 1) return position;
  }
  return -1;
}

/**
 * The end offset of every sentence of `text`, in order; the last is `text.length`. Each sentence keeps its
 * closing punctuation and the spaces after it, as `Intl.Segmenter` does.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  if (text === '') return ends;
  let position = 0;
  while (position < text.length) {
    position = nextBreakCandidate(text, position);
    if (position < 0) break;
    if (isIn(SEPARATOR, text, position)) {
      position += text.startsWith('\r\n', position) ? 2 : 1;
      ends.push(position);
      continue;
    }
    const terminator = lengthIn(TERMINATOR, text, position);
    const afterTerminator = skipRun(null, text, position + terminator);
    const afterClose = skipRun(CLOSE, text, afterTerminator);
    const next = skipRun(SPACE, text, afterClose);
    // A separator right after ends the sentence there instead (SB9–SB10, then SB4).
    if (isIn(SEPARATOR, text, next) || next >= text.length) {
      position = next;
      continue;
    }
    const continues = isIn(CONTINUATION, text, next) || isIn(TERMINATOR, text, next);
    const direct = next === afterTerminator;
    const breaks = !continues && (!isIn(FULL_STOP, text, position) || fullStopBreaks(text, position, next, direct));
    if (breaks) ends.push(next);
    position = breaks ? next : position + terminator;
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}
