// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://news.example/story?utm_source=feed" }
/**
 * The background's highlight paths against the highlighter's real handlers on a page: tabs.sendMessage is
 * routed to a dispatcher over this document, storage is the fake browser's.
 */
import { browser } from 'wxt/browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveClaimInTab, saveSelectionInTab, showHighlightsInTab } from './tab-highlights.ts';
import { deleteHighlight, listHighlights } from '../storage/highlights-store.ts';
import { highlighterInPage } from '../../../tests/support/highlighter-in-page.ts';

const TAB = 7;
const CLAIM = 'US export controls forced the team to optimise its model architecture.';
const quote = { type: 'TextQuoteSelector' as const, exact: CLAIM, prefix: '', suffix: '' };

function page(): void {
  document.body.replaceChildren();
  for (const text of ['DeepSeek hires young PhD graduates from top universities.', CLAIM]) {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
  }
  document.title = 'DeepSeek story';
}

/** tabs.sendMessage reaches the highlighter's dispatcher, as the background's messages do in a browser. */
function routeTabMessages(): void {
  const highlighter = highlighterInPage(document);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_tab, message) => highlighter(message));
}

const marks = () => [...document.querySelectorAll('mark[data-precis-highlight]')];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  page();
  routeTabMessages();
});

describe('saving highlights from the background', () => {
  it('saves a claim under the page’s normalised address and paints it', async () => {
    const saved = await saveClaimInTab(TAB, 'https://news.example/story#top', quote);
    expect(saved.ok).toBe(true);
    const { highlights } = await listHighlights();
    expect(highlights).toHaveLength(1);
    expect(highlights[0]).toMatchObject({ url: 'https://news.example/story', title: 'DeepSeek story', exact: CLAIM });
    expect(marks().map((m) => m.textContent).join('')).toBe(CLAIM);
  });

  it('refuses a claim read from another page than the one in the tab', async () => {
    expect(await saveClaimInTab(TAB, 'https://news.example/other', quote)).toMatchObject({ ok: false, error: { code: 'navigated' } });
    expect((await listHighlights()).highlights).toHaveLength(0);
  });

  it('saves the selection (the context menu’s and the shortcut’s path)', async () => {
    const text = document.body.firstChild!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 15);
    range.setEnd(text, 34);
    document.getSelection()!.addRange(range);
    const saved = await saveSelectionInTab(TAB);
    expect(saved.ok && saved.value.exact).toBe('young PhD graduates');
    expect(marks().map((m) => m.textContent)).toEqual(['young PhD graduates']);
  });

  it('paints nothing and says storage is full when the write fails', async () => {
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const saved = await saveClaimInTab(TAB, 'https://news.example/story', quote);
    expect(saved).toMatchObject({ ok: false, error: { code: 'quota', message: expect.stringMatching(/storage .* is full/) } });
    expect(marks()).toHaveLength(0);
  });

  it('brings the page in line with storage after a delete elsewhere', async () => {
    const saved = await saveClaimInTab(TAB, 'https://news.example/story', quote);
    if (!saved.ok) throw new Error(saved.error.message);
    await deleteHighlight(saved.value.id);
    expect(await showHighlightsInTab(TAB)).toEqual({ ok: true, value: { painted: [], orphans: [] } });
    expect(marks()).toHaveLength(0);
  });
});
