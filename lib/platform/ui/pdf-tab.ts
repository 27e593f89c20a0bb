/**
 * PDF tabs as the panel reads them: the background fetches the bytes under the click's grant and sends them down a
 * port in chunks (wire/pdf-port.ts), pdf.js parses them here (lazily, see pdf-reader.ts) while the page hears how
 * far it got, and the analysis is kept so that a claim's click opens its page in the viewer and "Save" keeps its
 * page: the browser's PDF viewer has no page script to scroll or paint.
 */
import type { TextQuoteSelector } from '../../types.ts';
import type { Analysis, Claim } from '../../types.ts';
import type { Highlight } from '../../highlights/record.ts';
import { sitePattern } from '../../pdf/detect.ts';
import { callBackground } from '../wire/messaging.ts';
import { receivePdfBytes } from '../wire/pdf-port.ts';
import { fail, ok, type Result, type TabAnalysis } from '../wire/protocol.ts';
import type { AnalysisProgress } from './service-types.ts';

export interface PdfTabs {
  /** Fetch (in the background) and analyse (here) the PDF the tab shows, telling `onProgress` how far it got. */
  analyze(tabId: number, onProgress?: (progress: AnalysisProgress) => void): Promise<Result<TabAnalysis>>;
  /** Analyse a PDF file the user chose for the tab (a local PDF, which no extension may fetch). */
  analyzeFile(tabId: number, file: Blob & { name: string }, onProgress?: (progress: AnalysisProgress) => void): Promise<Result<TabAnalysis>>;
  /**
   * The permission pattern of the site of the tab's PDF, after Firefox refused its fetch ('needs-site'): known
   * before the user's click, which must ask for it at once.
   */
  sitePatternOf(tabId: number): string | null;
  /** The tab's last analysis was of a PDF. */
  has(tabId: number): boolean;
  forget(tabId: number): void;
  /** Open the claim's page in the tab's viewer; null when the tab is not a PDF this page read. */
  reveal(tabId: number, quote: TextQuoteSelector): Promise<Result<null>> | null;
  /** Keep the claim with its page; null when the tab is not a PDF this page read. */
  save(tabId: number, claim: Claim): Promise<Result<Highlight>> | null;
}

export function createPdfTabs(): PdfTabs {
  const analyses = new Map<number, Analysis>();
  const sites = new Map<number, string>();
  const claimOf = (tabId: number, quote: TextQuoteSelector) =>
    analyses.get(tabId)?.claims.find((claim) => claim.selector.exact === quote.exact && claim.selector.prefix === quote.prefix);

  async function analyzeBytes(tabId: number, bytes: Uint8Array, url: string, onProgress?: (progress: AnalysisProgress) => void): Promise<Result<TabAnalysis>> {
    // The PDF engine and pdf.js load only now: a web page's panel never downloads them.
    const { analyzePdfInPage } = await import('./pdf-reader.ts');
    const outcome = await analyzePdfInPage(bytes, {
      url,
      onProgress: (pagesRead, pageCount) => onProgress?.({ kind: 'reading', pagesRead, pageCount }),
      onFirstClaims: (first) =>
        onProgress?.({ kind: 'first-claims', result: { tabId, analysis: first.analysis }, pagesRead: first.analysis.pdf?.pagesRead ?? 0 }),
    });
    if (!outcome.ok) return fail(outcome.reason, outcome.message);
    analyses.set(tabId, outcome.analysis);
    return ok({ tabId, analysis: outcome.analysis });
  }

  return {
    async analyze(tabId, onProgress) {
      const fetched = await receivePdfBytes(tabId, (received, total) => onProgress?.({ kind: 'fetching', received, total }));
      if (!fetched.ok && fetched.error.code === 'needs-site') {
        const shown = await callBackground('pdfAddressOfTab', { tabId });
        const pattern = shown.ok ? sitePattern(shown.value) : null;
        if (pattern) sites.set(tabId, pattern);
      }
      if (!fetched.ok) return fetched;
      return analyzeBytes(tabId, fetched.value.bytes, fetched.value.url, onProgress);
    },
    async analyzeFile(tabId, file, onProgress) {
      onProgress?.({ kind: 'fetching', received: 0, total: file.size });
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        return fail('failed', `Precis could not read the file ${file.name}. Choose it again.`);
      }
      // The tab's own address (file:///…) keeps the claims' highlights with the PDF the tab shows.
      const shown = await callBackground('pdfAddressOfTab', { tabId });
      return analyzeBytes(tabId, bytes, shown.ok ? shown.value : `file:///${encodeURIComponent(file.name)}`, onProgress);
    },
    sitePatternOf: (tabId) => sites.get(tabId) ?? null,
    has: (tabId) => analyses.has(tabId),
    forget: (tabId) => void analyses.delete(tabId),
    reveal(tabId, quote) {
      const page = claimOf(tabId, quote)?.page;
      return page === undefined ? null : callBackground('openPdfPage', { tabId, page });
    },
    save(tabId, claim) {
      const analysis = analyses.get(tabId);
      if (!analysis || claim.page === undefined) return null;
      return callBackground('savePdfClaim', { url: analysis.url, title: analysis.meta.title, claim });
    },
  };
}
