/**
 * Reading order of a page's lines: top to bottom, and column by column where the page is set in columns.
 *
 * A gutter is a vertical strip in the middle part of the text that most lines keep clear of, with lines on both
 * sides of it. Lines that cross it (a title, an abstract set across the page, a wide figure caption) cut the page
 * into bands; within a band the left column is read before the right one. Each side is searched for a gutter of its
 * own, so three- and four-column pages are read the same way.
 */
import type { PdfLine } from './types.ts';

/** Gutter positions are tried between these shares of the text's width. */
const SEARCH_FROM = 0.2;
const SEARCH_TO = 0.8;
/** At most this share of lines may cross a gutter. */
const MAX_CROSSING = 0.35;
/** Each side needs at least this share of lines (and MIN_SIDE_LINES) to count as a column. */
const MIN_SIDE_SHARE = 0.15;
const MIN_SIDE_LINES = 3;
const MAX_DEPTH = 3;

interface Gutter {
  x: number;
  crossing: number;
}

function findGutter(lines: PdfLine[]): Gutter | null {
  if (lines.length < 2 * MIN_SIDE_LINES) return null;
  const left = Math.min(...lines.map((line) => line.x0));
  const right = Math.max(...lines.map((line) => line.x1));
  const width = right - left;
  if (width <= 0) return null;
  let best: (Gutter & { sides: number }) | null = null;
  const step = Math.max(1, width / 200);
  for (let x = left + SEARCH_FROM * width; x <= left + SEARCH_TO * width; x += step) {
    let before = 0;
    let after = 0;
    let crossing = 0;
    for (const line of lines) {
      if (line.x1 <= x) before++;
      else if (line.x0 >= x) after++;
      else crossing++;
    }
    const need = Math.max(MIN_SIDE_LINES, MIN_SIDE_SHARE * lines.length);
    if (before < need || after < need || crossing > MAX_CROSSING * lines.length) continue;
    // The fewest crossing lines wins; among equals, the most lines on the smaller side (the middle of the gap).
    const sides = Math.min(before, after);
    if (!best || crossing < best.crossing || (crossing === best.crossing && sides > best.sides)) best = { x, crossing, sides };
  }
  return best && { x: best.x, crossing: best.crossing };
}

function topDown(lines: PdfLine[]): PdfLine[] {
  return [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
}

/**
 * Within one column, pieces on one baseline are one line: a justified line whose word spaces were wide enough to
 * look like a gutter when the line was read.
 */
function joinBaselines(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y - line.y) < 0.2 * Math.min(last.size, line.size) && line.x0 >= last.x1) {
      out[out.length - 1] = { ...last, x1: line.x1, text: `${last.text} ${line.text}`, size: last.text.length >= line.text.length ? last.size : line.size };
    } else out.push(line);
  }
  return out;
}

/** Lines in reading order, each with the index of its column in that order. */
export function readingOrder(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  let column = 0;
  const place = (group: PdfLine[], depth: number) => {
    const gutter = depth < MAX_DEPTH ? findGutter(group) : null;
    if (!gutter) {
      for (const line of joinBaselines(topDown(group))) out.push({ ...line, column });
      column++;
      return;
    }
    let band: PdfLine[] = [];
    let across: PdfLine[] = [];
    const flushBand = () => {
      if (band.length === 0) return;
      const left = band.filter((line) => line.x1 <= gutter.x);
      const right = band.filter((line) => line.x1 > gutter.x);
      if (left.length > 0) place(left, depth + 1);
      if (right.length > 0) place(right, depth + 1);
      band = [];
    };
    // Lines across the gutter in a row (an abstract set across the page) are one column of their own.
    const flushAcross = () => {
      if (across.length === 0) return;
      for (const line of across) out.push({ ...line, column });
      column++;
      across = [];
    };
    for (const line of topDown(group)) {
      if (line.x0 < gutter.x && line.x1 > gutter.x) {
        flushBand();
        across.push(line);
      } else {
        flushAcross();
        band.push(line);
      }
    }
    flushAcross();
    flushBand();
  };
  place(lines, 0);
  return out;
}
