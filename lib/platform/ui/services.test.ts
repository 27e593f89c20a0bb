// @vitest-environment happy-dom
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deliverMessage } from '../../../tests/support/runtime-messages.ts';
import { sampleAnalysis, sampleReadArticle } from '../../../tests/support/sample-analysis.ts';
import { startBackground } from '../background/start-background.ts';
import { PAGE_SCRIPT_FILES } from '../background/inject-page-scripts.ts';
import { ok } from '../wire/protocol.ts';
import { createUiServices } from './services.ts';

const ARTICLE = 'https://news.example/story';
const ORIGIN = `chrome-extension://${fakeBrowser.runtime.id}/`;
const pinnedTo = (tabId: number) => ({ search: `?tab=${tabId}` }) as Location;

/**
 * The real background behind the UI's messages, and a page whose scripts answer once injected: how many times the
 * engine ran is what the page was asked to analyse.
 */
function backgroundAndPage() {
  const injected = new Set<string>();
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async (injection) => {
    for (const file of (injection as { files?: string[] }).files ?? []) injected.add(file);
    return [];
  });
  const toPage = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_tabId, sent) => {
    const { channel, method } = sent as { channel: string; method: string };
    const script = channel === 'background-to-reader' ? PAGE_SCRIPT_FILES.reader : PAGE_SCRIPT_FILES.highlighter;
    if (!injected.has(script)) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (method === 'ping') return ok({ url: ARTICLE });
    if (method === 'read') return ok({ url: ARTICLE, outcome: { ok: true, article: sampleReadArticle() } });
    throw new Error(`unexpected ${method}`);
  });
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (sent) => {
    const [reply] = await deliverMessage(sent, { id: fakeBrowser.runtime.id, url: `${ORIGIN}popup.html` });
    return reply;
  });
  startBackground();
  return { engineRuns: () => toPage.mock.calls.filter(([, sent]) => (sent as { method: string }).method === 'read').length };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  for (const event of [browser.commands?.onCommand, browser.contextMenus?.onClicked, browser.runtime.onConnect]) {
    if (event) vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
  }
  if (browser.contextMenus) vi.spyOn(browser.contextMenus, 'create').mockImplementation(() => 0);
});

describe('the first analysis, asked for as the page starts', () => {
  it('starts the engine before the app asks, and the app’s first request gets that run: the engine runs once', async () => {
    const tab = await fakeBrowser.tabs.create({ url: ARTICLE });
    const background = backgroundAndPage();
    const services = createUiServices({ location: pinnedTo(tab.id!), canOpenSidePanel: false, analyzeAtStart: true });
    expect(await services.initialTabId()).toBe(tab.id);
    await vi.waitFor(() => expect(background.engineRuns()).toBe(1));

    const first = await services.analyzeTab(tab.id!, false);
    expect(first).toMatchObject({ ok: true, value: { tabId: tab.id, analysis: { url: sampleAnalysis().url } } });
    expect(background.engineRuns()).toBe(1);

    // Refresh and "Summarize anyway" read the page again.
    await services.analyzeTab(tab.id!, false, true);
    expect(background.engineRuns()).toBe(2);
    await services.analyzeTab(tab.id!, true, true);
    expect(background.engineRuns()).toBe(3);
  });

  it('is not given for another tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: ARTICLE });
    const other = await fakeBrowser.tabs.create({ url: ARTICLE });
    const background = backgroundAndPage();
    const services = createUiServices({ location: pinnedTo(tab.id!), canOpenSidePanel: false, analyzeAtStart: true });
    await services.initialTabId();
    expect(await services.analyzeTab(other.id!, false)).toMatchObject({ ok: true, value: { tabId: other.id } });
    await vi.waitFor(() => expect(background.engineRuns()).toBe(2));
  });

  it('is not asked for unless wanted', async () => {
    const tab = await fakeBrowser.tabs.create({ url: ARTICLE });
    const background = backgroundAndPage();
    const services = createUiServices({ location: pinnedTo(tab.id!), canOpenSidePanel: false });
    await services.initialTabId();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(background.engineRuns()).toBe(0);
  });

  it('follows the active tab when the page is not pinned', async () => {
    const tab = await fakeBrowser.tabs.create({ url: ARTICLE });
    const background = backgroundAndPage();
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: tab.id }] as never);
    const services = createUiServices({ location: { search: '' } as Location, canOpenSidePanel: true, analyzeAtStart: true });
    expect(await services.initialTabId()).toBe(tab.id);
    await vi.waitFor(() => expect(background.engineRuns()).toBe(1));
    expect(await services.analyzeTab(tab.id!, false)).toMatchObject({ ok: true, value: { tabId: tab.id } });
    expect(background.engineRuns()).toBe(1);
  });
});
