/**
 * The same article in another CMS's layout must give the same panel, and the real popup a toolbar click opens shows
 * the claims, on the reference page and on the largest page of the Readability corpus. How long that click takes is
 * measured by `npm run bench -- click` (bench/popup-click.ts), never here: the machines are shared.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusDir, CORPUS_MISSING, fixturesDir, repoRoot } from '../support/dom.ts';
import { hasChromium, type ExtensionBrowser } from './support/extension-browser.ts';
import { useSession } from './support/session.ts';
import type { StaticServer } from './support/static-server.ts';

const readabilityPages = corpusDir ? join(corpusDir, 'readability') : null;

/** The corpus page with the largest source.html. */
function largestCorpusPage(): string | null {
  if (!readabilityPages) return null;
  const pages = readdirSync(readabilityPages).map((page) => ({
    page,
    bytes: statSync(join(readabilityPages, page, 'source.html')).size,
  }));
  return pages.sort((a, b) => b.bytes - a.bytes)[0]?.page ?? null;
}

describe.skipIf(!hasChromium)('Precis in Chromium on other layouts, and in the toolbar popup', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;

  useSession(
    {
      fixtures: fixturesDir,
      layouts: resolve(repoRoot, 'lib/extract/fixtures'),
      ...(readabilityPages ? { corpus: readabilityPages } : {}),
    },
    (opened) => ({ browser, server } = opened),
  );

  /**
   * Click the toolbar button, then open the popup page for the tab in a window of its own (so the article stays
   * visible, as it does behind a real popup) and wait for the first claim.
   */
  async function summarize(url: string): Promise<Page> {
    const { page, tabId } = await browser.openTab(url);
    await browser.clickAction(page);
    const panel = await browser.openPanel(tabId, 'popup', { window: true });
    await panel.getByTestId('claim').first().waitFor({ timeout: 90_000 });
    return panel;
  }

  it('shows the seed claims, the four FAQ pairs and no junk on the entry-content layout', async () => {
    const panel = await summarize(`${server.origin}/layouts/deepseek-entry-content.html`);
    const claims = (await panel.getByTestId('claim').allTextContents()).join('\n');
    expect(claims).toMatch(/PhD|graduates/);
    expect(claims).toMatch(/export control/i);
    expect(claims).toMatch(/MLA|Mixture-of-Experts|Multi-head Latent Attention/);
    const questions = await panel.getByTestId('faq-question').allTextContents();
    expect(questions).toHaveLength(4);
    expect(await panel.getByTestId('faq-answer').count()).toBe(4);
    const text = (await panel.locator('body').textContent()) ?? '';
    for (const junk of ['Read more', 'Advertisement', 'Subscribe', 'Leave a Reply', 'Related:']) {
      expect(text).not.toContain(junk);
    }
  });

  /** The claims' texts, once the popup shows any. */
  const POPUP_CLAIMS = `new Promise((resolve) => {
    const read = () => {
      const claims = [...document.querySelectorAll('[data-testid="claim"]')].map((claim) => claim.textContent.trim());
      if (claims.length > 0) resolve(claims);
      else setTimeout(read, 50);
    };
    read();
  })`;

  /** Click the toolbar button and read the claims in the real popup it opens. */
  async function claimsInActionPopup(url: string): Promise<string[]> {
    const { page } = await browser.openTab(url);
    await browser.clickAction(page);
    const claims = await browser.evaluateInActionPopup<string[]>(POPUP_CLAIMS);
    await browser.closeActionPopup();
    await page.close();
    return claims;
  }

  it('shows the key claims in the real popup a toolbar click opens on the reference page', async () => {
    const claims = await claimsInActionPopup(`${server.origin}/fixtures/deepseek-article.html`);
    expect(claims.length).toBeGreaterThanOrEqual(3);
    const all = claims.join('\n');
    expect(all).toMatch(/PhD|graduates/);
    expect(all).toMatch(/export control/i);
  });

  it.skipIf(!readabilityPages)('shows claims in the real popup on the largest corpus page', async () => {
    const claims = await claimsInActionPopup(`${server.origin}/corpus/${largestCorpusPage()!}/source.html`);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(claim.length).toBeGreaterThan(20);
  });
});

if (!readabilityPages) console.warn(`the largest-page popup test is ${CORPUS_MISSING}`);
