import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleReadArticle } from '../../../tests/support/sample-analysis.ts';
import type { ReadOutcome } from '../../read-article.ts';
import { ok } from '../wire/protocol.ts';
import { GRANT_RETRY_MS, PAGE_SCRIPT_FILES } from './inject-page-scripts.ts';
import { analyzeTab, revealInTab } from './tab-analysis.ts';

const ARTICLE = 'https://news.example/story';
const NO_ACCESS = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';

/** Which script a channel reaches in the page. */
const SCRIPT_OF_CHANNEL: Record<string, string> = {
  'background-to-reader': PAGE_SCRIPT_FILES.reader,
  'background-to-highlighter': PAGE_SCRIPT_FILES.highlighter,
};

/** A tab whose content scripts each appear once injected, and answer like the real ones. */
function fakePage(
  options: { outcome?: ReadOutcome; pageUrl?: string; injectError?: string; injectFailures?: number; running?: string[] } = {},
) {
  const injected = new Set<string>(options.running);
  let failures = options.injectFailures ?? Infinity;
  const executeScript = vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async (injection) => {
    if (options.injectError && failures-- > 0) throw new Error(options.injectError);
    for (const file of (injection as { files?: string[] }).files ?? []) injected.add(file);
    return [];
  });
  const sendMessage = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_tabId, message) => {
    const { channel, method, payload } = message as { channel: string; method: string; payload: unknown };
    if (!injected.has(SCRIPT_OF_CHANNEL[channel] ?? '')) throw new Error('Could not establish connection. Receiving end does not exist.');
    const url = options.pageUrl ?? ARTICLE;
    if (method === 'ping') return ok({ url });
    if (method === 'read') return ok({ url, outcome: options.outcome ?? { ok: true, article: sampleReadArticle() } });
    if (method === 'revealQuote') return ok(payload);
    throw new Error(`unexpected ${method}`);
  });
  return { executeScript, sendMessage };
}

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('analyzeTab', () => {
  it('injects the reader once, then reuses it', async () => {
    const tabId = await openTab(ARTICLE);
    const page = fakePage();
    const first = await analyzeTab(tabId, false);
    expect(first).toMatchObject({ ok: true, value: { tabId, analysis: { meta: { title: 'DeepSeek’s Model Rivals OpenAI' } } } });
    expect(page.executeScript).toHaveBeenCalledWith({ target: { tabId, frameIds: [0] }, files: [PAGE_SCRIPT_FILES.reader] });

    await analyzeTab(tabId, true);
    expect(page.executeScript).toHaveBeenCalledTimes(1);
    const analyzeCalls = page.sendMessage.mock.calls.filter(([, message]) => (message as { method: string }).method === 'read');
    expect(analyzeCalls.map(([, message]) => (message as { payload: unknown }).payload)).toEqual([{ force: false }, { force: true }]);
    expect(analyzeCalls[0]![2]).toEqual({ frameId: 0 });
  });

  it('refuses a browser page from its address, without trying to inject', async () => {
    const tabId = await openTab('chrome://version/');
    const page = fakePage();
    const result = await analyzeTab(tabId, false);
    expect(result).toMatchObject({ ok: false, error: { code: 'restricted' } });
    expect(page.executeScript).not.toHaveBeenCalled();
  });

  it('asks for file access on a local file when it is off', async () => {
    const tabId = await openTab('file:///home/reader/article.html');
    vi.spyOn(browser.extension, 'isAllowedFileSchemeAccess').mockImplementation((async () => false) as never);
    fakePage();
    expect(await analyzeTab(tabId, false)).toMatchObject({ ok: false, error: { code: 'file-access' } });
  });

  it('asks the browser about file access only for a local file', async () => {
    const asked = vi.spyOn(browser.extension, 'isAllowedFileSchemeAccess').mockImplementation((async () => true) as never);
    fakePage();
    expect(await analyzeTab(await openTab(ARTICLE), false)).toMatchObject({ ok: true });
    expect(asked).not.toHaveBeenCalled();
    fakePage({ pageUrl: 'file:///home/reader/article.html' });
    expect(await analyzeTab(await openTab('file:///home/reader/article.html'), false)).toMatchObject({ ok: true });
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('puts an injection error in words the reader can act on', async () => {
    const tabId = await openTab(ARTICLE);
    const page = fakePage({ injectError: NO_ACCESS });
    const result = await analyzeTab(tabId, false);
    expect(result).toMatchObject({ ok: false, error: { code: 'no-access' } });
    expect(result.ok || result.error.message).toMatch(/toolbar button/);
    // Its address was visible, so the tab was granted: the refusal was tried again before it was believed.
    expect(page.executeScript).toHaveBeenCalledTimes(1 + GRANT_RETRY_MS.length);
  });

  it('reads a granted tab whose page heard of the grant only after the first injection', async () => {
    const tabId = await openTab(ARTICLE);
    const page = fakePage({ injectError: NO_ACCESS, injectFailures: 2 });
    expect(await analyzeTab(tabId, false)).toMatchObject({ ok: true, value: { tabId } });
    expect(page.executeScript).toHaveBeenCalledTimes(3);
  });

  it('does not try again on a tab that hides its address (not granted)', async () => {
    const tabId = await openTab(ARTICLE);
    vi.spyOn(browser.tabs, 'get').mockImplementation((async (id: number) => ({ id, index: 0, active: true })) as never);
    const page = fakePage({ injectError: NO_ACCESS });
    expect(await analyzeTab(tabId, false)).toMatchObject({ ok: false, error: { code: 'no-access' } });
    expect(page.executeScript).toHaveBeenCalledTimes(1);
  });

  it('passes on the engine verdict for a page that is not an article', async () => {
    const tabId = await openTab(ARTICLE);
    fakePage({ outcome: { ok: false, reason: 'not-an-article', message: 'No article here.' } });
    expect(await analyzeTab(tabId, false)).toEqual({ ok: false, error: { code: 'not-an-article', message: 'No article here.' } });
  });

  it('notices a page that moved on while it was read', async () => {
    const tabId = await openTab(ARTICLE);
    fakePage({ pageUrl: 'https://news.example/another-story' });
    expect(await analyzeTab(tabId, false)).toMatchObject({ ok: false, error: { code: 'navigated' } });
  });

  it('tells a page that navigated away mid-analysis from a page that did not answer', async () => {
    const tabId = await openTab(ARTICLE);
    const page = fakePage();
    // The page unloads while the engine runs: the reply never comes, and the tab now shows another address.
    page.sendMessage.mockImplementation(async (_tabId, message) => {
      const { method } = message as { method: string };
      if (method === 'ping') return ok({ url: ARTICLE });
      await fakeBrowser.tabs.update(tabId, { url: 'https://news.example/elsewhere' });
      return undefined;
    });
    expect(await analyzeTab(tabId, false)).toMatchObject({ ok: false, error: { code: 'navigated' } });
  });

  it('says the page gave no answer when it is still on the same address', async () => {
    const tabId = await openTab(ARTICLE);
    const page = fakePage();
    page.sendMessage.mockImplementation(async (_tabId, message) =>
      (message as { method: string }).method === 'ping' ? ok({ url: ARTICLE }) : undefined,
    );
    expect(await analyzeTab(tabId, false)).toMatchObject({ ok: false, error: { code: 'failed', message: /no answer/ } });
  });

  it('ignores a change of #fragment', async () => {
    const tabId = await openTab(`${ARTICLE}#comments`);
    fakePage({ pageUrl: ARTICLE });
    expect(await analyzeTab(tabId, false)).toMatchObject({ ok: true });
  });

  it('refuses an answer that is not an analysis', async () => {
    const tabId = await openTab(ARTICLE);
    fakePage({ outcome: { ok: true, article: { title: 'forged' } } as unknown as ReadOutcome });
    expect(await analyzeTab(tabId, false)).toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('says so when the tab is gone', async () => {
    fakePage();
    expect(await analyzeTab(12345, false)).toMatchObject({ ok: false, error: { code: 'tab-gone' } });
  });
});

describe('putting a script in the page', () => {
  const methods = (page: ReturnType<typeof fakePage>) =>
    page.sendMessage.mock.calls.map(([, message]) => (message as { method: string }).method);

  it('injects the reader without asking first on a page it was not put in, and only asks on one it was', async () => {
    const url = 'https://news.example/first-visit';
    const tabId = await openTab(url);
    const page = fakePage({ pageUrl: url });
    expect(await analyzeTab(tabId, false)).toMatchObject({ ok: true });
    expect(methods(page)).toEqual(['read']);
    expect(await analyzeTab(tabId, true)).toMatchObject({ ok: true });
    expect(methods(page)).toEqual(['read', 'ping', 'read']);
    expect(page.executeScript).toHaveBeenCalledTimes(1);
  });

  it('injects the reader again, unasked, once the tab shows another page', async () => {
    const tabId = await openTab('https://news.example/one');
    fakePage({ pageUrl: 'https://news.example/one' });
    await analyzeTab(tabId, false);
    await fakeBrowser.tabs.update(tabId, { url: 'https://news.example/two' });
    // A new page: the old page's scripts went with it.
    vi.restoreAllMocks();
    const next = fakePage({ pageUrl: 'https://news.example/two' });
    expect(await analyzeTab(tabId, false)).toMatchObject({ ok: true });
    expect(methods(next)).toEqual(['read']);
    expect(next.executeScript).toHaveBeenCalledTimes(1);
  });

  it('asks first for the highlighter, whose copy in the page keeps the highlights it painted', async () => {
    const tabId = await openTab(ARTICLE);
    const page = fakePage({ running: [PAGE_SCRIPT_FILES.highlighter] });
    const quote = { type: 'TextQuoteSelector', exact: 'a passage', prefix: '', suffix: '' } as const;
    expect(await revealInTab(tabId, quote)).toEqual({ ok: true, value: { quote } });
    expect(methods(page)).toEqual(['ping', 'revealQuote']);
    expect(page.executeScript).not.toHaveBeenCalled();
  });
});

describe('revealInTab', () => {
  it('injects the highlighter when the page has none, then forwards the quote to it', async () => {
    const tabId = await openTab(ARTICLE);
    const page = fakePage();
    const quote = { type: 'TextQuoteSelector', exact: 'A sentence.', prefix: '', suffix: '' } as const;
    expect(await revealInTab(tabId, quote)).toEqual({ ok: true, value: { quote } });
    expect(page.executeScript).toHaveBeenCalledTimes(1);
    expect(page.executeScript).toHaveBeenCalledWith({ target: { tabId, frameIds: [0] }, files: [PAGE_SCRIPT_FILES.highlighter] });
    // The reader is not needed to scroll to a sentence.
    await revealInTab(tabId, quote);
    expect(page.executeScript).toHaveBeenCalledTimes(1);
  });
});
