/**
 * Which lines are headings, and at what level. From the PDF's outline when it has one that can be found on the
 * pages; else from type: a short group of lines set larger than the body, or in another font at the body's size,
 * standing on its own. Numbering ("2.1 Related work") gives the level when there is one, the size otherwise.
 * "Abstract" and "References" are headings however they are set.
 */
import { isLarger, sameSize, type BodyStyle } from './styles.ts';
import type { PdfLine, PdfOutlineEntry } from './types.ts';

export interface HeadingMark {
  /** Index of the heading's first line and one past its last (into the reading-order lines). */
  start: number;
  end: number;
  level: number;
}

const NUMBERED = /^(?:(\d{1,2}(?:\.\d{1,2}){0,4})\.?|[IVX]{1,5}\.|[A-H]\.)\s+\p{Lu}/u;
export const ABSTRACT = /^abstract[.:]?$/i;
export const REFERENCES =
  /^(?:(?:\d{1,2}|[IVX]{1,5})\.?\s+)?(?:references|bibliography|works cited|literature cited|references and notes|reference list|literatur|bibliographie|références|referencias|bibliografía)$/i;
const MAX_HEADING_LINES = 3;
const MAX_HEADING_WORDS = 24;
const MAX_EMPHASIS_WORDS = 12;

function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function numberingDepth(text: string): number | null {
  const match = NUMBERED.exec(text);
  if (!match) return null;
  return match[1] ? match[1].split('.').length : 1;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Consecutive lines of one style in one column, close together: the lines a heading may span. */
function sameRun(a: PdfLine, b: PdfLine, body: BodyStyle): boolean {
  return (
    a.page === b.page &&
    a.column === b.column &&
    a.font === b.font &&
    sameSize(a.size, b.size) &&
    a.y - b.y > 0 &&
    a.y - b.y < 1.8 * body.leading * (a.size / body.size)
  );
}

function byText(lines: PdfLine[]): HeadingMark[] {
  const marks: HeadingMark[] = [];
  lines.forEach((line, index) => {
    if (ABSTRACT.test(line.text) || REFERENCES.test(line.text)) marks.push({ start: index, end: index + 1, level: 2 });
  });
  return marks;
}

/** Headings from type. */
function byType(lines: PdfLine[], body: BodyStyle): HeadingMark[] {
  const groups: { start: number; end: number; larger: boolean }[] = [];
  for (let i = 0; i < lines.length; ) {
    let end = i + 1;
    while (end < lines.length && sameRun(lines[end - 1]!, lines[end]!, body)) end++;
    const first = lines[i]!;
    const text = lines.slice(i, end).map((line) => line.text).join(' ');
    const larger = isLarger(first, body);
    const emphasis = !larger && sameSize(first.size, body.size) && first.font !== body.font;
    const letters = (text.match(/\p{L}/gu) ?? []).length;
    const fits = end - i <= MAX_HEADING_LINES && letters >= 2;
    if (fits && larger && words(text) <= MAX_HEADING_WORDS) groups.push({ start: i, end, larger });
    else if (fits && emphasis && isStandaloneEmphasis(text, lines[end], body)) groups.push({ start: i, end, larger });
    i = end;
  }
  const sizes = [...new Set(groups.filter((g) => g.larger).map((g) => Math.round(lines[g.start]!.size * 2) / 2))].sort((a, b) => b - a);
  return groups.map(({ start, end, larger }) => {
    const depth = numberingDepth(lines[start]!.text);
    const sizeLevel = larger ? sizes.indexOf(Math.round(lines[start]!.size * 2) / 2) + 1 : sizes.length + 1;
    return { start, end, level: Math.min(6, depth !== null ? depth + 1 : sizeLevel) };
  });
}

/**
 * A line in another font at the body's size is a heading when it reads like one (short, capitalised, not a
 * sentence) and the text after it is back in the body's font: a bold or italic phrase inside a paragraph is not.
 */
function isStandaloneEmphasis(text: string, next: PdfLine | undefined, body: BodyStyle): boolean {
  if (words(text) > MAX_EMPHASIS_WORDS) return false;
  if (/[.,;:!?]$/.test(text) && numberingDepth(text) === null) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  return next === undefined || next.font === body.font || !sameSize(next.size, body.size);
}

function flatten(entries: PdfOutlineEntry[], depth = 0): { title: string; page: number | null; depth: number }[] {
  return entries.flatMap((entry) => [{ title: entry.title, page: entry.page, depth }, ...flatten(entry.children, depth + 1)]);
}

/** Headings where the outline's entries are found on their pages; null when too few of them are. */
function byOutline(lines: PdfLine[], outline: PdfOutlineEntry[]): HeadingMark[] | null {
  const entries = flatten(outline).filter((entry) => entry.page !== null && key(entry.title) !== '');
  if (entries.length < 2) return null;
  const marks: HeadingMark[] = [];
  const taken = new Set<number>();
  for (const entry of entries) {
    const wanted = key(entry.title);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.page !== entry.page || taken.has(i)) continue;
      const one = key(line.text);
      const next = lines[i + 1];
      const two = next && next.page === line.page ? one + key(next.text) : '';
      // The page may number a heading the outline does not ("1 Introduction" for "Introduction").
      const matches = (text: string) => text === wanted || (text.endsWith(wanted) && text.length - wanted.length <= 6 && /^\d/.test(text));
      if (matches(one)) {
        marks.push({ start: i, end: i + 1, level: Math.min(6, entry.depth + 1) });
        taken.add(i);
        break;
      }
      if (two && matches(two)) {
        marks.push({ start: i, end: i + 2, level: Math.min(6, entry.depth + 1) });
        taken.add(i).add(i + 1);
        break;
      }
    }
  }
  return marks.length >= 2 && marks.length >= entries.length / 2 ? marks : null;
}

/** The headings of the document, in order, not overlapping. */
export function findHeadings(lines: PdfLine[], body: BodyStyle, outline: PdfOutlineEntry[]): HeadingMark[] {
  const found = byOutline(lines, outline) ?? byType(lines, body);
  const all = [...found, ...byText(lines)].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: HeadingMark[] = [];
  for (const mark of all) {
    const last = out[out.length - 1];
    if (!last || mark.start >= last.end) out.push(mark);
  }
  return out;
}
