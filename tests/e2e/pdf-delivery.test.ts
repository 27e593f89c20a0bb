/**
 * How a PDF reaches the panel, in a real Chromium with the built extension: a 450-page PDF of several megabytes
 * (more than one chunk down the port) with its progress bar and first claims while the rest is read; a PDF at an
 * address without `.pdf`, known by its content type; a PDF the site sends as a download; and a PDF saved on this
 * computer (file://), which no extension may fetch, read from the file the user chooses.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_BYTES } from '../../lib/platform/wire/byte-chunks.ts';
import { DOWNLOAD_MESSAGE } from '../../lib/pdf/detect.ts';
import { LOCAL_PDF_MESSAGE } from '../../lib/page-access.ts';
import { fixturesDir, repoRoot } from '../support/dom.ts';
import { CHROMIUM, hasChromium, type ExtensionBrowser } from './support/extension-browser.ts';
import { READABLE_CONTRAST, textSeen } from './support/seen.ts';
import { useSession } from './support/session.ts';

const hasQpdf = existsSync('/usr/bin/qpdf');
if (!hasChromium) console.warn(`skipped: ${CHROMIUM} is missing (apt-get install -y chromium; CI installs it)`);
if (!hasQpdf) console.warn('skipped: qpdf is missing, which makes the long PDF (apt-get install -y qpdf; CI installs it)');

const PAPER = resolve(fixturesDir, 'pdf/paper.pdf');
const COPIES = 150;

/**
 * A long PDF: the paper's pages, again and again, from separate copies of the file so that qpdf keeps every page's
 * objects of its own (from one file it would share them, and the PDF would stay small).
 */
function makeLongPdf(dir: string): string {
  const copies = Array.from({ length: COPIES }, (_, i) => {
    const copy = join(dir, `part-${i}.pdf`);
    copyFileSync(PAPER, copy);
    return copy;
  });
  const out = join(dir, 'long.pdf');
  execFileSync('qpdf', ['--empty', '--pages', ...copies, '--', out]);
  return out;
}

/** Records in the page every progress label (with when it came) and whether claims were on show while a bar still was. */
function recordProgress(): void {
  const seen = { labels: [] as string[], claimsWhileReading: false };
  (globalThis as unknown as { precisProgress: typeof seen }).precisProgress = seen;
  new MutationObserver(() => {
    const bar = document.querySelector('progress');
    const label = bar?.getAttribute('aria-label');
    if (label && seen.labels.at(-1) !== label) seen.labels.push(`${label} @${Math.round(performance.now())}`);
    if (bar && document.querySelector('[data-testid="claim"]')) seen.claimsWhileReading = true;
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

describe.skipIf(!hasChromium || !hasQpdf)('How a PDF reaches the panel (Chromium)', () => {
  let browser: ExtensionBrowser;
  let dir: string;
  let site: Server;
  let origin: string;
  const requests = new Map<string, number>();
  useSession({ fixtures: fixturesDir, e2e: resolve(repoRoot, 'tests/e2e/fixtures') }, (opened) => ({ browser } = opened));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'precis-pdf-'));
    const longPdf = readFileSync(makeLongPdf(dir));
    const paper = readFileSync(PAPER);
    site = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const count = (requests.get(path) ?? 0) + 1;
      requests.set(path, count);
      const pdf = { 'content-type': 'application/pdf' };
      if (path === '/long.pdf') return void response.writeHead(200, { ...pdf, 'content-length': longPdf.length }).end(longPdf);
      if (path === '/download') return void response.writeHead(200, pdf).end(paper);
      if (path === '/attachment.pdf') return void response.writeHead(200, { ...pdf, 'content-disposition': 'attachment; filename="paper.pdf"' }).end(paper);
      // Shown in the viewer at first, then sent as a download when fetched again (sites that switch on a cookie or a token).
      if (path === '/once-inline.pdf') {
        return void response.writeHead(200, { ...pdf, 'content-disposition': count === 1 ? 'inline' : 'attachment; filename="paper.pdf"' }).end(paper);
      }
      if (path === '/links.html') {
        return void response
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end('<!doctype html><title>Downloads</title><h1>Downloads</h1><p><a href="/attachment.pdf">The paper (PDF)</a></p>');
      }
      response.writeHead(404).end('not found');
    });
    await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    // A download the headless browser never finishes would hold its connection, and `close` would wait for it.
    site?.closeAllConnections();
    await new Promise((done) => site?.close(done));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The side panel page for the tab, recording its progress bar from its first paint. */
  async function panelFor(tabId: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const panel = await browser.context.newPage();
    await panel.emulateMedia({ colorScheme });
    await panel.addInitScript(recordProgress);
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
    return panel;
  }

  async function tabUrl(panel: Page, tabId: number): Promise<string> {
    return panel.evaluate(
      async (id) => ((await (globalThis as unknown as { chrome: { tabs: { get(id: number): Promise<{ url?: string }> } } }).chrome.tabs.get(id)).url ?? ''),
      tabId,
    );
  }

  it('reads a 450-page PDF of several chunks: a progress bar counts its pages, first claims come before the rest is read', async () => {
    expect(statSync(join(dir, 'long.pdf')).size).toBeGreaterThan(5 * CHUNK_BYTES);
    const { page, tabId } = await browser.openTab(`${origin}/long.pdf`);
    await browser.clickAction(page);
    const panel = await panelFor(tabId, 'dark');
    // In dark mode, what the bar counts is readable while it counts.
    await panel.getByRole('progressbar', { name: /^Reading page \d+ of 450$/ }).waitFor({ timeout: 90_000 });
    const counted = await textSeen(panel.locator('.reading-progress-text'));
    expect(counted.text).toMatch(/^Reading page \d+ of 450$/);
    expect(counted.contrast).toBeGreaterThanOrEqual(READABLE_CONTRAST);
    await expect.poll(() => panel.getByTestId('pdf-note').textContent().catch(() => ''), { timeout: 90_000 }).toMatch(/claims from pages 1–\d+ of 450|450 pages/);
    const seen = await panel.evaluate(() => (globalThis as unknown as { precisProgress: { labels: string[]; claimsWhileReading: boolean } }).precisProgress);
    expect(seen.labels.some((label) => /^Reading page \d+ of 450 /.test(label)), seen.labels.join(' | ')).toBe(true);
    expect(seen.claimsWhileReading, 'first claims on show while the bar still counted pages').toBe(true);
    expect(await panel.locator('progress').count()).toBe(0);
    const claims = await panel.getByTestId('claim').allTextContents();
    expect(claims.length).toBeGreaterThan(3);
    for (const claim of claims) expect(claim).toMatch(/p\. \d+/);
    await panel.close();
  });

  it('knows a PDF by its content type when its address has no .pdf, and opens a claim\'s page in the viewer', async () => {
    const { page, tabId } = await browser.openTab(`${origin}/download?id=3`);
    await browser.clickAction(page);
    const panel = await panelFor(tabId);
    await panel.getByTestId('claim').first().waitFor({ timeout: 60_000 });
    const claims = await panel.getByTestId('claim').allTextContents();
    expect(claims.join('\n')).toMatch(/gutter/);
    const onPage2 = panel.getByTestId('claim').filter({ hasText: 'p. 2' }).first();
    await onPage2.locator('.claim-text').click();
    await expect.poll(() => tabUrl(panel, tabId), { timeout: 15_000 }).toMatch(/\/download\?id=3#page=2$/);
    await panel.close();
  });

  it('says so when a PDF the viewer showed is sent as a download when fetched again', async () => {
    const { page, tabId } = await browser.openTab(`${origin}/once-inline.pdf`);
    await browser.clickAction(page);
    const panel = await panelFor(tabId);
    await expect.poll(() => panel.getByTestId('status').textContent(), { timeout: 60_000 }).toContain(DOWNLOAD_MESSAGE);
    expect(requests.get('/once-inline.pdf')).toBeGreaterThanOrEqual(2);
    await panel.close();
  });

  it('a link to a PDF sent as a download leaves its tab on the linking page, which is read as a page', async () => {
    const { page, tabId } = await browser.openTab(`${origin}/links.html`);
    // The browser saves the file and the tab stays where it was: there is no PDF tab to read.
    await page.click('a').catch(() => undefined);
    await expect.poll(() => requests.get('/attachment.pdf') ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(page.url()).toBe(`${origin}/links.html`);
    await browser.clickAction(page);
    const panel = await panelFor(tabId);
    await expect.poll(() => panel.getByTestId('status').textContent(), { timeout: 60_000 }).toMatch(/doesn't look like an article|Nothing to read/);
    await panel.close();
  });

  it('asks for a local PDF\'s file, says why, and reads the chosen file', async () => {
    const local = join(dir, 'local paper.pdf');
    copyFileSync(PAPER, local);
    const address = `file://${local.replace(/ /g, '%20')}`;
    const { page, tabId } = await browser.openTab(address);
    await browser.clickAction(page);
    const panel = await panelFor(tabId);
    await expect.poll(() => panel.getByTestId('status').textContent(), { timeout: 60_000 }).toContain(LOCAL_PDF_MESSAGE);
    await panel.getByTestId('pdf-file').setInputFiles(local);
    await panel.getByTestId('claim').first().waitFor({ timeout: 60_000 });
    const onPage2 = panel.getByTestId('claim').filter({ hasText: 'p. 2' }).first();
    await onPage2.locator('.claim-text').click();
    await expect.poll(() => tabUrl(panel, tabId), { timeout: 15_000 }).toBe(`${address}#page=2`);
    await panel.close();
  });
});
