/**
 * `npm run bench -- click`: the time from a toolbar click to the first claim painted in the real popup, in
 * Chromium with the built extension (`npm run build` first), on the reference page and on the largest page of
 * the Readability corpus, side by side in one run. Paint times are the browser's own: Paint Timing, and Element
 * Timing for the claims (ClaimItem marks each claim's text with `elementtiming`); both are buffered, so they are
 * read whenever the popup is reached.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, fixturesDir } from '../tests/support/dom.ts';
import { hasChromium, launchWithExtension, type ExtensionBrowser } from '../tests/e2e/support/extension-browser.ts';
import { serveFolders } from '../tests/e2e/support/static-server.ts';
import { median } from './stats.ts';

export interface ClickTiming {
  /** Click → the popup's page starts (its time origin), ms. */
  pageStart: number;
  /** Click → the popup's first paint of anything, ms. */
  firstPaint: number;
  /** Click → its first claim is painted on screen, ms. */
  claimsPainted: number;
  claims: number;
}

export interface ClickBench {
  page: string;
  runs: ClickTiming[];
  median: ClickTiming;
}

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

/** A user clicks on a page they have been reading, not one still busy loading: a moment's pause after load. */
const SETTLE_MS = 500;

async function timeClick(browser: ExtensionBrowser, url: string): Promise<ClickTiming> {
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

/** The corpus page with the largest source.html. */
function largestCorpusPage(pagesDir: string): string | null {
  const pages = readdirSync(pagesDir).map((page) => ({ page, bytes: statSync(join(pagesDir, page, 'source.html')).size }));
  return pages.sort((a, b) => b.bytes - a.bytes)[0]?.page ?? null;
}

/**
 * `clicks` clicks per page, each on a fresh tab, the pages taking turns so a busy spell falls on both alike.
 * Null when Chromium is missing.
 */
export async function benchPopupClick(clicks: number): Promise<ClickBench[] | null> {
  if (!hasChromium) return null;
  const pagesDir = corpusDir ? join(corpusDir, 'readability') : null;
  const server = await serveFolders({ fixtures: fixturesDir, ...(pagesDir ? { corpus: pagesDir } : {}) });
  const browser = await launchWithExtension();
  try {
    const largest = pagesDir ? largestCorpusPage(pagesDir) : null;
    const pages: [string, string][] = [['reference page', `${server.origin}/fixtures/deepseek-article.html`]];
    if (largest) pages.push([`largest corpus page (${largest})`, `${server.origin}/corpus/${largest}/source.html`]);
    const runs = pages.map((): ClickTiming[] => []);
    for (let click = 0; click < clicks; click++) {
      for (const [at, [, url]] of pages.entries()) runs[at]!.push(await timeClick(browser, url));
    }
    return pages.map(([page], at) => {
      const times = runs[at]!;
      return {
        page,
        runs: times,
        median: {
          pageStart: median(times.map((run) => run.pageStart)),
          firstPaint: median(times.map((run) => run.firstPaint)),
          claimsPainted: median(times.map((run) => run.claimsPainted)),
          claims: Math.min(...times.map((run) => run.claims)),
        },
      };
    });
  } finally {
    await browser.close();
    await server.close();
  }
}
