/**
 * The Firefox build in a real firefox-esr (headless, driven over WebDriver BiDi): install the test variant
 * (wxt.test-config.ts), open the reference article with the `precis-test=panel` marker so the extension opens
 * its panel page for that tab, and read the claims and the FAQ from that page. Skipped when firefox-esr is not
 * installed. Screenshot: tests/e2e/artifacts/firefox-panel.png.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot } from '../support/dom.ts';
import { serveFolders, type StaticServer } from '../e2e/support/static-server.ts';
import { FIREFOX, hasFirefox, launchFirefox, type BidiBrowser } from './bidi.ts';
import { buildFirefox, buildFirefoxTestVariant } from './firefox-build.ts';
import { allContexts, readPanel, waitForContext, type PanelText } from './panel-page.ts';

const ADDON_ID = 'precis@precis.invalid';
/** Pinned in the profile, so the panel page's address is known in advance. */
const ADDON_UUID = '5b1c3d2e-0f4a-4e6b-9c8d-7a6f5e4d3c2b';
const PANEL_URL = `moz-extension://${ADDON_UUID}/sidepanel.html?tab=`;
const artifacts = resolve(repoRoot, 'tests/e2e/artifacts');

if (!hasFirefox) console.warn(`skipped: ${FIREFOX} is missing (apt-get install -y firefox-esr)`);

describe.skipIf(!hasFirefox)('Precis in Firefox (firefox-esr, WebDriver BiDi)', () => {
  let firefox: BidiBrowser;
  let server: StaticServer;
  let panelContext: string;
  let panel: PanelText;

  beforeAll(async () => {
    const extensionDir = buildFirefoxTestVariant();
    server = await serveFolders({ fixtures: fixturesDir });
    firefox = await launchFirefox({ [ADDON_ID]: ADDON_UUID });
    await firefox.send('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });

    const [tab] = await allContexts(firefox);
    if (!tab) throw new Error('Firefox opened no tab.');
    const started = performance.now();
    await firefox.send('browsingContext.navigate', {
      context: tab.context,
      url: `${server.origin}/fixtures/deepseek-article.html?precis-test=panel`,
      wait: 'interactive',
    });
    panelContext = (await waitForContext(firefox, (url) => url.startsWith(PANEL_URL))).context;
    panel = await readPanel(firefox, panelContext, { withFaq: true });
    console.info(`Firefox: article opened → claims and FAQ shown in the panel page: ${Math.round(performance.now() - started)} ms`);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('shows key claims on the reference article', () => {
    expect(panel.status).toBe('');
    expect(panel.claims.length).toBeGreaterThanOrEqual(3);
    expect(panel.claims.join('\n')).toMatch(/export control/i);
  });

  it('shows the four FAQ questions', () => {
    expect(panel.questions).toHaveLength(4);
    expect(panel.questions[0]).toMatch(/approach to AI research/);
    expect(panel.questions[3]).toMatch(/future outlook for DeepSeek/);
  });

  it('takes a screenshot of the panel page', async () => {
    const { data } = await firefox.send<{ data: string }>('browsingContext.captureScreenshot', { context: panelContext });
    mkdirSync(artifacts, { recursive: true });
    const file = resolve(artifacts, 'firefox-panel.png');
    writeFileSync(file, Buffer.from(data, 'base64'));
    expect(statSync(file).size).toBeGreaterThan(10_000);
  });

  it('ships none of the test hook in the production build', () => {
    const production = buildFirefox();
    const leaks = filesUnder(production).filter((file) => /precis-test|sidepanel\.html\?tab=/.test(readFileSync(file, 'utf8')));
    expect(leaks).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(production, 'manifest.json'), 'utf8')) as { permissions: string[] };
    expect(manifest.permissions.filter((permission) => permission.includes('://'))).toEqual([]);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
