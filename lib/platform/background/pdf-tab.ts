/**
 * The background's part in reading a PDF tab: tell a PDF tab from a page (by its address, or by its document's
 * content type when the address does not say), fetch the PDF's bytes under the toolbar click's activeTab grant (the
 * same fetch without a click is refused, and an extension page's own fetch is not reliably granted) and send them
 * to the page in chunks, open a page of it in the viewer, and keep a claim as a highlight. Parsing happens in the
 * extension page (lib/platform/ui/pdf-tab.ts), never here.
 */
import { browser } from 'wxt/browser';
import { isPdfTab, siteAccessMessage, pageAddress, pdfAddress, pdfResponseProblem } from '../../pdf/detect.ts';
import { pdfClaimHighlight } from '../../highlights/pdf.ts';
import type { Highlight } from '../../highlights/record.ts';
import type { Claim } from '../../types.ts';
import { LOCAL_PDF_MESSAGE } from '../../page-access.ts';
import { fromStore, saveHighlight } from '../storage/highlights-store.ts';
import { createChunker, MAX_PDF_BYTES, TOO_LARGE_MESSAGE, type ByteStreamMessage } from '../wire/byte-chunks.ts';
import { fail, ok, type ProtocolError, type Result } from '../wire/protocol.ts';
import { tabAddress } from './tab-analysis.ts';

/**
 * Whether the tab's document is a PDF by its content type: an address such as `/download?id=3` does not say.
 * Chrome's viewer lives inside a document a script may enter once the tab is granted, and its `contentType` says.
 * Firefox lets no extension script into its viewer, so there the answer's headers say, fetched under the same grant.
 * Reading one PDF asks this several times (the page's failed read, the stream, each jump to a page); the answer is
 * kept for the tab's address, so in Firefox the site gets one request for its headers, not one per question.
 */
export async function documentIsPdf(tabId: number): Promise<boolean> {
  const shown = await tabAddress(tabId);
  const known = shown === undefined ? undefined : verdicts.recall(tabId, shown);
  if (known !== undefined) return known;
  const { pdf, sure } = await contentTypeVerdict(tabId, shown);
  if (shown !== undefined && sure) verdicts.keep(tabId, shown, pdf);
  return pdf;
}

/**
 * The content type's verdict; `sure` when it speaks for the tab's address: the document at that address answered
 * (not the one a navigation is replacing), or the site itself did.
 */
async function contentTypeVerdict(tabId: number, shown: string | undefined): Promise<{ pdf: boolean; sure: boolean }> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: () => [document.contentType, document.URL],
    });
    const [type, at] = Array.isArray(frame?.result) ? (frame.result as unknown[]) : [];
    const pdf = isPdfTab(undefined, typeof type === 'string' ? type : null);
    return { pdf, sure: typeof at === 'string' && shown !== undefined && withoutHash(at) === withoutHash(shown) };
  } catch {
    if (shown === undefined || !/^https?:/i.test(shown)) return { pdf: false, sure: false };
    const served = await servedAsPdf(shown);
    return { pdf: served === true, sure: served !== null };
  }
}

const withoutHash = (url: string) => url.split('#', 1)[0]!;

/** The last verdict per tab, for the address it was given for; a few dozen tabs at most. */
const verdicts = (() => {
  const byTab = new Map<number, { address: string; pdf: boolean }>();
  const LIMIT = 32;
  return {
    recall: (tabId: number, address: string) => {
      const entry = byTab.get(tabId);
      return entry?.address === withoutHash(address) ? entry.pdf : undefined;
    },
    keep: (tabId: number, address: string, pdf: boolean) => {
      byTab.delete(tabId);
      byTab.set(tabId, { address: withoutHash(address), pdf });
      if (byTab.size > LIMIT) byTab.delete(byTab.keys().next().value!);
    },
  };
})();

/** The content type the site gives the address; only the headers are read, the body is dropped. Null when unanswered. */
async function servedAsPdf(url: string): Promise<boolean | null> {
  const stop = new AbortController();
  try {
    const response = await fetch(withoutHash(url), { signal: stop.signal });
    return isPdfTab(undefined, response.headers.get('content-type'));
  } catch {
    return null;
  } finally {
    stop.abort();
  }
}

/** The address of the PDF the tab shows, or null when it shows none (or is hidden from us). */
async function shownPdf(tabId: number): Promise<string | null> {
  const shown = await tabAddress(tabId);
  if (!shown) return null;
  return isPdfTab(shown) || (await documentIsPdf(tabId)) ? shown : null;
}

/** Sends the tab's PDF down a port: `start`, its chunks as the fetch delivers them, `end`; or one `error`. */
export async function streamPdfOfTab(tabId: number, send: (message: ByteStreamMessage) => void, signal: AbortSignal): Promise<void> {
  const refuse = (error: ProtocolError) => send({ kind: 'error', error });
  const shown = await tabAddress(tabId);
  if (!shown) return refuse({ code: 'no-access', message: 'Precis has no access to this tab yet. Click the Precis toolbar button on the PDF.' });
  if (!(await shownPdf(tabId))) return refuse({ code: 'failed', message: 'This tab does not show a PDF.' });
  const url = pdfAddress(shown);
  const opened = await openPdf(url, signal);
  if (!opened.ok) return refuse(opened.error);
  const response = opened.value;
  const declared = Number(response.headers.get('content-length') ?? '');
  if (declared > MAX_PDF_BYTES) return refuse({ code: 'too-large', message: TOO_LARGE_MESSAGE });
  send({ kind: 'start', url, size: Number.isFinite(declared) && declared > 0 ? declared : null });
  const chunker = createChunker(send);
  const reader = response.body?.getReader();
  try {
    for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
      chunker.push(part.value);
      if (chunker.size > MAX_PDF_BYTES) {
        await reader!.cancel();
        return refuse({ code: 'too-large', message: TOO_LARGE_MESSAGE });
      }
    }
  } catch {
    // A closed port aborts the fetch: nobody is left to tell.
    if (signal.aborted) return;
    return refuse({ code: 'failed', message: 'The connection broke while Precis fetched this PDF. Try again.' });
  }
  chunker.finish();
}

/** The fetch of the PDF, or why it cannot be had, in the user's words. */
async function openPdf(url: string, signal: AbortSignal): Promise<Result<Response>> {
  if (url.toLowerCase().startsWith('file:')) return fail('local-pdf', LOCAL_PDF_MESSAGE);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch {
    if (signal.aborted) return fail('failed', 'Stopped.');
    // Firefox's click grant opens the tab to Precis's scripts, not its site to a fetch: the user may allow the site.
    if (import.meta.env.FIREFOX) return fail('needs-site', siteAccessMessage(url));
    return fail('no-access', 'Precis could not fetch this PDF. Click the Precis toolbar button on the PDF tab, then try again.');
  }
  const problem = pdfResponseProblem({ status: response.status, header: (name) => response.headers.get(name) });
  if (problem) {
    void response.body?.cancel().catch(() => undefined);
    return fail('failed', problem);
  }
  return ok(response);
}

export async function openPdfPage(tabId: number, page: number): Promise<Result<null>> {
  const shown = await shownPdf(tabId);
  if (!shown) return fail('navigated', 'The tab no longer shows this PDF.');
  try {
    await browser.tabs.update(tabId, { url: pageAddress(shown, page) });
    return ok(null);
  } catch {
    return fail('tab-gone', 'That tab was closed.');
  }
}

export function savePdfClaim(url: string, title: string, claim: Claim): Promise<Result<Highlight>> {
  if (claim.page === undefined) return Promise.resolve(fail('bad-request', 'A PDF claim comes with its page.'));
  const highlight = pdfClaimHighlight({ url, title, claim: { ...claim, page: claim.page } });
  return fromStore(() => saveHighlight(highlight));
}

export async function pdfAddressOfTab(tabId: number): Promise<Result<string>> {
  const shown = await shownPdf(tabId);
  return shown ? ok(pdfAddress(shown)) : fail('navigated', 'The tab no longer shows this PDF.');
}
