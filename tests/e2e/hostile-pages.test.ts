/**
 * Pages Precis cannot or should not read, in real Chromium, each through a real toolbar click: every one ends in
 * its own clear message in the panel (never a stuck "Reading the page…"), and no page of ours reports an
 * uncaught error or unhandled rejection. Run with `npm run test:e2e` (builds first).
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot } from '../support/dom.ts';
import { hasChromium, type ExtensionBrowser } from './support/extension-browser.ts';
import { useSession } from './support/session.ts';
import type { StaticServer } from './support/static-server.ts';


describe.skipIf(!hasChromium)('restricted and odd pages in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  /** Uncaught errors and unhandled rejections in our own pages. */
  const errors: string[] = [];

  useSession({ fixtures: fixturesDir, e2e: resolve(repoRoot, 'tests/e2e/fixtures') }, (opened) => ({ browser, server } = opened));
  beforeAll(() => {
    browser.context.on('page', (page) => {
      page.on('pageerror', (error) => {
        if (page.url().startsWith('chrome-extension://')) errors.push(`${page.url()}: ${error.message}`);
      });
    });
  });

  beforeEach(() => {
    errors.length = 0;
  });

  /** Click the toolbar button on the tab, open the panel page for it, and wait for its final word. */
  async function panelVerdict(page: Page, tabId: number): Promise<{ panel: Page; status: string }> {
    await browser.clickAction(page);
    const panel = await browser.openPanel(tabId);
    const status = panel.getByTestId('status');
    await expect.poll(async () => ((await status.count()) ? await status.textContent() : ''), { timeout: 30_000 }).not.toMatch(/^$|Reading the page/);
    return { panel, status: (await status.textContent()) ?? '' };
  }

  it('says about:blank is a built-in page', async () => {
    // The browser's first, empty tab shows about:blank too; the click must find exactly one such tab, and the
    // window must keep a tab open.
    await browser.openTab(`${server.origin}/e2e/links-page.html`);
    await Promise.all(browser.context.pages().filter((open) => open.url() === 'about:blank').map((open) => open.close()));
    const { page, tabId } = await browser.openTab('about:blank');
    const { panel, status } = await panelVerdict(page, tabId);
    expect(status).toMatch(/built-in browser page \(about:blank\)|no access to this tab/);
    expect(errors).toEqual([]);
    await Promise.all([panel.close(), page.close()]);
  });

  it('reads a PDF shown in the browser viewer instead of turning it away, and says highlights stay off the viewer', async () => {
    const { page, tabId } = await browser.openTab(`${server.origin}/e2e/hostile-document.pdf`);
    await browser.clickAction(page);
    const panel = await browser.openPanel(tabId);
    const claim = panel.getByTestId('claim').first();
    await claim.waitFor({ timeout: 30_000 });
    expect(await claim.textContent()).toMatch(/A PDF is not an article Precis may read\..*p\. 1/);
    expect(await panel.getByTestId('pdf-note').textContent()).toMatch(/viewer/i);
    expect(errors).toEqual([]);
    await Promise.all([panel.close(), page.close()]);
  });

  it('reads the top frame of a page whose article is in a frame, and says it is not an article', async () => {
    const { page, tabId } = await browser.openTab(`${server.origin}/e2e/hostile-frames.html`);
    const { panel, status } = await panelVerdict(page, tabId);
    expect(status).toMatch(/doesn't look like an article/);
    expect(errors).toEqual([]);
    await Promise.all([panel.close(), page.close()]);
  });

  it('never leaves the panel reading when the page navigates away while it is being read', async () => {
    const { page, tabId } = await browser.openTab(`${server.origin}/fixtures/deepseek-article.html`);
    // Pause the page the moment the content script arrives, navigate the tab elsewhere, then let it go: the
    // analysis request is in flight while its page disappears.
    const cdp = await browser.context.newCDPSession(page);
    const injected = new Promise<void>((resolvePaused) => {
      cdp.on('Debugger.scriptParsed', (event: { url: string }) => {
        if (event.url.endsWith('/content-scripts/precis.js')) void cdp.send('Debugger.pause').catch(() => undefined);
      });
      cdp.on('Debugger.paused', () => resolvePaused());
    });
    await cdp.send('Debugger.enable');
    await browser.clickAction(page);
    const panel = await browser.openPanel(tabId);
    await injected;
    const seen = new Set<string>();
    const status = panel.getByTestId('status');
    const watchStatus = setInterval(() => {
      void status.textContent({ timeout: 1_000 }).then((text) => text && seen.add(text), () => undefined);
    }, 50);
    try {
      await page.goto('chrome://version/').catch(() => undefined);
      await cdp.send('Debugger.resume').catch(() => undefined);
      await expect.poll(async () => ((await status.count()) ? await status.textContent() : ''), { timeout: 30_000 }).not.toMatch(/^$|Reading the page/);
    } finally {
      clearInterval(watchStatus);
    }
    const final = (await status.textContent()) ?? '';
    console.info(`navigated during analysis, the panel said: ${[...seen].map((text) => JSON.stringify(text)).join(' → ')}`);
    // The panel ends with a message, not stuck reading and without an uncaught error. Which message depends on
    // timing: the new page's verdict once the panel follows its tab, or that the old page moved on.
    expect(final).toMatch(/moved on|changed while|built-in Chrome page/);
    expect(errors).toEqual([]);
    await Promise.all([panel.close(), page.close()]);
  });
});
