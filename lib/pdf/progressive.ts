/**
 * A PDF read and analysed as the panel needs it: progress page by page, first claims from the first pages of a
 * long document while the rest is still being read, then the claims of everything the reading budget allowed.
 * The same code runs in the extension page and in Node (CLI, benchmark), each with its own pdf.js loader.
 */
import type { AnalyzeOptions } from '../analyze-article.ts';
import type { AnalyzeOutcome } from '../types.ts';
import { analyzePdf } from './analyze-pdf.ts';
import { readPdfText, type PdfJsDocument, type ReadOptions } from './read.ts';

/** A document longer than this gets first claims from these pages before the rest is read. */
export const FIRST_PASS_PAGES = 6;

export interface ProgressiveOptions extends AnalyzeOptions, Pick<ReadOptions, 'budget' | 'signal'> {
  /** A new empty HTML document for each analysis (the article is built in it). */
  blankDocument: () => Document;
  onProgress?: (pagesRead: number, pageCount: number) => void;
  /** Claims from the first pages, before the whole document is read. */
  onFirstClaims?: (outcome: AnalyzeOutcome & { ok: true }) => void;
}

export async function readAndAnalyzePdf(doc: PdfJsDocument, opts: ProgressiveOptions): Promise<AnalyzeOutcome> {
  const text = await readPdfText(doc, {
    budget: opts.budget,
    signal: opts.signal,
    onProgress: ({ pagesRead, pageCount, text: soFar }) => {
      opts.onProgress?.(pagesRead, pageCount);
      if (!opts.onFirstClaims || pagesRead !== FIRST_PASS_PAGES || pageCount <= FIRST_PASS_PAGES) return;
      const first = analyzePdf({ ...soFar, pages: [...soFar.pages] }, opts.blankDocument(), opts);
      if (first.ok) opts.onFirstClaims(first);
    },
  });
  return analyzePdf(text, opts.blankDocument(), opts);
}
