/**
 * Reads the text of a PDF opened by pdf.js, page by page, into the plain shapes of types.ts. The document is
 * passed in by a loader (scripts/ in Node, the extension page in the browser): this module never imports pdf.js,
 * it only calls the few methods of its document it needs, so the engine stays testable and pdf.js stays lazy.
 *
 * A budget keeps a book from freezing the panel: pages are read from the start until enough text for an article's
 * worth of claims is in, and the reader is told how far it got.
 */
import type { PdfInfo, PdfOutlineEntry, PdfPageText, PdfText, PdfTextItem } from './types.ts';

/** The parts of pdf.js's `PDFDocumentProxy` read here. */
export interface PdfJsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPage>;
  getOutline(): Promise<PdfJsOutlineNode[] | null>;
  getDestination(id: string): Promise<unknown[] | null>;
  getPageIndex(ref: never): Promise<number>;
  getMetadata(): Promise<{ info: unknown }>;
}

export interface PdfJsPage {
  view: number[];
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): unknown;
}

export interface PdfJsOutlineNode {
  title: string;
  dest: string | unknown[] | null;
  items: PdfJsOutlineNode[];
}

export interface ReadBudget {
  /** Stop after the page that brings the text past this many characters. */
  maxChars: number;
  /** Never read more pages than this. */
  maxPages: number;
}

/** About a long book's worth of chapters; the engine's own text cap (extract/budget.ts) is the same size. */
export const DEFAULT_READ_BUDGET: ReadBudget = { maxChars: 300_000, maxPages: 400 };

export interface ReadProgress {
  pagesRead: number;
  pageCount: number;
  /** The text read so far (its `pages` grow as reading goes on): enough for first claims from the first pages. */
  text: PdfText;
}

export interface ReadOptions {
  budget?: ReadBudget;
  onProgress?: (progress: ReadProgress) => void;
  /** Stops reading between pages (the user closed the panel or picked another tab). */
  signal?: AbortSignal;
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** A copy in plain objects, with positions measured from the page's lower left corner. */
function plainItem(item: PdfTextItem, x0: number, y0: number): PdfTextItem {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  return {
    str: item.str,
    transform: [a, b, c, d, x - x0, y - y0],
    width: item.width,
    height: item.height,
    fontName: item.fontName,
    hasEOL: item.hasEOL,
  };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function infoOf(raw: unknown): PdfInfo {
  const info = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return { title: text(info.Title), author: text(info.Author), lang: text(info.Language), creationDate: text(info.CreationDate) };
}

async function resolvePage(doc: PdfJsDocument, dest: PdfJsOutlineNode['dest']): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    const ref = explicit?.[0];
    if (typeof ref === 'number') return ref + 1;
    if (ref && typeof ref === 'object') return (await doc.getPageIndex(ref as never)) + 1;
  } catch {
    // A broken destination leaves its entry without a page; the outline is a hint, not a requirement.
  }
  return null;
}

async function outlineOf(doc: PdfJsDocument, nodes: PdfJsOutlineNode[] | null, depth = 0): Promise<PdfOutlineEntry[]> {
  if (!nodes || depth > 6) return [];
  const entries: PdfOutlineEntry[] = [];
  for (const node of nodes.slice(0, 500)) {
    entries.push({
      title: (node.title ?? '').replace(/\s+/g, ' ').trim(),
      page: await resolvePage(doc, node.dest),
      children: await outlineOf(doc, node.items, depth + 1),
    });
  }
  return entries;
}

export async function readPdfText(doc: PdfJsDocument, opts: ReadOptions = {}): Promise<PdfText> {
  const budget = opts.budget ?? DEFAULT_READ_BUDGET;
  const [outline, metadata] = await Promise.all([
    doc.getOutline().then((nodes) => outlineOf(doc, nodes)).catch(() => []),
    doc.getMetadata().catch(() => ({ info: {} })),
  ]);
  const result: PdfText = { pageCount: doc.numPages, pages: [], outline, info: infoOf(metadata.info) };
  let chars = 0;
  const last = Math.min(doc.numPages, budget.maxPages);
  for (let number = 1; number <= last; number++) {
    if (opts.signal?.aborted) break;
    const page = await doc.getPage(number);
    const content = await page.getTextContent();
    const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
    const items = content.items.filter(isTextItem).map((item) => plainItem(item, x0, y0));
    const pageText: PdfPageText = { number, width: x1 - x0, height: y1 - y0, items };
    result.pages.push(pageText);
    page.cleanup();
    for (const item of items) chars += item.str.length;
    opts.onProgress?.({ pagesRead: number, pageCount: doc.numPages, text: result });
    if (chars >= budget.maxChars) break;
  }
  return result;
}
