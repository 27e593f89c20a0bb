/**
 * PDFs in a real firefox-esr (headless, over WebDriver BiDi) with the test variant of the Firefox build: a PDF shown
 * in Firefox's own viewer (pdf.js at the PDF's address) is fetched by the background and read by pdf.js in the
 * panel page, claims carry their pages, and a claim's click opens its page in the viewer (#page=N). A PDF at an
 * address without `.pdf` is known by the content type its site sends: Firefox lets no extension script into its
 * viewer, so the document cannot be asked. The toolbar click (activeTab) cannot be driven over BiDi: the test
 * variant has host access to 127.0.0.1 instead (wxt.test-config.ts).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../support/dom.ts';
import { FIREFOX, hasFirefox, launchFirefox, type BidiBrowser } from './bidi.ts';
import { buildFirefoxTestVariant } from './firefox-build.ts';
import { allContexts, evaluateIn, readPanel, waitForContext } from './panel-page.ts';

const ADDON_ID = 'precis@precis.invalid';
const ADDON_UUID = '5b1c3d2e-0f4a-4e6b-9c8d-7a6f5e4d3c2b';
const PANEL_PREFIX = `moz-extension://${ADDON_UUID}/sidepanel.html?tab=`;

if (!hasFirefox) console.warn(`skipped: ${FIREFOX} is missing (apt-get install -y firefox-esr)`);

describe.skipIf(!hasFirefox)('PDFs in Firefox (firefox-esr, WebDriver BiDi)', () => {
  let firefox: BidiBrowser;
  let site: Server;
  let origin: string;
  const panelsSeen = new Set<string>();

  beforeAll(async () => {
    const extensionDir = buildFirefoxTestVariant();
    const paper = readFileSync(resolve(fixturesDir, 'pdf/paper.pdf'));
    site = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path === '/paper.pdf' || path === '/download') response.writeHead(200, { 'content-type': 'application/pdf' }).end(paper);
      else response.writeHead(404).end('not found');
    });
    await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    firefox = await launchFirefox({ [ADDON_ID]: ADDON_UUID });
    await firefox.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
  });

  afterAll(async () => {
    await firefox?.close();
    await new Promise((done) => site?.close(done));
  });

  /** Opens `path` in a new tab (the test hook then opens the panel page for it); the panel's context. */
  async function openWithPanel(path: string): Promise<{ tab: string; panel: string }> {
    const { context: tab } = await firefox.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await firefox.send('browsingContext.navigate', { context: tab, url: `${origin}${path}${path.includes('?') ? '&' : '?'}precis-test=panel`, wait: 'complete' });
    const panel = await waitForContext(firefox, (url) => url.startsWith(PANEL_PREFIX) && !panelsSeen.has(url));
    panelsSeen.add(panel.url);
    return { tab, panel: panel.context };
  }

  it('reads a PDF shown in Firefox\'s viewer, with pages, and a claim\'s click opens its page there', async () => {
    const { tab, panel } = await openWithPanel('/paper.pdf');
    const shown = await readPanel(firefox, panel);
    expect(shown.status).toBe('');
    expect(shown.claims.length).toBeGreaterThan(3);
    for (const claim of shown.claims) expect(claim).toMatch(/p\. [12](?!\d)/);
    // The viewer's tab may finish loading twice (the panel then reads it again): click once the claim is there.
    await evaluateIn(
      firefox,
      panel,
      `new Promise((resolve) => {
        const poll = () => {
          const claim = [...document.querySelectorAll('[data-testid="claim"]')].find((el) => el.textContent.includes('p. 2'));
          if (claim) resolve((claim.querySelector('.claim-text').click(), 'clicked'));
          else setTimeout(poll, 100);
        };
        poll();
      })`,
    );
    let address = '';
    for (let attempt = 0; attempt < 75 && !address.endsWith('#page=2'); attempt++) {
      await new Promise((done) => setTimeout(done, 200));
      address = (await allContexts(firefox)).find((context) => context.context === tab)?.url ?? '';
    }
    expect(address).toMatch(/\/paper\.pdf\?precis-test=panel#page=2$/);
  });

  it('knows a PDF at an address without .pdf by the content type its site sends', async () => {
    const { panel } = await openWithPanel('/download?id=3');
    const shown = await readPanel(firefox, panel);
    expect(shown.status).toBe('');
    expect(shown.claims.join('\n')).toMatch(/gutter/);
    for (const claim of shown.claims) expect(claim).toMatch(/p\. \d/);
  });
});

describe.skipIf(!hasFirefox)('A PDF in Firefox without access to its site (firefox-esr, WebDriver BiDi)', () => {
  let firefox: BidiBrowser;
  let site: Server;
  let origin: string;

  beforeAll(async () => {
    const extensionDir = buildFirefoxTestVariant({ hostAccess: false });
    const paper = readFileSync(resolve(fixturesDir, 'pdf/paper.pdf'));
    site = createServer((_request, response) => void response.writeHead(200, { 'content-type': 'application/pdf' }).end(paper));
    await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    // A headless browser cannot answer the permission prompt: this preference answers "Allow" for the user.
    firefox = await launchFirefox({ [ADDON_ID]: ADDON_UUID }, { 'extensions.webextOptionalPermissionPrompts': false });
    await firefox.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });
  });

  afterAll(async () => {
    await firefox?.close();
    await new Promise((done) => site?.close(done));
  });

  it('says which site to allow, and reads the PDF once the user allows it', async () => {
    const [tab] = await allContexts(firefox);
    await firefox.send('browsingContext.navigate', { context: tab!.context, url: `${origin}/paper.pdf?precis-test=panel`, wait: 'complete' });
    const panel = (await waitForContext(firefox, (url) => url.startsWith(PANEL_PREFIX))).context;
    const first = await readPanel(firefox, panel);
    expect(first.claims).toEqual([]);
    expect(first.status).toMatch(/only with access to 127\.0\.0\.1/);
    // The user's click on "Allow and read the PDF": a real pointer click, which Firefox counts as user input.
    const box = JSON.parse(await evaluateIn(firefox, panel, `JSON.stringify(document.querySelector('[data-testid="allow-site"]').getBoundingClientRect())`)) as DOMRect;
    await firefox.send('browsingContext.activate', { context: panel });
    const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await firefox.send('input.performActions', {
      context: panel,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', x, y },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    // The status stays until the permission is in; then the reading starts afresh.
    await evaluateIn(
      firefox,
      panel,
      `new Promise((resolve) => { const poll = () => (document.querySelector('[data-testid="allow-site"]') ? setTimeout(poll, 100) : resolve('gone')); poll(); })`,
    );
    const second = await readPanel(firefox, panel);
    expect(second.status).toBe('');
    expect(second.claims.length).toBeGreaterThan(3);
    for (const claim of second.claims) expect(claim).toMatch(/p\. [12](?!\d)/);
  });
});
