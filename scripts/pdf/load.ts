/**
 * pdf.js in Node for the CLI, the evaluation and the benchmark: the legacy build (the one that runs on Node 20),
 * no worker thread, no font loading (only the text is read). The engine itself never imports pdf.js.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { readPdfText, type PdfJsDocument, type ReadOptions } from '../../lib/pdf/read.ts';
import { describePdfError, type PdfFailure } from '../../lib/pdf/errors.ts';
import type { PdfText } from '../../lib/pdf/types.ts';

/** Opens a PDF from its bytes (which pdf.js takes over: pass a copy if they are needed again). */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  }).promise;
}

export function asEngineDocument(doc: PDFDocumentProxy): PdfJsDocument {
  return doc as unknown as PdfJsDocument;
}

export type ReadPdfOutcome = { ok: true; text: PdfText } | ({ ok: false } & PdfFailure);

/** Reads a PDF's text, or says why it cannot be read. */
export async function readPdfBytes(bytes: Uint8Array, opts: ReadOptions = {}): Promise<ReadPdfOutcome> {
  let doc: PDFDocumentProxy | null = null;
  try {
    doc = await openPdf(bytes);
    return { ok: true, text: await readPdfText(asEngineDocument(doc), opts) };
  } catch (error) {
    return { ok: false, ...describePdfError(error) };
  } finally {
    await doc?.destroy();
  }
}

/** pdf.js's own text of every page (items joined, a line break at each end of line): the benchmark's baseline. */
export async function pdfjsPlainText(bytes: Uint8Array): Promise<string> {
  const doc = await openPdf(bytes);
  try {
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      page.cleanup();
    }
    return pages.join('\n');
  } finally {
    await doc.destroy();
  }
}
