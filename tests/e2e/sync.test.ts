/**
 * Sync end to end: two real Chromium profiles (two "devices") with the built extension sync through a real
 * WebDAV server (Apache mod_dav on 127.0.0.1). A highlight saved on A appears, painted, on B; notes edited on
 * both for different highlights both survive; a delete on A wins over an older edit on B, and an edit on B newer
 * than a delete on A brings the highlight back. Everything is done through the Sync section and the highlights
 * list of the side panel, as a user would.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, repoRoot } from '../support/dom.ts';
import { WebDavServer, webdavMissing } from '../support/webdav-server.ts';
import { BUILT_EXTENSION, CHROMIUM, hasChromium, launchWithExtension, type ExtensionBrowser } from './support/extension-browser.ts';
import { serveFolders, type StaticServer } from './support/static-server.ts';

const TEST_BUILD = resolve(repoRoot, '.output/chrome-mv3-test');
const MARK = '[data-precis-highlight]';
const PASSPHRASE = 'two devices, one passphrase';

if (!hasChromium) console.warn(`sync.test.ts skipped: ${CHROMIUM} is missing (apt-get install -y chromium; CI installs it)`);
if (webdavMissing) console.warn(`sync.test.ts ${webdavMissing}`);

interface Device {
  browser: ExtensionBrowser;
  article: Page;
  tabId: number;
  panel: Page;
}

describe.skipIf(!hasChromium || webdavMissing !== null)('Sync between two Chromium profiles through a real WebDAV server', () => {
  let dav: WebDavServer;
  let pages: StaticServer;
  let a: Device;
  let b: Device;

  beforeAll(async () => {
    execFileSync(resolve(repoRoot, 'node_modules/.bin/wxt'), ['build', '--mode', 'test', '-c', 'tests/e2e/support/wxt.sync-test-config.ts'], {
      cwd: repoRoot,
      stdio: 'pipe',
      timeout: 120_000,
    });
    dav = await WebDavServer.start();
    pages = await serveFolders({ fixtures: fixturesDir });
    a = await openDevice();
    b = await openDevice();
  });
  afterAll(async () => {
    await a?.browser.close();
    await b?.browser.close();
    await pages?.close();
    await dav?.stop();
  });

  async function openDevice(): Promise<Device> {
    const browser = await launchWithExtension(TEST_BUILD);
    const { page: article, tabId } = await browser.openTab(`${pages.origin}/fixtures/deepseek-article.html`);
    await browser.clickAction(article);
    const panel = await browser.openPanel(tabId);
    await panel.getByTestId('claim').first().waitFor({ timeout: 60_000 });
    return { browser, article, tabId, panel };
  }

  async function switchSyncOn(device: Device): Promise<void> {
    const { panel } = device;
    await panel.getByRole('tab', { name: 'Highlights' }).click();
    await panel.getByLabel('Server address (WebDAV folder)').fill(dav.url);
    await panel.getByLabel('User name').fill(dav.username);
    await panel.getByLabel('App password').fill(dav.password);
    await panel.getByLabel('Encryption passphrase').fill(PASSPHRASE);
    await panel.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => panel.locator('.sync-message').textContent(), { timeout: 30_000 }).toMatch(/^Connected\./);
    // The switch follows the saved setting, which changes once the browser has granted access and the settings are kept.
    await panel.getByLabel('Sync highlights').click();
    await expect.poll(() => panel.getByTestId('sync-status').textContent(), { timeout: 30_000 }).toMatch(/Last synced just now\. Everything is up to date\./);
  }

  async function syncNow(device: Device): Promise<void> {
    const { panel } = device;
    // "Sync now" lives in the Highlights tab; a save from the Claims tab leaves the panel there.
    await showHighlights(device);
    const before = await lastSync(device);
    await expect.poll(() => panel.getByRole('button', { name: 'Sync now' }).isEnabled(), { timeout: 30_000 }).toBe(true);
    await panel.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => lastSync(device), { timeout: 30_000 }).not.toBe(before);
    await expect.poll(() => panel.getByTestId('sync-status').textContent(), { timeout: 30_000 }).toMatch(/Everything is up to date\./);
  }

  async function lastSync(device: Device): Promise<string | null> {
    const worker = device.browser.context.serviceWorkers()[0]!;
    const all = (await worker.evaluate(() => chrome.storage.local.get(null))) as { 'sync-state'?: { lastSync: string | null } };
    return all['sync-state']?.lastSync ?? null;
  }

  /** The highlights in a profile's storage: id → note. */
  async function stored(device: Device): Promise<Record<string, string>> {
    const worker = device.browser.context.serviceWorkers()[0]!;
    const all = (await worker.evaluate(() => chrome.storage.local.get(null))) as Record<string, { id: string; note: string }>;
    return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('hl:')).map(([, h]) => [h.id, h.note]));
  }

  function item(device: Device, text: string) {
    return device.panel.getByTestId('highlight').filter({ hasText: text });
  }

  /** The panel's Highlights tab (a page load in the tab can bring the panel back to its first tab). */
  async function showHighlights(device: Device): Promise<void> {
    const tab = device.panel.getByRole('tab', { name: 'Highlights' });
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  }

  async function remove(device: Device, text: string): Promise<void> {
    await showHighlights(device);
    await item(device, text).getByRole('button', { name: /^Delete highlight/ }).click();
    await expect.poll(() => item(device, text).count(), { timeout: 10_000 }).toBe(0);
  }

  async function editNote(device: Device, text: string, note: string): Promise<void> {
    await showHighlights(device);
    const entry = item(device, text);
    await entry.getByRole('button', { name: /Add note|Edit note/ }).click();
    await entry.getByLabel('Note').fill(note);
    await entry.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => entry.locator('.hl-note').textContent().catch(() => ''), { timeout: 10_000 }).toContain(note);
  }

  it('keeps the production manifest to today’s permissions plus alarms, with the server’s origin optional', () => {
    const manifest = JSON.parse(readFileSync(resolve(BUILT_EXTENSION, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'scripting', 'sidePanel', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
    // Sync lives in the background alone: no content script carries any of it.
    const folder = resolve(BUILT_EXTENSION, 'content-scripts');
    const scripts = readdirSync(folder).filter((name) => name.endsWith('.js')).map((name) => readFileSync(resolve(folder, name), 'utf8'));
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    expect(readFileSync(resolve(BUILT_EXTENSION, 'background.js'), 'utf8')).toContain('PBKDF2');
    for (const script of scripts) for (const marker of ['PBKDF2', 'PROPFIND', 'keys.json']) expect(script).not.toContain(marker);
  });

  it('brings a highlight saved on A to B, painted in B’s page', async () => {
    // Two claims saved on A before sync is on: the first sync sends them.
    const claims = a.panel.getByTestId('claim');
    for (const n of [0, 1]) {
      await claims.nth(n).getByTestId('save-claim').click();
      await expect.poll(() => a.article.locator(MARK).count(), { timeout: 15_000 }).toBeGreaterThan(n);
    }
    await switchSyncOn(a);
    expect(await b.article.locator(MARK).count()).toBe(0);
    await switchSyncOn(b);
    expect(Object.keys(await stored(b)).sort()).toEqual(Object.keys(await stored(a)).sort());
    // B opens the page again and Precis on it: the synced highlights are painted there.
    await b.browser.closeActionPopup();
    await b.article.reload({ waitUntil: 'load' });
    await b.browser.clickAction(b.article);
    await expect.poll(() => b.article.locator(MARK).count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const paintedOnA = await a.article.locator(MARK).evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-precis-highlight')))].sort());
    const paintedOnB = await b.article.locator(MARK).evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-precis-highlight')))].sort());
    expect(paintedOnB).toEqual(paintedOnA);
    await b.browser.closeActionPopup();
    await expect.poll(() => b.panel.getByTestId('highlight').count(), { timeout: 15_000 }).toBe(2);
  });

  it('repaints a highlight that arrives, or is deleted, in B’s page where Precis already runs, without a reload', async () => {
    const ids = (device: Device) =>
      device.article.locator(MARK).evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-precis-highlight')))].sort());
    const before = await ids(b);
    expect(before).toHaveLength(2);
    await a.panel.getByRole('tab', { name: /^Claims/ }).click();
    await a.panel.getByTestId('claim').nth(2).getByTestId('save-claim').click();
    await expect.poll(() => ids(a), { timeout: 15_000 }).toHaveLength(3);
    const [added] = (await ids(a)).filter((id) => !before.includes(id));
    await syncNow(a);
    await syncNow(b);
    // No reload and no click on B: the highlighter already in the page paints what the sync brought.
    await expect.poll(() => ids(b), { timeout: 15_000 }).toEqual(await ids(a));
    expect(await ids(b)).toContain(added);
    // And a delete on A is taken off B's page the same way.
    await remove(a, (await b.article.locator(`[data-precis-highlight="${added}"]`).allTextContents()).join('').slice(0, 30));
    await syncNow(a);
    await syncNow(b);
    await expect.poll(() => ids(b), { timeout: 15_000 }).toEqual(before);
  });

  it('asks for the app password, then the passphrase, again in place when the server or the folder refuses them', async () => {
    const worker = b.browser.context.serviceWorkers()[0]!;
    const corrupt = (field: 'password' | 'passphrase') =>
      worker.evaluate(async (name) => {
        const { 'sync-settings': settings } = (await chrome.storage.local.get('sync-settings')) as { 'sync-settings': Record<string, unknown> };
        await chrome.storage.local.set({ 'sync-settings': { ...settings, [name]: 'changed elsewhere, long enough' } });
      }, field);
    const localBefore = await stored(b);
    const remoteBefore = dav.files().map((file) => file.path).sort();
    await showHighlights(b);
    for (const [field, refused, right] of [
      ['password', /refused the user name or app password/, dav.password],
      ['passphrase', /passphrase/i, PASSPHRASE],
    ] as const) {
      await corrupt(field);
      await b.panel.getByRole('button', { name: 'Sync now' }).click();
      await expect.poll(() => b.panel.getByTestId('sync-status').textContent(), { timeout: 30_000 }).toMatch(refused);
      // The main fields stay locked while sync is on; the prompt under the status asks for this one secret.
      const input = b.panel.locator('#sync-reenter-input');
      await input.waitFor({ timeout: 10_000 });
      expect(await b.panel.getByTestId('sync-reenter').textContent()).toContain(field === 'password' ? 'app password' : 'passphrase');
      expect(await stored(b)).toEqual(localBefore);
      await input.fill(right);
      await input.press('Enter');
      await expect.poll(() => b.panel.getByTestId('sync-status').textContent(), { timeout: 30_000 }).toMatch(/Everything is up to date\./);
      expect(await b.panel.getByTestId('sync-reenter').count()).toBe(0);
    }
    // Nothing was lost here or written over on the server.
    expect(await stored(b)).toEqual(localBefore);
    expect(dav.files().map((file) => file.path).sort()).toEqual(expect.arrayContaining(remoteBefore));
  });

  it('keeps notes edited on both devices for different highlights', async () => {
    const [first, second] = await texts(a);
    await editNote(a, first!, 'Note written on A');
    await editNote(b, second!, 'Note written on B');
    await syncNow(a);
    await syncNow(b);
    await syncNow(a);
    const notesA = Object.values(await stored(a)).sort();
    expect(notesA).toEqual(['Note written on A', 'Note written on B']);
    expect(Object.values(await stored(b)).sort()).toEqual(notesA);
  });

  it('lets a delete on A win over an older edit on B', async () => {
    const [first] = await texts(a);
    await editNote(b, first!, 'Older edit on B');
    await remove(a, first!);
    await syncNow(b);
    await syncNow(a);
    await syncNow(b);
    expect(Object.keys(await stored(a))).toHaveLength(1);
    expect(await stored(b)).toEqual(await stored(a));
    await expect.poll(() => item(b, first!).count(), { timeout: 15_000 }).toBe(0);
  });

  it('lets an edit on B newer than a delete on A bring the highlight back', async () => {
    const [remaining] = await texts(b);
    await remove(a, remaining!);
    // A's delete is sent; B has not synced since, and edits the highlight afterwards.
    await syncNow(a);
    await editNote(b, remaining!, 'Newer edit on B');
    await syncNow(b);
    await syncNow(a);
    expect(Object.values(await stored(a))).toEqual(['Newer edit on B']);
    expect(await stored(b)).toEqual(await stored(a));
  });

  it('stores nothing readable on the server', () => {
    const files = dav.files();
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const text = file.bytes.toString('latin1');
      for (const canary of ['Note written on', 'Newer edit on B', 'deepseek', '127.0.0.1', 'DeepSeek']) expect(text).not.toContain(canary);
    }
  });

  async function texts(device: Device): Promise<string[]> {
    await showHighlights(device);
    return device.panel.getByTestId('highlight').locator('.hl-quote').allTextContents();
  }
});

declare const chrome: { storage: { local: { get(keys: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } };
