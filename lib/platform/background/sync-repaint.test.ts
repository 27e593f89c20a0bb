// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://news.example/story" }
/**
 * Repainting after a sync: a tab whose highlighter runs (its messages reach the real handlers over this
 * document) shows exactly the stored highlights afterwards; a tab without one is not injected into.
 */
import { browser, type Browser } from 'wxt/browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHighlight } from '../../highlights/index.ts';
import { deleteHighlight, saveHighlight } from '../storage/highlights-store.ts';
import { highlighterInPage } from '../../../tests/support/highlighter-in-page.ts';
import { repaintOpenTabs } from './sync-repaint.ts';

const WITH_HIGHLIGHTER = 7;
const WITHOUT = 8;
const CLAIM = 'US export controls forced the team to optimise its model architecture.';

const marks = () => [...document.querySelectorAll('mark[data-precis-highlight]')].map((m) => m.textContent).join('');

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  document.body.replaceChildren();
  for (const text of ['DeepSeek hires young PhD graduates.', CLAIM]) {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
  }
  const highlighter = highlighterInPage(document);
  vi.spyOn(browser.tabs, 'query').mockImplementation(async () => [{ id: WITH_HIGHLIGHTER }, { id: WITHOUT }] as Browser.tabs.Tab[]);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (tab, message) => {
    if (tab !== WITH_HIGHLIGHTER) throw new Error('Could not establish connection. Receiving end does not exist.');
    return highlighter(message);
  });
});

describe('repainting open tabs after a sync', () => {
  it('paints a highlight that arrived and removes one deleted, only where the highlighter runs, injecting nothing', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript');
    const arrived = createHighlight({
      url: 'https://news.example/story',
      title: 'DeepSeek story',
      selectors: [{ type: 'TextQuoteSelector', exact: CLAIM, prefix: '', suffix: '' }],
    });
    await saveHighlight(arrived);
    expect(marks()).toBe('');
    expect(await repaintOpenTabs()).toEqual([WITH_HIGHLIGHTER]);
    expect(marks()).toBe(CLAIM);
    await deleteHighlight(arrived.id);
    await repaintOpenTabs();
    expect(marks()).toBe('');
    expect(inject).not.toHaveBeenCalled();
  });
});
