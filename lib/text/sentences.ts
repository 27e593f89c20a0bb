/**
 * Sentence splitting: Intl.Segmenter (sentence granularity) plus fixes for the places where it
 * splits English news text wrongly — titles ("Dr. Smith"), initials ("J. R. R. Tolkien"),
 * dotted acronyms ("the U.S. Army") and Latin abbreviations ("e.g. Paris").
 *
 * Node 20's Segmenter is quadratic on long strings (see docs/TOOLCHAIN.md), so the text is fed to
 * it in chunks of about 4 kB cut at line or space boundaries; the last, possibly unfinished,
 * sentence of each chunk is carried over into the next chunk, so chunking never cuts a sentence.
 */

export interface Span {
  start: number;
  end: number;
}

const CHUNK_SIZE = 4000;

/** Split text into trimmed, non-empty sentences. A "\n" is always a sentence break. */
export function splitSentences(text: string, lang?: string | null): string[] {
  return sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));
}

/** Like `splitSentences` but returns the offsets of each sentence in `text` (trimmed). */
export function sentenceSpans(text: string, lang?: string | null): Span[] {
  const segmenter = segmenterFor(lang);
  const out: Span[] = [];
  for (const line of lineSpans(text)) {
    if (isOneSentence(text, line)) {
      const trimmed = trimSpan(text, line);
      if (trimmed.end > trimmed.start) out.push(trimmed);
      continue;
    }
    const raw = segmentLine(text, line, segmenter).flatMap((span) => splitAfterEllipsis(text, span));
    for (const span of mergeFalseBreaks(text, raw)) {
      const trimmed = trimSpan(text, span);
      if (trimmed.end > trimmed.start) out.push(trimmed);
    }
  }
  return out;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang?: string | null): Intl.Segmenter {
  const key = lang || 'en';
  let seg = segmenters.get(key);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(key, { granularity: 'sentence' });
    } catch {
      // A malformed language tag from the page must not break the analysis.
      seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(key, seg);
  }
  return seg;
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

// Sentence breaks (UAX #29) come only after a terminator or a paragraph separator: a line with neither
// before its closing punctuation is one sentence, and asking the segmenter costs more than the check.
const TERMINATOR_OR_SEPARATOR = /[\p{Sentence_Terminal}\u2024\ufe52\uff0e…\r\u0085\u2028\u2029]/u;
const CLOSING = /[\p{Sentence_Terminal}\u2024\ufe52\uff0e…\s"'”’»)\]]+$/u;

/** True for a line of at most one chunk with no sentence break inside it (see above). */
function isOneSentence(text: string, line: Span): boolean {
  if (line.end - line.start > CHUNK_SIZE) return false;
  return !TERMINATOR_OR_SEPARATOR.test(text.slice(line.start, line.end).replace(CLOSING, ''));
}

/** Segment one line in bounded chunks so the cost stays linear in the line's length. */
function segmentLine(text: string, line: Span, segmenter: Intl.Segmenter): Span[] {
  const out: Span[] = [];
  let pos = line.start;
  while (pos < line.end) {
    const chunkEnd = chunkBoundary(text, pos, line.end);
    const pieces: Span[] = [];
    for (const s of segmenter.segment(text.slice(pos, chunkEnd))) {
      pieces.push({ start: pos + s.index, end: pos + s.index + s.segment.length });
    }
    const last = pieces[pieces.length - 1];
    if (chunkEnd < line.end && pieces.length > 1 && last) {
      // The chunk's last sentence may continue past the cut: segment it again with what follows.
      out.push(...pieces.slice(0, -1));
      pos = last.start;
    } else {
      out.push(...pieces);
      pos = chunkEnd;
    }
  }
  return out;
}

/** Where to cut the next chunk: at the last space in its second half, else at the size limit. */
function chunkBoundary(text: string, pos: number, end: number): number {
  if (end - pos <= CHUNK_SIZE) return end;
  const limit = pos + CHUNK_SIZE;
  const space = text.lastIndexOf(' ', limit);
  return space > pos + CHUNK_SIZE / 2 ? space + 1 : limit;
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

/** Join segments that Intl.Segmenter split after an abbreviation, an initial, or a stray quote. */
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
  if (TITLE.test(prev) || LATIN.test(prev)) return true;
  if (INITIAL.test(prev) || AMBIGUOUS.test(prev)) return !OPENERS.has(firstWord(next));
  return false;
}

function firstWord(text: string): string {
  return /^[\s“"‘'(]*(\p{L}+)/u.exec(text)?.[1] ?? '';
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
