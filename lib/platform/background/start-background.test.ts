/**
 * What the background does around an analysis: the reader goes into the tab first, the highlighter only once the
 * analysis is on its way, and never into a tab Precis may not read.
 */
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deliverMessage } from '../../../tests/support/runtime-messages.ts';
import { sampleReadArticle } from '../../../tests/support/sample-analysis.ts';
import type { ReadOutcome } from '../../read-article.ts';
import { startBackground } from './start-background.ts';
import { PAGE_SCRIPT_FILES } from './inject-page-scripts.ts';
import { message, ok } from '../wire/protocol.ts';

const ORIGIN = `chrome-extension://${fakeBrowser.runtime.id}/`;
const popup = { id: fakeBrowser.runtime.id, url: `${ORIGIN}popup.html` };

/** A tab whose scripts each answer once injected; records what was injected, in order. */
function fakeTab(outcome: ReadOutcome) {
  const injected: string[] = [];
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async (injection) => {
    injected.push(...((injection as { files?: string[] }).files ?? []));
    return [];
  });
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_tabId, sent) => {
    const { channel, method } = sent as { channel: string; method: string };
    const script = channel === 'background-to-reader' ? PAGE_SCRIPT_FILES.reader : PAGE_SCRIPT_FILES.highlighter;
    if (!injected.includes(script)) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (method === 'ping') return ok({ url: 'https://news.example/story' });
    if (method === 'read') return ok({ url: 'https://news.example/story', outcome });
    throw new Error(`unexpected ${method}`);
  });
  return injected;
}

/** Ask as the popup does (`fresh` as its Refresh button does); the background's answer. */
async function analyzeFromPopup(tabId: number, fresh = false): Promise<unknown> {
  const request = message.uiToBackground('analyzeTab', { tabId, force: false, fresh });
  const [reply] = await deliverMessage(request, popup);
  return reply;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  for (const event of [browser.commands?.onCommand, browser.contextMenus?.onClicked, browser.runtime.onConnect]) {
    if (event) vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
  }
  if (browser.contextMenus) vi.spyOn(browser.contextMenus, 'create').mockImplementation(() => 0);
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => undefined);
  startBackground();
});

describe('around an analysis', () => {
  it('injects the reader, answers, then brings in the highlighter', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    const injected = fakeTab({ ok: true, article: sampleReadArticle() });
    expect(await analyzeFromPopup(tab.id!)).toMatchObject({ ok: true });
    // The answer leaves first: the highlighter follows without holding it up.
    await vi.waitFor(() => expect(injected).toEqual([PAGE_SCRIPT_FILES.reader, PAGE_SCRIPT_FILES.highlighter]));
  });

  it('brings in the highlighter on a page that is not an article, where highlights can still be saved', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/list' });
    const injected = fakeTab({ ok: false, reason: 'not-an-article', message: 'No article here.' });
    expect(await analyzeFromPopup(tab.id!)).toMatchObject({ ok: false, error: { code: 'not-an-article' } });
    await vi.waitFor(() => expect(injected).toEqual([PAGE_SCRIPT_FILES.reader, PAGE_SCRIPT_FILES.highlighter]));
  });

  it('answers "pdf" for a tab whose document is a PDF though its address does not say so, and brings in nothing more', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://files.example/download?id=3' });
    const injected = fakeTab({ ok: false, reason: 'empty', message: 'Nothing to read.' });
    const inject = vi.mocked(browser.scripting.executeScript).getMockImplementation()!;
    vi.mocked(browser.scripting.executeScript).mockImplementation(async (injection) =>
      'func' in injection
        ? ([{ frameId: 0, result: ['application/pdf', 'https://files.example/download?id=3'] }] as never)
        : inject(injection, undefined as never),
    );
    expect(await analyzeFromPopup(tab.id!)).toMatchObject({ ok: false, error: { code: 'pdf' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(injected).toEqual([PAGE_SCRIPT_FILES.reader]);
  });

  it('runs the engine once for requests that arrive together (the popup and a side panel)', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    fakeTab({ ok: true, article: sampleReadArticle() });
    const [fromPopup, fromPanel] = await Promise.all([analyzeFromPopup(tab.id!), analyzeFromPopup(tab.id!, true)]);
    expect(fromPopup).toEqual(fromPanel);
    const analyzeCalls = vi.mocked(browser.tabs.sendMessage).mock.calls.filter(([, sent]) => (sent as { method: string }).method === 'read');
    expect(analyzeCalls).toHaveLength(1);
  });

  it('injects nothing into a page Precis may not read', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    const injected = fakeTab({ ok: true, article: sampleReadArticle() });
    expect(await analyzeFromPopup(tab.id!)).toMatchObject({ ok: false, error: { code: 'restricted' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(injected).toEqual([]);
  });
});

describe('a toolbar click (Chrome)', () => {
  /** The action's popup calls, in order; `openPopup` fails when `popupOpens` is false. */
  function fakeAction(popupOpens = true) {
    const calls: string[] = [];
    Object.assign(browser.action, {
      setPopup: vi.fn(async ({ popup }: { popup: string }) => void calls.push(`setPopup ${popup || '(none)'}`)),
      openPopup: vi.fn(async () => {
        calls.push('openPopup');
        if (!popupOpens) throw new Error('Could not find an active browser window.');
      }),
    });
    const windows = vi.spyOn(browser.windows, 'create').mockImplementation(async (created) => {
      calls.push(`window ${(created as { url: string }).url}`);
      return {} as never;
    });
    return { calls, windows };
  }

  /** How many times the page was asked for its analysis. */
  const analyses = () =>
    vi.mocked(browser.tabs.sendMessage).mock.calls.filter(([, sent]) => (sent as { method: string }).method === 'read').length;

  async function click(tab: { id?: number; windowId?: number }) {
    await fakeBrowser.action.onClicked.trigger(tab as never);
  }

  it('starts reading the tab at the click, opens the popup, and hands the run to the popup', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    const injected = fakeTab({ ok: true, article: sampleReadArticle() });
    const { calls } = fakeAction();
    await click(tab);
    await vi.waitFor(() => expect(calls).toEqual([`setPopup popup.html?tab=${tab.id}&toolbar`, 'openPopup', 'setPopup (none)']));
    await vi.waitFor(() => expect(injected[0]).toBe(PAGE_SCRIPT_FILES.reader));

    expect(await analyzeFromPopup(tab.id!)).toMatchObject({ ok: true, value: { tabId: tab.id } });
    expect(analyses()).toBe(1);
    // The answer stays the tab's while it shows that page: a side panel opened now gets it too.
    expect(await analyzeFromPopup(tab.id!)).toMatchObject({ ok: true, value: { tabId: tab.id } });
    expect(analyses()).toBe(1);
    // Refresh reads the page again, and so does the next click.
    expect(await analyzeFromPopup(tab.id!, true)).toMatchObject({ ok: true });
    expect(analyses()).toBe(2);
    await click(tab);
    await vi.waitFor(() => expect(analyses()).toBe(3));
  });

  it('reads the page once per click, however many of our pages ask while it runs', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    fakeTab({ ok: true, article: sampleReadArticle() });
    fakeAction();
    await click(tab);
    const replies = await Promise.all([analyzeFromPopup(tab.id!), analyzeFromPopup(tab.id!), analyzeFromPopup(tab.id!)]);
    expect(replies).toEqual([replies[0], replies[0], replies[0]]);
    expect(replies[0]).toMatchObject({ ok: true, value: { tabId: tab.id } });
    expect(analyses()).toBe(1);
  });

  it('forgets what it read in a tab that loads a page or closes', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    fakeTab({ ok: true, article: sampleReadArticle() });
    fakeAction();
    await click(tab);
    expect(await analyzeFromPopup(tab.id!)).toMatchObject({ ok: true });
    expect(analyses()).toBe(1);

    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab as never);
    expect(await analyzeFromPopup(tab.id!)).toMatchObject({ ok: true });
    expect(analyses()).toBe(2);
    expect(await analyzeFromPopup(tab.id!)).toMatchObject({ ok: true });
    expect(analyses()).toBe(2);

    await fakeBrowser.tabs.onRemoved.trigger(tab.id!, { windowId: 0, isWindowClosing: false });
    expect(await analyzeFromPopup(tab.id!)).toMatchObject({ ok: true });
    expect(analyses()).toBe(3);
  });

  it('does not give an answer for another address than the tab now shows', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    fakeTab({ ok: true, article: sampleReadArticle() });
    fakeAction();
    await click(tab);
    expect(await analyzeFromPopup(tab.id!)).toMatchObject({ ok: true });
    // The address changes without any event reaching the background (the fake tab moves silently).
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ ...tab, url: 'https://news.example/other' } as never);
    await analyzeFromPopup(tab.id!);
    expect(analyses()).toBe(2);
  });

  it('opens the popup page in a window of its own when the browser cannot open the popup', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    fakeTab({ ok: true, article: sampleReadArticle() });
    const { calls } = fakeAction(false);
    await click(tab);
    await vi.waitFor(() =>
      expect(calls).toEqual([
        `setPopup popup.html?tab=${tab.id}&toolbar`,
        'openPopup',
        `window chrome-extension://${fakeBrowser.runtime.id}/popup.html?tab=${tab.id}`,
        'setPopup (none)',
      ]),
    );
  });

  it('lets a forced request read the page again, and a page that moved on drop the click’s answer', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    fakeTab({ ok: true, article: sampleReadArticle() });
    fakeAction();
    await click(tab);
    await vi.waitFor(() => expect(analyses()).toBe(1));
    const forced = message.uiToBackground('analyzeTab', { tabId: tab.id!, force: true, fresh: false });
    await deliverMessage(forced, popup);
    expect(analyses()).toBe(2);

    await click(tab);
    await vi.waitFor(() => expect(analyses()).toBe(3));
    const moved = message.pageToBackground('pageChanged', { url: 'https://news.example/other' });
    await deliverMessage(moved, { id: fakeBrowser.runtime.id, tab: { id: tab.id }, frameId: 0, url: 'https://news.example/other' });
    expect(await analyzeFromPopup(tab.id!)).toMatchObject({ ok: true });
    expect(analyses()).toBe(4);
  });
});
