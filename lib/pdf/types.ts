/**
 * The plain shapes the PDF engine reads: what pdf.js's `getTextContent()` and `getOutline()` give, copied into
 * plain objects by a loader (scripts/ in Node, the extension page in the browser), so lib/ never imports pdf.js.
 */

/** One run of text as pdf.js reports it; `transform` is the PDF text matrix [a, b, c, d, x, y] (y grows upwards). */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

export interface PdfPageText {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** An entry of the PDF's outline (its bookmarks), with the page its destination points to when it resolves. */
export interface PdfOutlineEntry {
  title: string;
  /** 1-based, or null when the destination does not resolve to a page. */
  page: number | null;
  children: PdfOutlineEntry[];
}

/** The document information dictionary's fields the engine uses. */
export interface PdfInfo {
  title: string | null;
  author: string | null;
  /** BCP 47, from the catalog's /Lang. */
  lang: string | null;
  /** The raw PDF date string ("D:20240131120000Z"). */
  creationDate: string | null;
}

/** Everything read from one PDF: the pages read so far (in order, from page 1), the outline and the info. */
export interface PdfText {
  pageCount: number;
  pages: PdfPageText[];
  outline: PdfOutlineEntry[];
  info: PdfInfo;
}

/** A line of text on a page, in PDF units with y growing upwards (baseline). */
export interface PdfLine {
  page: number;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size of most of its characters. */
  size: number;
  /** pdf.js's font id of most of its characters. */
  font: string;
  text: string;
  /** Index of the column (in reading order on its page) the line was placed in. */
  column: number;
}

/** A block of the PDF's article: a heading or a paragraph, with where on which pages its text sits. */
export type PdfBlock =
  | { kind: 'heading'; level: number; text: string; page: number; pageBreaks: PageBreak[] }
  | { kind: 'paragraph'; text: string; page: number; pageBreaks: PageBreak[] };

/** Inside a block's text: from character `at` on, the text is on page `page`. */
export interface PageBreak {
  at: number;
  page: number;
}
