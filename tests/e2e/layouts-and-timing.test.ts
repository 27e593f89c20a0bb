/**
 * The same article in another CMS's layout must give the same panel, and the time from the toolbar click to the
 * claims on screen in the real popup is recorded (printed, never asserted: the machines are shared) on the
 * reference page and on the largest page of the Readability corpus.
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

describe.skipIf(!hasChromium)('Precis in Chromium on other layouts, timed', () => {
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

  interface PopupTiming {
    /** Click → the popup's page starts (its time origin), ms. */
    pageStart: number;
    /** Click → the popup's first paint of anything, ms. */
    firstPaint: number;
    /** Click → its first claim is painted on screen, ms. */
    claimsPainted: number;
    claims: number;
  }

  /** Clicks timed per page. */
  const CLICKS = 5;

  /**
   * When the popup's page started, first painted, and first painted a claim (epoch ms), and how many claims it
   * shows. Paint times are the browser's own: Paint Timing, and Element Timing for the claims (ClaimItem marks
   * each claim's text with `elementtiming`); both are buffered, so they are read whenever the popup is reached.
   */
  const POPUP_PAINTS = `new Promise((resolve) => {
    const at = (time) => performance.timeOrigin + time;
    new PerformanceObserver((entries, observer) => {
      const claim = entries.getEntries().find((entry) => entry.identifier === 'claim');
      if (!claim) return;
      observer.disconnect();
      const paint = performance.getEntriesByName('first-paint')[0];
      resolve({
        started: performance.timeOrigin,
        firstPaint: at(paint ? paint.startTime : claim.renderTime),
        claimPainted: at(claim.renderTime),
        claims: document.querySelectorAll('[data-testid="claim"]').length,
      });
    }).observe({ type: 'element', buffered: true });
  })`;

  interface PopupPaints {
    started: number;
    firstPaint: number;
    claimPainted: number;
    claims: number;
  }

  /** A reader clicks on a page they have been reading, not one still busy loading: a moment's pause after load. */
  const SETTLE_MS = 500;

  /** Click the toolbar button and time the real popup it opens, from the click. */
  async function timeActionPopup(url: string): Promise<PopupTiming> {
    const { page } = await browser.openTab(url);
    await new Promise((settled) => setTimeout(settled, SETTLE_MS));
    const clicked = await browser.clickAction(page);
    const popup = await browser.evaluateInActionPopup<PopupPaints>(POPUP_PAINTS);
    await browser.closeActionPopup();
    await page.close();
    return {
      pageStart: popup.started - clicked,
      firstPaint: popup.firstPaint - clicked,
      claimsPainted: popup.claimPainted - clicked,
      claims: popup.claims,
    };
  }

  /** One click says little on a shared machine: the median of a few, each on a fresh tab, with their spread. */
  async function timeClicks(url: string): Promise<{ runs: PopupTiming[]; median: PopupTiming }> {
    const runs: PopupTiming[] = [];
    for (let click = 0; click < CLICKS; click++) runs.push(await timeActionPopup(url));
    const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return {
      runs,
      median: {
        pageStart: middle(runs.map((run) => run.pageStart)),
        firstPaint: middle(runs.map((run) => run.firstPaint)),
        claimsPainted: middle(runs.map((run) => run.claimsPainted)),
        claims: Math.min(...runs.map((run) => run.claims)),
      },
    };
  }

  const report = (name: string, { runs, median }: { runs: PopupTiming[]; median: PopupTiming }) =>
    console.info(
      `${name}: click → first claim painted in the popup ${Math.round(median.claimsPainted)} ms, median of ` +
        `${runs.length} clicks (${runs.map((run) => Math.round(run.claimsPainted)).join(', ')}); the popup's page ` +
        `starts ${Math.round(median.pageStart)} ms and first paints ${Math.round(median.firstPaint)} ms after the click`,
    );

  it('records click → claims on the reference page', async () => {
    const times = await timeClicks(`${server.origin}/fixtures/deepseek-article.html`);
    report('reference page', times);
    expect(times.median.claims).toBeGreaterThanOrEqual(3);
  });

  it.skipIf(!readabilityPages)('records click → claims on the largest corpus page', async () => {
    const page = largestCorpusPage()!;
    const times = await timeClicks(`${server.origin}/corpus/${page}/source.html`);
    report(`largest corpus page (${page})`, times);
    expect(times.median.claims).toBeGreaterThan(0);
  });
});

if (!readabilityPages) console.warn(`largest-page timing ${CORPUS_MISSING}`);
