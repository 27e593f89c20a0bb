// @vitest-environment happy-dom
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleAnalysis } from '../../../tests/support/sample-analysis.ts';
import { ok } from '../wire/protocol.ts';
import { createUiServices } from './services.ts';

const pinnedTo = (tabId: number) => ({ search: `?tab=${tabId}` }) as Location;

/** The background's answers, counted: each analyzeTab request gets a fresh reply. */
function fakeBackground() {
  return vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message) => {
    const { payload } = message as unknown as { payload: { tabId: number } };
    return ok({ tabId: payload.tabId, analysis: sampleAnalysis() });
  });
}

const analyzeRequests = (spy: ReturnType<typeof fakeBackground>) =>
  spy.mock.calls.map(([message]) => message as unknown as { method: string; payload: unknown }).filter((m) => m.method === 'analyzeTab');

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the first analysis, asked for as the page starts', () => {
  it('is sent before the app asks, and the app’s first request picks up its reply', async () => {
    const send = fakeBackground();
    const services = createUiServices({ location: pinnedTo(5), canOpenSidePanel: false, analyzeAtStart: true });
    expect(await services.initialTabId()).toBe(5);
    expect(analyzeRequests(send)).toEqual([expect.objectContaining({ payload: { tabId: 5, force: false } })]);

    const first = await services.analyzeTab(5, false);
    expect(first).toMatchObject({ ok: true, value: { tabId: 5 } });
    expect(analyzeRequests(send)).toHaveLength(1);

    // Later requests (a refresh, "Summarize anyway") go to the background again.
    await services.analyzeTab(5, false);
    await services.analyzeTab(5, true);
    expect(analyzeRequests(send).map((m) => m.payload)).toEqual([
      { tabId: 5, force: false },
      { tabId: 5, force: false },
      { tabId: 5, force: true },
    ]);
  });

  it('is not reused for another tab or a forced reading', async () => {
    const send = fakeBackground();
    const services = createUiServices({ location: pinnedTo(5), canOpenSidePanel: false, analyzeAtStart: true });
    await services.initialTabId();
    await services.analyzeTab(6, false);
    expect(analyzeRequests(send).map((m) => m.payload)).toEqual([
      { tabId: 5, force: false },
      { tabId: 6, force: false },
    ]);
  });

  it('is not sent unless asked for', async () => {
    const send = fakeBackground();
    const services = createUiServices({ location: pinnedTo(5), canOpenSidePanel: false });
    await services.initialTabId();
    expect(analyzeRequests(send)).toEqual([]);
  });

  it('follows the active tab when the page is not pinned', async () => {
    const send = fakeBackground();
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 9 }] as never);
    const services = createUiServices({ location: { search: '' } as Location, canOpenSidePanel: true, analyzeAtStart: true });
    expect(await services.initialTabId()).toBe(9);
    expect(analyzeRequests(send).map((m) => m.payload)).toEqual([{ tabId: 9, force: false }]);
  });
});
