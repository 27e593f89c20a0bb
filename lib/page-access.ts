/**
 * Which tabs an extension may read, decided from the tab's address before anything is injected, and what a
 * failed injection means in words a reader understands. Browsers refuse to script their own pages, extension
 * stores, other extensions and (without a switch) local files; asking anyway only yields cryptic errors, so the
 * UI says what happened instead.
 */

export type PageProblemCode =
  /** A browser-owned page (chrome://, about:, view-source:, another extension …). */
  | 'restricted'
  /** An extension gallery that browsers protect from every extension. */
  | 'store'
  /** The built-in PDF viewer. */
  | 'pdf'
  /** A PDF saved on this computer: no extension may fetch it, so the user chooses the file. */
  | 'local-pdf'
  /** A file:// page while "Allow access to file URLs" is off. */
  | 'file-access'
  /** A data: address. */
  | 'data-url'
  /** The tab was not granted to us (activeTab comes from a click on the toolbar button or the shortcut). */
  | 'no-access'
  /** The page failed to load and shows the browser's error page. */
  | 'error-page'
  /** The page navigated or reloaded while it was being read. */
  | 'navigated'
  /** The tab was closed. */
  | 'tab-gone'
  /** The extension was reloaded or updated under the page. */
  | 'invalidated'
  /** Anything else: the message carries the browser's own words. */
  | 'failed';

export interface PageProblem {
  code: PageProblemCode;
  message: string;
}

export type PageAccess = { ok: true } | ({ ok: false } & PageProblem);

export interface AccessContext {
  /** `browser.extension.isAllowedFileSchemeAccess()`; Firefox decides at injection time, so pass true there. */
  fileAccessAllowed: boolean;
  /** Firefox protects Mozilla's own sites; Chrome protects its Web Store. */
  browser: 'chrome' | 'firefox';
}

const ASK_AGAIN = 'Click the Precis toolbar button (or Refresh) to summarize this tab.';

/** Schemes no extension may script, with the name the reader knows them by. */
const BROWSER_SCHEMES: ReadonlyArray<readonly [prefix: string, what: string]> = [
  ['chrome://', 'a built-in Chrome page'],
  ['edge://', 'a built-in Edge page'],
  ['brave://', 'a built-in Brave page'],
  ['opera://', 'a built-in Opera page'],
  ['vivaldi://', 'a built-in Vivaldi page'],
  ['chrome-search://', 'a built-in Chrome page'],
  ['chrome-untrusted://', 'a built-in Chrome page'],
  ['devtools://', 'the developer tools'],
  ['about:', 'a built-in browser page'],
  ['resource://', 'a built-in browser page'],
  ['view-source:', 'a page-source view'],
  ['chrome-extension://', 'a page that belongs to an extension'],
  ['moz-extension://', 'a page that belongs to an extension'],
  ['extension://', 'a page that belongs to an extension'],
];

/** Chrome's built-in PDF viewer is itself an extension page. */
const CHROME_PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

const CHROME_STORES: ReadonlyArray<readonly [host: string, path: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
];

/** Firefox's `extensions.webextensions.restrictedDomains` default list. */
const FIREFOX_PROTECTED_HOSTS = new Set([
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'addons.mozilla.org',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

/**
 * Decide from the tab's address whether injecting can work. An unknown address (the browser hides it from us
 * until the reader grants the tab) is not a verdict: the injection itself will say.
 */
export function classifyPageUrl(url: string | undefined, context: AccessContext): PageAccess {
  if (!url) return { ok: true };
  const lower = url.trim().toLowerCase();

  // Before the file-access verdict: that switch does not let an extension fetch a file, so it is not the answer.
  if (lower.startsWith('file:') && isPdfAddress(lower)) return denied('local-pdf', LOCAL_PDF_MESSAGE);
  if (lower.startsWith(CHROME_PDF_VIEWER) || isPdfAddress(lower)) return denied('pdf', PDF_TAB_MESSAGE);
  if (lower.startsWith('data:')) {
    return denied('data-url', 'This page was opened from a data: address, which extensions may not read.');
  }
  if (lower.startsWith('file:')) {
    return context.fileAccessAllowed ? { ok: true } : denied('file-access', fileAccessMessage(context.browser));
  }
  const scheme = BROWSER_SCHEMES.find(([prefix]) => lower.startsWith(prefix));
  if (scheme) {
    return denied('restricted', `This is ${scheme[1]} (${shortAddress(url)}). Browsers don't let extensions read it.`);
  }
  const store = protectedStore(lower, context.browser);
  if (store) return denied('store', `${store} is protected by the browser: no extension may read it.`);
  return { ok: true };
}

/** Turn an error thrown by `scripting.executeScript` or `tabs.sendMessage` into a problem the reader can act on. */
export function describeInjectionError(error: unknown): PageProblem {
  const raw = errorText(error);
  const named = addressInError(raw);
  if (named) {
    // The browser hides a tab's address until it is granted, so the error may be the first place it shows.
    const access = classifyPageUrl(named, { browser: 'chrome', fileAccessAllowed: true });
    if (!access.ok) return { code: access.code, message: access.message };
  }
  for (const [pattern, code, message] of INJECTION_ERRORS) {
    if (pattern.test(raw)) return { code, message };
  }
  return { code: 'failed', message: raw ? `Precis could not read this page: ${raw}` : 'Precis could not read this page.' };
}

/** What a page's script hears once the extension was updated or reloaded under it. */
export const INVALIDATED_MESSAGE = 'Precis was updated or reloaded. Reload the page, then try again.';

/** Most specific first: Chrome's PDF viewer error mentions a chrome-extension:// URL too. */
const INJECTION_ERRORS: ReadonlyArray<readonly [RegExp, PageProblemCode, string]> = [
  [/extensions gallery cannot be scripted/i, 'store', 'The extensions gallery is protected by the browser: no extension may read it.'],
  [/showing error page|error page|chrome-error:/i, 'error-page', 'This tab shows an error page, so there is no article to read. Reload it and try again.'],
  [/Cannot access a (chrome|chrome-extension|edge|about|devtools)[^ ]* ?URL|cannot be scripted|Cannot script/i, 'restricted', "Browsers don't let extensions read this page."],
  [/Missing host permission|Cannot access contents of (the page|url)|must request permission/i, 'no-access', `Precis has no access to this tab yet. ${ASK_AGAIN}`],
  [/No tab with id|Invalid tab ID|tab was closed/i, 'tab-gone', 'That tab was closed.'],
  [/Frame (with ID \d+ )?was removed|frame.*(removed|detached)|document.*unloaded/i, 'navigated', 'The page changed while Precis was reading it. Try again.'],
  [/Receiving end does not exist|message port closed|Could not establish connection|message channel closed/i, 'navigated', 'The page reloaded or moved on while Precis was reading it. Try again.'],
  [/Extension context invalidated/i, 'invalidated', INVALIDATED_MESSAGE],
];

/** Chrome names the address it refused: `Cannot access a chrome:// URL`, `Cannot access contents of url "data:…"`. */
function addressInError(raw: string): string | null {
  const match = /Cannot access a ([a-z][a-z0-9+.-]*:(?:\/\/)?)[^ ]* URL|Cannot access contents of url "([^"]+)"/i.exec(raw);
  return match?.[1] ?? match?.[2] ?? null;
}

function denied(code: PageProblemCode, message: string): PageAccess {
  return { ok: false, code, message };
}

function isPdfAddress(lowerUrl: string): boolean {
  if (!/^(https?|file):/.test(lowerUrl)) return false;
  const path = lowerUrl.split(/[?#]/, 1)[0] ?? '';
  return path.endsWith('.pdf');
}

/** Said only if the panel could not take over: PDFs are read by the panel itself (lib/platform/ui/pdf-tab.ts). */
/**
 * A PDF saved on this computer (file://). Neither Chrome nor Firefox lets an extension fetch a file: address, not
 * even with "Allow access to file URLs" on (measured in Chromium 156), so the user hands Precis the file itself.
 */
export const LOCAL_PDF_MESSAGE =
  'This PDF is a file on this computer, and the browser does not let extensions fetch files by their address. Choose the same file here and Precis reads it; it stays on this computer.';

export const PDF_TAB_MESSAGE = 'This tab shows a PDF. Precis reads it in its own page: click the Precis button again to read it.';

function fileAccessMessage(browser: AccessContext['browser']): string {
  return browser === 'chrome'
    ? 'To read local files, switch on "Allow access to file URLs" for Precis (chrome://extensions → Precis → Details).'
    : 'Precis may not read local files in this browser.';
}

function protectedStore(lowerUrl: string, browser: AccessContext['browser']): string | null {
  let parsed: URL;
  try {
    parsed = new URL(lowerUrl);
  } catch {
    return null;
  }
  if (browser === 'firefox') {
    return FIREFOX_PROTECTED_HOSTS.has(parsed.hostname) ? `This Mozilla site (${parsed.hostname})` : null;
  }
  const hit = CHROME_STORES.some(([host, path]) => parsed.hostname === host && parsed.pathname.startsWith(path));
  return hit ? 'The extensions store' : null;
}

/** Long addresses make unreadable messages; the scheme and host say enough. */
function shortAddress(url: string): string {
  return url.length > 60 ? `${url.slice(0, 57)}…` : url;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') {
    return error.message;
  }
  return '';
}
