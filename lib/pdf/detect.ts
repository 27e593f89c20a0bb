/**
 * Whether a tab shows a PDF, and what the fetch of its bytes (under the toolbar click's grant) can go wrong with,
 * in words the user can act on. Pure: the background passes in the tab's address, the document's content type
 * when a script could read it, and the fetch's response.
 */

/** Chrome's own PDF viewer (older versions show it at this address instead of the PDF's). */
const CHROME_PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/**
 * A PDF tab: Chrome's viewer, Firefox's viewer (pdf.js at the PDF's own address), an address whose path ends in
 * `.pdf`, or a document whose content type is `application/pdf`.
 */
export function isPdfTab(url: string | undefined, contentType?: string | null): boolean {
  if (contentType && /^application\/(x-)?pdf\b/i.test(contentType.trim())) return true;
  if (!url) return false;
  const lower = url.trim().toLowerCase();
  if (lower.startsWith(CHROME_PDF_VIEWER)) return true;
  if (!/^(https?|file):/.test(lower)) return false;
  return (lower.split(/[?#]/, 1)[0] ?? '').endsWith('.pdf');
}

/** The PDF's own address: Chrome's old viewer carries it in its `src` parameter. */
export function pdfAddress(url: string): string {
  if (!url.startsWith(CHROME_PDF_VIEWER)) return url.split('#', 1)[0]!;
  try {
    return new URL(url).searchParams.get('src') ?? url;
  } catch {
    return url;
  }
}

/** The viewer's address that opens page `page` (Chrome's and Firefox's viewers both read `#page=N`). */
export function pageAddress(url: string, page: number): string {
  const base = url.split('#', 1)[0]!;
  return `${base}#page=${Math.max(1, Math.floor(page))}`;
}

export const DOWNLOAD_MESSAGE =
  'This PDF is sent as a download, so the browser saves it instead of showing it here. Open the downloaded file in the browser (drag it onto a tab), then click Precis on that tab.';

/** Firefox: the click lets Precis into the tab, not fetch from its site, so the user may allow that one site. */
export function siteAccessMessage(url: string): string {
  let host = 'this site';
  try {
    host = new URL(url).hostname || host;
  } catch {
    // An address that does not parse keeps the general words.
  }
  return `Firefox lets Precis fetch this PDF only with access to ${host}. Allow it, and Precis reads the PDF; you can take the access back in the add-on's permissions.`;
}

/** The permission pattern for the site of a PDF's address, or null for an address that has none (file:, data:). */
export function sitePattern(url: string): string | null {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? `${parsed.protocol}//${parsed.hostname}/*` : null;
  } catch {
    return null;
  }
}

export interface FetchedHead {
  status: number;
  /** Lowercased header name → value. */
  header(name: string): string | null;
}

/** Why a fetched response is not a PDF the user can have read, or null when it is fine. */
export function pdfResponseProblem(response: FetchedHead): string | null {
  if (response.status === 401 || response.status === 403) {
    return `The site refused to send this PDF again (status ${response.status}). Reload the tab, then click Precis again.`;
  }
  if (response.status === 404 || response.status === 410) return 'This PDF is no longer at its address. Reload the tab to check.';
  if (response.status < 200 || response.status >= 300) return `The site did not send this PDF (status ${response.status}). Reload the tab, then try again.`;
  if (/^\s*attachment\b/i.test(response.header('content-disposition') ?? '')) return DOWNLOAD_MESSAGE;
  return null;
}

/** The first bytes of a PDF ("%PDF-" within the first kilobyte, as readers accept). */
export function startsLikePdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}
