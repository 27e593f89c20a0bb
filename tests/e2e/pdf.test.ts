/**
 * PDFs in a real Chromium with the built extension: a PDF served by the test server and shown in Chrome's viewer,
 * a real toolbar click (activeTab), claims with their pages in the side panel and the popup, a claim's click
 * opening its page in the viewer (#page=N), and a password-protected PDF's message.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot } from '../support/dom.ts';
import { CHROMIUM, hasChromium, type ExtensionBrowser } from './support/extension-browser.ts';
import { useSession } from './support/session.ts';
import type { StaticServer } from './support/static-server.ts';

/** Screenshots for a person to read (the claims as a user sees them on a PDF). */
const artifacts = resolve(repoRoot, 'tests/e2e/artifacts');

if (!hasChromium) console.warn(`skipped: ${CHROMIUM} is missing (apt-get install -y chromium; CI installs it)`);

describe.skipIf(!hasChromium)('PDFs in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  useSession({ fixtures: fixturesDir, e2e: resolve(repoRoot, 'tests/e2e/fixtures') }, (opened) => ({ browser, server } = opened));

  async function tabUrl(panel: Page, tabId: number): Promise<string> {
    // Runs in the extension page, where `chrome` exists; the test's own compiler does not know it.
    return panel.evaluate(
      async (id) => ((await (globalThis as unknown as { chrome: { tabs: { get(id: number): Promise<{ url?: string }> } } }).chrome.tabs.get(id)).url ?? ''),
      tabId,
    );
  }

  it('shows the claims of a PDF with their pages, and a click opens that page in the viewer', async () => {
    const { page, tabId } = await browser.openTab(`${server.origin}/fixtures/pdf/paper.pdf`);
    await browser.clickAction(page);
    const panel = await browser.openPanel(tabId);
    await panel.getByTestId('claim').first().waitFor({ timeout: 60_000 });
    const claims = await panel.getByTestId('claim').allTextContents();
    expect(claims.length).toBeGreaterThan(3);
    for (const claim of claims) expect(claim).toMatch(/p\. [12](?!\d)/);
    expect(claims.join('\n')).toMatch(/gutter/);
    await expect.poll(() => panel.getByTestId('pdf-note').textContent()).toMatch(/cannot be painted inside the browser's PDF viewer/);
    mkdirSync(artifacts, { recursive: true });
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.screenshot({ path: resolve(artifacts, 'panel-pdf.png') });

    const onPage2 = panel.getByTestId('claim').filter({ hasText: 'p. 2' }).first();
    await onPage2.locator('.claim-text').click();
    await expect.poll(() => tabUrl(panel, tabId), { timeout: 15_000 }).toMatch(/paper\.pdf#page=2$/);

    const popup = await browser.openPanel(tabId, 'popup');
    await popup.getByTestId('claim').first().waitFor({ timeout: 60_000 });
    expect(await popup.getByTestId('claim').first().textContent()).toMatch(/p\. \d/);
    await popup.setViewportSize({ width: 760, height: 600 });
    await popup.screenshot({ path: resolve(artifacts, 'popup-pdf.png') });
    await popup.close();
    await panel.close();
  });

  it('says so when a PDF is protected by a password', async () => {
    const { page, tabId } = await browser.openTab(`${server.origin}/fixtures/pdf/password.pdf`);
    await browser.clickAction(page);
    const panel = await browser.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('status').textContent(), { timeout: 60_000 }).toMatch(/protected by a password/);
    await panel.close();
  });
});
