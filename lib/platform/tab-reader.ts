/**
 * The background's side of "summarize this tab": decide from the address whether the tab can be read, inject
 * the content script on demand (once), ask it for the analysis and check the page did not move on meanwhile.
 */
import { browser } from 'wxt/browser';
import { classifyPageUrl, describeInjectionError, type AccessContext } from '../page-access.ts';
import type { TextQuoteSelector } from '../types.ts';
import { callContent } from './messaging.ts';
import { fail, ok, type Result, type TabAnalysis } from './protocol.ts';
import { isContentAnalysis } from './shapes.ts';

/** The content script's bundle, as WXT names it for `entrypoints/precis.content/`. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/precis.js';

/** The popup and a side panel often ask for the same tab at once: they share one run of the engine. */
const pendingAnalyses = new Map<string, Promise<Result<TabAnalysis>>>();

export function analyzeTab(tabId: number, force: boolean): Promise<Result<TabAnalysis>> {
  const key = `${tabId}:${force}`;
  const pending = pendingAnalyses.get(key);
  if (pending) return pending;
  const analysis = readTab(tabId, force).finally(() => pendingAnalyses.delete(key));
  pendingAnalyses.set(key, analysis);
  return analysis;
}

async function readTab(tabId: number, force: boolean): Promise<Result<TabAnalysis>> {
  const before = await tabUrl(tabId);
  if (!before.ok) return before;

  const access = classifyPageUrl(before.value, await accessContext());
  if (!access.ok) return fail(access.code, access.message);

  const ready = await ensureContentScript(tabId);
  if (!ready.ok) return ready;

  const reply = await callContent(tabId, 'analyze', { force });
  // A page that navigates away takes its content script along, which reaches us as no answer at all: the
  // address says which of the two happened.
  if (!reply.ok) return (await movedOn(tabId, before.value)) ?? reply;
  if (!isContentAnalysis(reply.value)) return fail('failed', 'The page answered with something that is not an analysis.');
  const { url, outcome } = reply.value;
  if (!outcome.ok) return fail(outcome.reason, outcome.message);
  return (await movedOn(tabId, url)) ?? ok({ tabId, analysis: outcome.analysis });
}

/**
 * A `navigated` failure when the tab no longer shows `url`; null while it still does (or cannot tell). An
 * address that was visible and now is hidden counts as moved on: activeTab's grant ends with the page it was for.
 */
async function movedOn(tabId: number, url: string | undefined): Promise<Result<never> | null> {
  if (url === undefined) return null;
  const now = await tabUrl(tabId);
  if (!now.ok) return now;
  if (now.value !== undefined && withoutHash(now.value) === withoutHash(url)) return null;
  return fail('navigated', 'The tab moved on to another page while Precis was reading it. Try again.');
}

/** Scroll the tab to a sentence and flash it; the script may be gone after a reload, so inject again if needed. */
export async function revealInTab(tabId: number, quote: TextQuoteSelector): Promise<Result<null>> {
  const ready = await ensureContentScript(tabId);
  if (!ready.ok) return ready;
  return callContent(tabId, 'revealQuote', { quote });
}

/** One injection per tab at a time: the popup and the panel may ask for the same tab together. */
const pendingInjections = new Map<number, Promise<Result<null>>>();

/** Make sure the tab's top frame runs the content script (needs activeTab or a host permission for it). */
export function ensureContentScript(tabId: number): Promise<Result<null>> {
  const pending = pendingInjections.get(tabId);
  if (pending) return pending;
  const injection = injectUnlessPresent(tabId).finally(() => pendingInjections.delete(tabId));
  pendingInjections.set(tabId, injection);
  return injection;
}

/**
 * A ping finds a script injected earlier (same page, still listening); only when none answers is the file
 * injected, because a second copy would replace the first and lose its state.
 */
async function injectUnlessPresent(tabId: number): Promise<Result<null>> {
  const ping = await callContent(tabId, 'ping', null);
  if (ping.ok) return ok(null);
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CONTENT_SCRIPT_FILE] });
    return ok(null);
  } catch (error) {
    const problem = describeInjectionError(error);
    return fail(problem.code, problem.message);
  }
}

/** The tab's address; `undefined` when the browser hides it because the tab was not granted to us. */
async function tabUrl(tabId: number): Promise<Result<string | undefined>> {
  try {
    const tab = await browser.tabs.get(tabId);
    return ok(tab.url || tab.pendingUrl || undefined);
  } catch (error) {
    // `tabs.get` fails for one reason in practice: the tab no longer exists.
    const problem = describeInjectionError(error);
    return problem.code === 'failed' ? fail('tab-gone', 'That tab was closed.') : fail(problem.code, problem.message);
  }
}

async function accessContext(): Promise<AccessContext> {
  if (import.meta.env.FIREFOX) return { browser: 'firefox', fileAccessAllowed: true };
  let fileAccessAllowed = false;
  try {
    fileAccessAllowed = await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    // Unknown means no: a file:// tab then gets the message that says how to switch access on.
  }
  return { browser: 'chrome', fileAccessAllowed };
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
