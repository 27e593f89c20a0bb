/**
 * The background's part in reading a PDF tab: fetch the PDF's bytes under the toolbar click's activeTab grant
 * (the same fetch without a click is refused), open a page of it in the viewer, and keep a claim as a highlight.
 * Parsing happens in the extension page (lib/platform/ui/pdf-tab.ts), never here.
 */
import { browser } from 'wxt/browser';
import { fileAccessSteps, isPdfTab, pageAddress, pdfAddress, pdfResponseProblem } from '../../pdf/detect.ts';
import { pdfClaimHighlight } from '../../highlights/pdf.ts';
import type { Highlight } from '../../highlights/record.ts';
import type { Claim } from '../../types.ts';
import { fromStore, saveHighlight } from '../storage/highlights-store.ts';
import { fail, ok, type Result } from '../wire/protocol.ts';
import { tabAddress } from './tab-analysis.ts';

/** A PDF bigger than this is refused before it is read: parsing it would freeze the panel. */
const MAX_PDF_BYTES = 100 * 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let text = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) text += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(text);
}

export async function readPdfOfTab(tabId: number): Promise<Result<{ url: string; data: string }>> {
  const shown = await tabAddress(tabId);
  if (!shown) return fail('no-access', 'Precis has no access to this tab yet. Click the Precis toolbar button on the PDF.');
  if (!isPdfTab(shown)) return fail('failed', 'This tab does not show a PDF.');
  const url = pdfAddress(shown);
  if (url.toLowerCase().startsWith('file:') && !import.meta.env.FIREFOX) {
    const allowed = await browser.extension.isAllowedFileSchemeAccess().catch(() => false);
    if (!allowed) return fail('file-access', fileAccessSteps('chrome'));
  }
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    return url.toLowerCase().startsWith('file:')
      ? fail('file-access', fileAccessSteps(import.meta.env.FIREFOX ? 'firefox' : 'chrome'))
      : fail('no-access', 'Precis could not fetch this PDF. Click the Precis toolbar button on the PDF tab, then try again.');
  }
  const problem = pdfResponseProblem({ status: response.status, header: (name) => response.headers.get(name) });
  if (problem) return fail('failed', problem);
  const size = Number(response.headers.get('content-length') ?? '0');
  if (size > MAX_PDF_BYTES) return fail('too-large', 'This PDF is larger than 100 MB, more than Precis reads.');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_PDF_BYTES) return fail('too-large', 'This PDF is larger than 100 MB, more than Precis reads.');
  return ok({ url, data: toBase64(bytes) });
}

export async function openPdfPage(tabId: number, page: number): Promise<Result<null>> {
  const shown = await tabAddress(tabId);
  if (!shown || !isPdfTab(shown)) return fail('navigated', 'The tab no longer shows this PDF.');
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
