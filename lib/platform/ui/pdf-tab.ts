/**
 * PDF tabs as the panel reads them: the background fetches the bytes under the click's grant, pdf.js parses them
 * here (lazily, see pdf-reader.ts), and the analysis is kept so that a claim's click opens its page in the viewer
 * and "Save" keeps its page: the browser's PDF viewer has no page script to scroll or paint.
 */
import type { TextQuoteSelector } from '../../types.ts';
import type { Analysis, Claim } from '../../types.ts';
import type { Highlight } from '../../highlights/record.ts';
import { callBackground } from '../wire/messaging.ts';
import { fail, ok, type Result, type TabAnalysis } from '../wire/protocol.ts';

function fromBase64(data: string): Uint8Array {
  const text = atob(data);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

export interface PdfTabs {
  /** Fetch (in the background) and analyse (here) the PDF the tab shows. */
  analyze(tabId: number, maxClaims?: number): Promise<Result<TabAnalysis>>;
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
  const claimOf = (tabId: number, quote: TextQuoteSelector) =>
    analyses.get(tabId)?.claims.find((claim) => claim.selector.exact === quote.exact && claim.selector.prefix === quote.prefix);
  return {
    async analyze(tabId, maxClaims) {
      const fetched = await callBackground('readPdf', { tabId });
      if (!fetched.ok) return fetched;
      // The PDF engine and pdf.js load only now: a web page's panel never downloads them.
      const { analyzePdfInPage } = await import('./pdf-reader.ts');
      const outcome = await analyzePdfInPage(fromBase64(fetched.value.data), { url: fetched.value.url, maxClaims });
      if (!outcome.ok) return fail(outcome.reason, outcome.message);
      analyses.set(tabId, outcome.analysis);
      return ok({ tabId, analysis: outcome.analysis });
    },
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
