import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentIsPdf } from './pdf-tab.ts';

// Each test its own address: the answers are kept by the background for as long as it runs.
let DOWNLOAD = '';
let served = 0;

/** A tab at `url`; its id. */
async function tabAt(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

describe('documentIsPdf', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    DOWNLOAD = `https://papers.example/download?id=${++served}`;
  });
  afterEach(() => vi.restoreAllMocks());

  it('asks the document once per address, however often reading the PDF asks', async () => {
    const tabId = await tabAt(DOWNLOAD);
    const executeScript = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 0, documentId: 'd', result: ['application/pdf', DOWNLOAD] },
    ] as never);
    for (let ask = 0; ask < 3; ask++) expect(await documentIsPdf(tabId)).toBe(true);
    expect(executeScript).toHaveBeenCalledTimes(1);
    // The claim jumps (#page=2) keep the address; another address is asked about afresh.
    await fakeBrowser.tabs.update(tabId, { url: `${DOWNLOAD}#page=2` });
    expect(await documentIsPdf(tabId)).toBe(true);
    expect(executeScript).toHaveBeenCalledTimes(1);
    await fakeBrowser.tabs.update(tabId, { url: 'https://papers.example/about' });
    executeScript.mockResolvedValue([{ frameId: 0, documentId: 'e', result: ['text/html', 'https://papers.example/about'] }] as never);
    expect(await documentIsPdf(tabId)).toBe(false);
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('keeps no answer from a document a navigation is replacing', async () => {
    const tabId = await tabAt(DOWNLOAD);
    const executeScript = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 0, documentId: 'd', result: ['text/html', 'https://papers.example/list'] },
    ] as never);
    expect(await documentIsPdf(tabId)).toBe(false);
    executeScript.mockResolvedValue([{ frameId: 0, documentId: 'e', result: ['application/pdf', DOWNLOAD] }] as never);
    expect(await documentIsPdf(tabId)).toBe(true);
  });

  it('where no script may enter the viewer, asks the site for the headers once', async () => {
    const tabId = await tabAt(DOWNLOAD);
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Missing host permission for the tab'));
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } }));
    for (let ask = 0; ask < 3; ask++) expect(await documentIsPdf(tabId)).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe(DOWNLOAD);
  });

  it('asks again when the site did not answer', async () => {
    const tabId = await tabAt(DOWNLOAD);
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Missing host permission for the tab'));
    const fetch = vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('NetworkError when attempting to fetch resource.'));
    expect(await documentIsPdf(tabId)).toBe(false);
    fetch.mockImplementation(async () => new Response('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } }));
    expect(await documentIsPdf(tabId)).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
