/**
 * A hostile page in real Chromium: its title, meta tags, headings, paragraphs, visible FAQ and JSON-LD carry
 * XSS payloads (DOMPurify's test suite plus canaries that set `window.__pwned`), as text. Analysed through the
 * real UI (toolbar click, then the panel and popup pages for that tab), nothing may run: no dialog, no canary in
 * the page or in our pages, no CSP violation, no uncaught error — and the payloads must show up as text.
 * Run with `npm run test:e2e` (builds first).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze.ts';
import type { Analysis } from '../../lib/types.ts';
import { parseHtml, repoRoot } from '../support/dom.ts';
import { buildHostilePage, loadHostilePayloads } from './fixtures/hostile-page.ts';
import { hasChromium, launchWithExtension, type ExtensionBrowser } from './support/extension-browser.ts';
import { serveFolders, type StaticServer } from './support/static-server.ts';

const artifacts = resolve(repoRoot, 'tests/e2e/artifacts');

/** Where our pages render page text: the header, claims, FAQ and highlights. */
const TEXT_REGIONS = 'header, h1, [data-testid="claim"], [data-testid="faq-question"], [data-testid="faq-answer"], [data-testid="highlight"]';

/** Elements page text must never become inside those regions. */
const FOREIGN_ELEMENTS = 'img, iframe, frame, object, embed, form, input, textarea, select, math, svg, video, audio, source, base, meta[http-equiv], link[rel=import], script:not([src]), style, template, details[open][ontoggle], marquee';

/** What each watched page reported while the test ran. */
interface Watch {
  dialogs: string[];
  cspViolations: string[];
  errors: string[];
}

/**
 * Count dialogs, CSP violations and uncaught errors in every page of the context, including the popup the
 * toolbar click opens. The `securitypolicyviolation` listener is installed before any page script runs.
 */
async function watchEverything(browser: ExtensionBrowser): Promise<Watch> {
  const watch: Watch = { dialogs: [], cspViolations: [], errors: [] };
  await browser.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  const follow = (page: Page) => {
    page.on('dialog', (dialog) => {
      watch.dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('console', (message) => {
      const text = message.text();
      if (/Content Security Policy|CSP violation/i.test(text)) watch.cspViolations.push(`${page.url()}: ${text}`);
    });
    page.on('pageerror', (error) => watch.errors.push(`${page.url()}: ${error.message}`));
  };
  browser.context.pages().forEach(follow);
  browser.context.on('page', follow);
  return watch;
}

async function canary(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

/**
 * Anywhere in our page: elements that carry an event-handler attribute or a script-bearing URL; inside the
 * regions that show page text: any element page markup could have become.
 */
async function liveMarkup(page: Page): Promise<string[]> {
  return page.evaluate(([foreign, regions]) => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        const scriptUrl = /^\s*(javascript|data|vbscript):/i.test(attribute.value) && /^(href|src|action|formaction|xlink:href|data)$/i.test(attribute.name);
        if (attribute.name.startsWith('on') || scriptUrl) found.push(`${element.tagName} ${attribute.name}="${attribute.value.slice(0, 60)}"`);
      }
    }
    document.querySelectorAll(regions).forEach((region) => {
      region.querySelectorAll(foreign).forEach((element) => found.push(`<${element.tagName.toLowerCase()}>`));
    });
    return found;
  }, [FOREIGN_ELEMENTS, TEXT_REGIONS] as const);
}

describe.skipIf(!hasChromium)('a hostile page in Chromium', () => {
  const payloads = loadHostilePayloads();
  const page = buildHostilePage(payloads);
  let expected: Analysis;
  let browser: ExtensionBrowser;
  let server: StaticServer;
  let watch: Watch;
  let article: Page;
  let tabId: number;
  let panel: Page;
  let popup: Page;
  let folder: string;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    folder = mkdtempSync(join(tmpdir(), 'precis-hostile-'));
    writeFileSync(join(folder, 'article.html'), page.html);
    server = await serveFolders({ hostile: folder });
    const url = `${server.origin}/hostile/article.html`;

    // The same engine in Node gives the texts the panel must show, character for character.
    const outcome = analyze(parseHtml(page.html, url), { url, force: false });
    if (!outcome.ok) throw new Error(`The hostile page is not analysed as an article: ${outcome.message}`);
    expected = outcome.analysis;

    browser = await launchWithExtension();
    watch = await watchEverything(browser);
    ({ page: article, tabId } = await browser.openTab(url));
    await browser.clickAction(article);
    panel = await browser.openPanel(tabId);
    await panel.getByTestId('claim').first().waitFor({ timeout: 60_000 });
    popup = await browser.openPanel(tabId, 'popup');
    await popup.getByTestId('claim').first().waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    const placed = Object.entries(page.placements).map(([where, count]) => `${where}: ${count}`).join(', ');
    console.info(
      `hostile page: ${payloads.length} payloads tried (${payloads.filter((p) => p.origin === 'dompurify').length} from DOMPurify's suite; ${placed}); ` +
        `dialogs: ${watch?.dialogs.length}, executions: ${watch ? executions : '?'}, CSP violations: ${watch?.cspViolations.length}, uncaught errors: ${watch?.errors.length}`,
    );
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** Pages where the canary was found set; counted across the checks below. */
  let executions = 0;

  it('shows the FAQ questions and answers as text, exactly as the engine read them', async () => {
    const questions = await panel.getByTestId('faq-question').allTextContents();
    const answers = await panel.getByTestId('faq-answer').allTextContents();
    expect(questions.map(normalize)).toEqual(expected.faq.map((pair) => normalize(pair.question)));
    expect(answers.map(normalize)).toEqual(expected.faq.map((pair) => normalize(pair.answer)));
    // The point of the check: what is shown still reads as markup, so it was never parsed.
    expect(answers.join('\n')).toContain('<script>window.__pwned=1</script>');
    expect(answers.join('\n')).toContain('<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>');
  });

  it('shows the title and the claims as text', async () => {
    expect(normalize((await panel.getByRole('heading', { level: 1 }).textContent()) ?? '')).toBe(normalize(expected.meta.title));
    expect(expected.meta.title).toMatch(/<script>/);
    const claims = (await panel.locator('[data-testid="claim"] .claim-text').allTextContents()).map(normalize);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.some((claim) => /<[a-z!/]/i.test(claim))).toBe(true);
  });

  it('never turns page text into live markup or clickable javascript:/data: links in the panel or popup', async () => {
    for (const ours of [panel, popup]) {
      expect(await liveMarkup(ours)).toEqual([]);
      expect(await ours.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
    }
  });

  it('jumps to a claim that carries a payload and saves it, and the page stays inert', async () => {
    const before = await article.evaluate(() => document.querySelectorAll('img, script, iframe, svg, object, embed').length);
    const claim = panel.getByTestId('claim').filter({ hasText: /</ }).first();
    await claim.locator('.claim-text').click();
    const save = claim.getByTestId('save-claim');
    if (await save.count()) await save.click();
    await panel.getByRole('tab', { name: /Highlights/ }).click();
    await panel.getByRole('tab', { name: /FAQ/ }).click();
    await panel.getByTestId('faq-question').first().click();
    // Let the page settle: a revived payload would fire its handler within a frame or two.
    await article.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await article.evaluate(() => document.querySelectorAll('img, script, iframe, svg, object, embed').length)).toBe(before);
    await panel.screenshot({ path: resolve(artifacts, 'panel-hostile.png'), fullPage: true });
  });

  it('runs no payload: no canary, no dialog, no CSP violation, no uncaught error', async () => {
    const pages = browser.context.pages().filter((open) => !open.isClosed());
    const pwned: string[] = [];
    for (const open of pages) {
      if ((await canary(open).catch(() => undefined)) !== undefined) pwned.push(open.url());
    }
    executions = pwned.length;
    // The hostile page and both of our pages were checked (plus the real popup if Playwright lists it).
    expect(pages.map((open) => open.url())).toEqual(expect.arrayContaining([article.url(), panel.url(), popup.url()]));
    expect(pwned).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
