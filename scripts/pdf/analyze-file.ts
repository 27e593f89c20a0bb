/** A PDF file through the engine in Node: pdf.js reads its text, the engine lays it out and analyses it. */
import { startsLikePdf } from '../../lib/pdf/detect.ts';
import { describePdfError } from '../../lib/pdf/errors.ts';
import { readAndAnalyzePdf, type ProgressiveOptions } from '../../lib/pdf/progressive.ts';
import type { AnalyzeOptions } from '../../lib/analyze.ts';
import type { AnalyzeOutcome } from '../../lib/types.ts';
import { parseHtml } from '../../tests/support/dom.ts';
import { asEngineDocument, openPdf } from './load.ts';

/** A `.pdf` name, or bytes that open as a PDF does ("%PDF-" within the first kilobyte). */
export function isPdf(file: string, bytes: Uint8Array): boolean {
  return /\.pdf$/i.test(file) || startsLikePdf(bytes);
}

export function blankDocument(url: string): Document {
  return parseHtml('<!doctype html><html><head></head><body></body></html>', url);
}

export async function analyzePdfBytes(
  bytes: Uint8Array,
  opts: AnalyzeOptions & Partial<Omit<ProgressiveOptions, keyof AnalyzeOptions>>,
): Promise<AnalyzeOutcome> {
  let doc: Awaited<ReturnType<typeof openPdf>> | null = null;
  try {
    doc = await openPdf(bytes);
    return await readAndAnalyzePdf(asEngineDocument(doc), { blankDocument: () => blankDocument(opts.url), ...opts });
  } catch (error) {
    return { ok: false, reason: 'failed', message: describePdfError(error).message };
  } finally {
    await doc?.destroy();
  }
}
