/**
 * Chromium with the built extension loaded and pinned to the toolbar, driven as a reader would: a real toolbar click
 * (CDP `Extensions.triggerAction`, which grants activeTab), then the side panel page opened as an ordinary tab for
 * that tab (`sidepanel.html?tab=ID`, the testing contract). Recipe: ../shared/docs/TOOLCHAIN.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { repoRoot } from '../../support/dom.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** Debian's Chromium is the only browser these tests can use (no browser downloads here); CI installs it. */
export const hasChromium = existsSync(CHROMIUM);
/** The production Chrome build that `npm run test:e2e` makes before running these tests. */
export const BUILT_EXTENSION = resolve(repoRoot, '.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Open `url` in a new tab made by the extension's own `tabs.create`, so its tab id is known. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /**
   * Click the toolbar button for the tab shown in `page` (opens the popup, grants activeTab); resolves to the
   * moment of the click (`Date.now()`), taken after the tab's target is found. A popup left open by an earlier
   * click is closed first: headless Chromium keeps it open, and it must not be mistaken for the one this click opens.
   */
  clickAction(page: Page): Promise<number>;
  /** Every target Chromium knows (tabs, pages, the real side panel, service workers). */
  targets(): Promise<TargetInfo[]>;
  /**
   * The side panel app as a page, pinned to a tab: a new tab in the same window, or (`window: true`) a window of
   * its own, which leaves the article's tab visible as a real popup or side panel does.
   */
  openPanel(tabId: number, entry?: 'sidepanel' | 'popup', options?: { window?: boolean }): Promise<Page>;
  /**
   * Evaluate an expression (awaiting a promise it gives) in the real popup a toolbar click opened. Playwright does
   * not list the action popup among its pages, so this goes over CDP to the popup's target.
   */
  evaluateInActionPopup<T>(expression: string): Promise<T>;
  /** Close the toolbar popup if one is open (headless Chromium keeps it open where a real one closes on blur). */
  closeActionPopup(): Promise<void>;
  close(): Promise<void>;
}

export async function launchWithExtension(extensionDir = BUILT_EXTENSION): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} is missing: run \`npm run test:e2e\`, which builds the extension first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'precis-e2e-'));
  const expectedId = pinToToolbar(profile, extensionDir);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1100, height: 800 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Saved pages reference external hosts; without a network those requests stall `load`.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (extensionId !== expectedId) {
    await context.close();
    throw new Error(`Chromium gave the extension the id ${extensionId}, not ${expectedId}: it cannot have been pinned.`);
  }
  const browser = context.browser();
  if (!browser) throw new Error('Chromium did not expose a browser-level CDP session.');
  const cdp: CDPSession = await browser.newBrowserCDPSession();

  return {
    context,
    extensionId,
    openTab: (url) => openTab(context, worker, url),
    targets: async () => ((await cdp.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: TargetInfo[] }).targetInfos,
    clickAction: async (page) => {
      await closeActionPopup(cdp, extensionId);
      const targetId = await tabTargetOf(cdp, page);
      const clicked = Date.now();
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId } as never);
      return clicked;
    },
    openPanel: async (tabId, entry = 'sidepanel', options = {}) => {
      const url = `chrome-extension://${extensionId}/${entry}.html?tab=${tabId}`;
      if (options.window) {
        const opened = context.waitForEvent('page', { predicate: (page) => page.url() === url });
        await worker.evaluate((address) => chrome.windows.create({ url: address, focused: false, width: 780, height: 600 }), url);
        return opened;
      }
      const panel = await context.newPage();
      await panel.goto(url);
      return panel;
    },
    evaluateInActionPopup: (expression) => evaluateInActionPopup(cdp, extensionId, expression),
    closeActionPopup: () => closeActionPopup(cdp, extensionId),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Pin the extension to the toolbar in a new profile, as a reader who uses its button has: Chromium opens the popup
 * of an unpinned extension only after sliding its icon into the toolbar, which would add that animation to every
 * timing. An unpacked extension's id is derived from its absolute path (the first 32 hex digits of its SHA-256,
 * written with the letters a–p); returns that id.
 */
function pinToToolbar(profile: string, extensionDir: string): string {
  const hex = createHash('sha256').update(realpathSync(extensionDir)).digest('hex').slice(0, 32);
  const id = [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: [id] } }));
  return id;
}

/** `triggerAction` wants the tab target (not the page target Playwright knows); the two share the tab's URL. */
async function tabTargetOf(cdp: CDPSession, page: Page): Promise<string> {
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: TargetInfo[] };
  const tabs = targetInfos.filter((target) => target.type === 'tab' && target.url === page.url());
  if (tabs.length !== 1) throw new Error(`Expected one tab showing ${page.url()}, found ${tabs.length}.`);
  return tabs[0]!.targetId;
}

/** The toolbar popup's target, if one is open. */
async function findActionPopup(cdp: CDPSession, extensionId: string): Promise<TargetInfo | undefined> {
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: TargetInfo[] };
  // Chrome's toolbar popup names its tab (`popup.html?tab=N&toolbar`); Firefox-style manifest popups do not.
  return targetInfos.find(
    (target) => target.type === 'page' && (target.url === popupUrl || (target.url.startsWith(`${popupUrl}?`) && new URL(target.url).searchParams.has('toolbar'))),
  );
}

/** Checks `check` every `everyMs` until it gives something, for up to 10 s; undefined if it never does. */
async function poll<T>(check: () => Promise<T | undefined>, everyMs: number): Promise<T | undefined> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, everyMs))) {
    const found = await check();
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Close the toolbar popup if one is open, and wait until Chromium no longer lists it. */
async function closeActionPopup(cdp: CDPSession, extensionId: string): Promise<void> {
  const closed = await poll(async () => {
    const popup = await findActionPopup(cdp, extensionId);
    if (!popup) return true;
    await cdp.send('Target.closeTarget' as never, { targetId: popup.targetId } as never).catch(() => undefined);
    return undefined;
  }, 20);
  if (!closed) throw new Error('The toolbar popup did not close within 10 s.');
}

/** How long the popup gets to answer an evaluation: far beyond any timing, short of the test's own timeout. */
const POPUP_ANSWER_MS = 30_000;

async function evaluateInActionPopup<T>(cdp: CDPSession, extensionId: string, expression: string): Promise<T> {
  const popup = await poll(() => findActionPopup(cdp, extensionId), 10);
  if (!popup) throw new Error('The toolbar click opened no popup.');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false } as never)) as { sessionId: string };
  let lastId = 0;
  const evaluate = <V>(source: string, withinMs: number) =>
    evaluateInSession<V>(cdp, sessionId, ++lastId, source, withinMs);
  try {
    return await evaluate<T>(expression, POPUP_ANSWER_MS);
  } catch (error) {
    // Say what the popup shows, so a failure reads as the reader would see it.
    const shown = await evaluate<string>('document.body.innerText.slice(0, 300)', 2_000).catch(() => '(unreadable)');
    throw new Error(`In the toolbar popup: ${(error as Error).message}. It shows: ${JSON.stringify(shown)}`);
  } finally {
    await cdp.send('Target.detachFromTarget' as never, { sessionId } as never).catch(() => undefined);
  }
}

/**
 * `Runtime.evaluate` (awaiting a promise the expression gives) in the target a browser-level session is attached
 * to. Such a session reaches its target through Target.sendMessageToTarget (Playwright's own sessions are per
 * page); the reply comes back as an event carrying the request's `id`. A target that closes, or never reaches what
 * the expression waits for, fails the call instead of leaving it pending.
 */
function evaluateInSession<V>(cdp: CDPSession, sessionId: string, id: number, expression: string, withinMs: number): Promise<V> {
  return new Promise<V>((resolve, reject) => {
    const done = (settle: () => void) => {
      clearTimeout(timer);
      cdp.off('Target.receivedMessageFromTarget' as never, onMessage as never);
      cdp.off('Target.detachedFromTarget' as never, onDetached as never);
      settle();
    };
    const timer = setTimeout(() => done(() => reject(new Error(`no answer within ${withinMs} ms`))), withinMs);
    const onDetached = (event: { sessionId: string }) => {
      if (event.sessionId === sessionId) done(() => reject(new Error('the popup closed before it answered')));
    };
    const onMessage = (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: V }; exceptionDetails?: unknown }; error?: unknown };
      if (message.id !== id) return;
      if (message.error || message.result?.exceptionDetails) {
        done(() => reject(new Error(JSON.stringify(message.error ?? message.result?.exceptionDetails))));
      } else done(() => resolve(message.result?.result?.value as V));
    };
    cdp.on('Target.receivedMessageFromTarget' as never, onMessage as never);
    cdp.on('Target.detachedFromTarget' as never, onDetached as never);
    const request = { id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } };
    cdp.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify(request) } as never).catch((error: unknown) => done(() => reject(error)));
  });
}

async function openTab(context: BrowserContext, worker: Worker, url: string): Promise<{ page: Page; tabId: number }> {
  const opened = context.waitForEvent('page', { predicate: (page) => page.url() === url || page.url() === 'about:blank' });
  const tabId = await worker.evaluate(async (address) => {
    const tab = await chrome.tabs.create({ url: address, active: true });
    return tab.id ?? -1;
  }, url);
  const page = await opened;
  await page.waitForLoadState('load').catch(() => undefined);
  return { page, tabId };
}

declare const chrome: {
  tabs: { create(options: { url: string; active: boolean }): Promise<{ id?: number }> };
  windows: { create(options: { url: string; focused: boolean; width: number; height: number }): Promise<unknown> };
};
