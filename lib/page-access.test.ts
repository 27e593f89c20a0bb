import { describe, expect, it } from 'vitest';
import { classifyPageUrl, describeInjectionError, LOCAL_PDF_MESSAGE, type AccessContext } from './page-access.ts';

const chrome: AccessContext = { browser: 'chrome', fileAccessAllowed: false };
const firefox: AccessContext = { browser: 'firefox', fileAccessAllowed: true };

function codeOf(url: string | undefined, context = chrome): string {
  const access = classifyPageUrl(url, context);
  return access.ok ? 'ok' : access.code;
}

describe('classifyPageUrl', () => {
  it('lets ordinary web pages through', () => {
    expect(codeOf('https://example.com/news/story')).toBe('ok');
    expect(codeOf('http://127.0.0.1:8080/deepseek-article.html')).toBe('ok');
    expect(codeOf('https://addons.mozilla.org/en-US/firefox/', chrome)).toBe('ok');
  });

  it('leaves unknown addresses to the injection (the browser hides them until the tab is granted)', () => {
    expect(codeOf(undefined)).toBe('ok');
    expect(codeOf('')).toBe('ok');
  });

  it.each([
    'chrome://version',
    'edge://settings',
    'about:blank',
    'about:addons',
    'chrome-extension://abcdefghijklmnop/sidepanel.html',
    'moz-extension://0b1c/popup.html',
    'view-source:https://example.com/',
    'devtools://devtools/bundled/inspector.html',
  ])('refuses the browser-owned page %s', (url) => {
    const access = classifyPageUrl(url, chrome);
    expect(access).toMatchObject({ ok: false, code: 'restricted' });
    expect(access.ok || access.message).toMatch(/don't let extensions read/);
  });

  it('names the kind of page in the message', () => {
    const access = classifyPageUrl('chrome://version', chrome);
    expect(access.ok || access.message).toContain('built-in Chrome page (chrome://version)');
    const extensionPage = classifyPageUrl('moz-extension://x/a.html', firefox);
    expect(extensionPage.ok || extensionPage.message).toContain('belongs to an extension');
  });

  it.each([
    ['https://chromewebstore.google.com/detail/abc', chrome],
    ['https://chrome.google.com/webstore/detail/abc', chrome],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', firefox],
    ['https://support.mozilla.org/kb/', firefox],
  ] as const)('refuses the protected store %s', (url, context) => {
    expect(codeOf(url, context)).toBe('store');
  });

  it('does not mistake other Google pages for the store', () => {
    expect(codeOf('https://chrome.google.com/intl/en/chrome/')).toBe('ok');
  });

  it.each([
    'https://example.com/paper.pdf',
    'https://example.com/paper.PDF?download=1#page=3',
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
  ])('recognises the PDF viewer for %s', (url) => {
    expect(codeOf(url)).toBe('pdf');
  });

  it('asks for the file of a PDF saved on this computer, whether file access is on or off', () => {
    for (const fileAccessAllowed of [false, true]) {
      const access = classifyPageUrl('file:///home/me/paper.pdf', { browser: 'chrome', fileAccessAllowed });
      expect(access).toMatchObject({ ok: false, code: 'local-pdf', message: LOCAL_PDF_MESSAGE });
    }
    expect(codeOf('file:///home/me/paper.pdf', firefox)).toBe('local-pdf');
  });

  it('knows a local PDF from the address a refused injection names (the tab\'s address is hidden before access)', () => {
    const problem = describeInjectionError(new Error('Cannot access contents of url "file:///home/me/paper.pdf". Extension manifest must request permission to access this host.'));
    expect(problem.code).toBe('local-pdf');
  });

  it('refuses data: addresses', () => {
    expect(codeOf('data:text/html,<h1>hi</h1>')).toBe('data-url');
  });

  it('asks for file access on file:// pages only when it is off', () => {
    const access = classifyPageUrl('file:///home/me/article.html', chrome);
    expect(access).toMatchObject({ ok: false, code: 'file-access' });
    expect(access.ok || access.message).toContain('Allow access to file URLs');
    expect(codeOf('file:///home/me/article.html', { browser: 'chrome', fileAccessAllowed: true })).toBe('ok');
  });
});

describe('describeInjectionError', () => {
  it.each([
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'no-access', /toolbar button/],
    ['Missing host permission for the tab', 'no-access', /toolbar button/],
    ['The extensions gallery cannot be scripted.', 'store', /extensions gallery/],
    ['Cannot access a chrome:// URL', 'restricted', /built-in Chrome page \(chrome:\/\/\)/],
    ['Cannot access a chrome-extension:// URL of different extension', 'restricted', /belongs to an extension/],
    ['Cannot access contents of url "data:text/html,<h1>Hi</h1>". Extension manifest must request permission to access this host.', 'data-url', /data: address/],
    ['Cannot access contents of url "chrome-error://chromewebdata/". Extension manifest must request permission.', 'error-page', /error page/],
    ['Cannot access contents of url "https://example.com/". Extension manifest must request permission.', 'no-access', /toolbar button/],
    ['Frame with ID 0 was removed.', 'navigated', /changed while/],
    ['Frame with ID 0 is showing error page', 'error-page', /error page/],
    ['No tab with id: 42.', 'tab-gone', /closed/],
    ['Invalid tab ID: 42', 'tab-gone', /closed/],
    ['Could not establish connection. Receiving end does not exist.', 'navigated', /reloaded or moved on/],
    ['Extension context invalidated.', 'invalidated', /Reload the page/],
  ])('maps "%s"', (raw, code, message) => {
    const problem = describeInjectionError(new Error(raw));
    expect(problem.code).toBe(code);
    expect(problem.message).toMatch(message);
  });

  it('keeps the browser words for errors it does not know', () => {
    expect(describeInjectionError(new Error('Something odd'))).toEqual({
      code: 'failed',
      message: 'Precis could not read this page: Something odd',
    });
    expect(describeInjectionError({ message: 'plain object' }).message).toContain('plain object');
    expect(describeInjectionError(undefined).message).toBe('Precis could not read this page.');
  });
});
