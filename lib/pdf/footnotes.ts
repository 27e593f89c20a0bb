/**
 * Footnotes: the run of smaller text at the foot of a column, opening with a note mark ("1", "*", "†"), below
 * the column's body text. They are set apart from the article so that a note never splits a paragraph that
 * runs on to the next column or page, and never becomes a claim.
 */
import { isSmaller, type BodyStyle } from './styles.ts';
import type { PdfLine, PdfPageText } from './types.ts';

const NOTE_MARK = /^(?:\d{1,3}|[*†‡§¶]{1,3}|[\u00B9\u00B2\u00B3\u2070-\u2079]+)\s*\S/u;
/** A footnote block starts in the lower part of the page. */
const LOWER_SHARE = 0.55;

/** Indices (into `lines`, which are in reading order) of the lines that are footnotes. */
export function footnoteLines(lines: PdfLine[], pages: Map<number, PdfPageText>, body: BodyStyle): Set<number> {
  const notes = new Set<number>();
  let start = 0;
  while (start < lines.length) {
    const { page, column } = lines[start]!;
    let end = start;
    while (end < lines.length && lines[end]!.page === page && lines[end]!.column === column) end++;
    // The trailing run of small lines in this column.
    let first = end;
    while (first > start && isSmaller(lines[first - 1]!, body)) first--;
    const height = pages.get(page)?.height ?? 792;
    if (first < end && first > start) {
      // Within the run, the first line that opens with a note mark in the lower part of the page.
      for (let i = first; i < end; i++) {
        const line = lines[i]!;
        if (line.y < height * LOWER_SHARE && NOTE_MARK.test(line.text)) {
          for (let j = i; j < end; j++) notes.add(j);
          break;
        }
      }
    }
    start = end;
  }
  return notes;
}
