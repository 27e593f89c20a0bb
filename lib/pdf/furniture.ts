/**
 * Page furniture: running headers and footers, and page numbers. A line near the top or bottom edge of the page
 * is furniture when the same text (its digits aside) comes back at the same height on other pages, or when it is a
 * page number ("7", "Page 7", "7 / 30", "- vii -").
 */
import type { PdfLine, PdfPageText } from './types.ts';

/** Share of the page's height, from the top and from the bottom, where headers and footers sit. */
const EDGE = 0.12;
/** Heights are compared in steps of this many points (a header drifts a little between pages). */
const HEIGHT_STEP = 6;

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:page|p\.|seite|pág\.?|página)\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:\/|of|de|von|sur)\s*\d{1,4})?(?:\s*[-–—])?$/i;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

function nearEdge(line: PdfLine, page: PdfPageText): boolean {
  const top = page.height > 0 ? page.height : 792;
  return line.y > top * (1 - EDGE) || line.y < top * EDGE;
}

function keyOf(line: PdfLine): string {
  const text = line.text.toLowerCase().replace(/\d+/g, '#').replace(/[^\p{L}#]+/gu, '');
  return `${Math.round(line.y / HEIGHT_STEP)}|${text}`;
}

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The lines of each page (same order as `lines`), furniture removed. `title` is the document's title from its
 * information: set small at the page's edge it is a running header even on a one-page document.
 */
export function withoutFurniture(pages: PdfPageText[], lines: PdfLine[][], title: string | null = null): PdfLine[][] {
  const titleKey = title ? letters(title) : '';
  const sizes = lines.flat().map((line) => line.size).sort((a, b) => a - b);
  const typical = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const pagesWithKey = new Map<string, Set<number>>();
  lines.forEach((pageLines, index) => {
    for (const line of pageLines) {
      if (!nearEdge(line, pages[index]!)) continue;
      const key = keyOf(line);
      const seen = pagesWithKey.get(key) ?? new Set<number>();
      seen.add(index);
      pagesWithKey.set(key, seen);
    }
  });
  // Headers may alternate between left and right pages, and a chapter's header only runs through that chapter.
  const recurring = Math.max(2, Math.min(3, Math.ceil(pages.length / 2)));
  return lines.map((pageLines, index) =>
    pageLines.filter((line) => {
      if (!nearEdge(line, pages[index]!)) return true;
      if (isPageNumber(line.text)) return false;
      if (titleKey !== '' && line.size < typical && letters(line.text) === titleKey) return false;
      return (pagesWithKey.get(keyOf(line))?.size ?? 0) < recurring;
    }),
  );
}
