/**
 * PDFs in the extension page (popup or side panel): pdf.js is imported only here, and only when a PDF is read, so
 * it is a chunk of its own that neither the content scripts nor a web page's analysis ever load. Its worker is the
 * extension's own file (copied by wxt.config.ts), so it runs under the pages' CSP ('self' only).
 */
import { browser } from 'wxt/browser';
import { describePdfError } from '../../pdf/errors.ts';
import { readAndAnalyzePdf, type ProgressiveOptions } from '../../pdf/progressive.ts';
import type { PdfJsDocument } from '../../pdf/read.ts';
import type { AnalyzeOutcome } from '../../types.ts';

const WORKER_FILE = '/pdf.worker.min.mjs';

export type PdfReadOptions = Pick<ProgressiveOptions, 'url' | 'maxClaims' | 'onProgress' | 'onFirstClaims' | 'signal'>;

/** Reads and analyses a PDF's bytes; never throws (a failure is an outcome with the user's message). */
export async function analyzePdfInPage(bytes: Uint8Array, opts: PdfReadOptions): Promise<AnalyzeOutcome> {
  let destroy: (() => Promise<void>) | null = null;
  try {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerSrc = browser.runtime.getURL(WORKER_FILE as '/');
    const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
    destroy = () => task.destroy();
    const doc = await task.promise;
    return await readAndAnalyzePdf(doc as unknown as PdfJsDocument, {
      ...opts,
      blankDocument: () => document.implementation.createHTMLDocument(''),
    });
  } catch (error) {
    const failure = describePdfError(error);
    return { ok: false, reason: 'failed', message: failure.message };
  } finally {
    await destroy?.().catch(() => undefined);
  }
}
