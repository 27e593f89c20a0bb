/**
 * The background's side of "summarize this tab": decide from the address whether the tab can be read, inject
 * the reader (the analysing content script) on demand, ask it to read the page, check the page did not move on
 * meanwhile, and choose the claims of what it read.
 */
import { browser } from 'wxt/browser';
import { classifyPageUrl, describeInjectionError, type AccessContext } from '../../page-access.ts';
import type { TextQuoteSelector } from '../../types.ts';
import { callReader, callHighlighter } from '../wire/messaging.ts';
import { ensureHighlighter, ensureReader } from './inject-page-scripts.ts';
import { withoutHash } from './analysis-cache.ts';
import { fail, ok, type Result, type TabAnalysis } from '../wire/protocol.ts';
import { isReaderReading } from '../wire/shapes.ts';
import { summarizeArticle } from '../../analyze-article.ts';
import { failedToRead } from '../../read-article.ts';

/** One reading of the tab by the engine; the background's analysis cache (analysis-cache.ts) decides when. */
export async function analyzeTab(tabId: number, force: boolean): Promise<Result<TabAnalysis>> {
  const before = await tabUrl(tabId);
  if (!before.ok) return before;

  const access = classifyPageUrl(before.value, await accessContext(before.value));
  if (!access.ok) return fail(access.code, access.message);

  const ready = await ensureReader(tabId, before.value);
  if (!ready.ok) return ready;

  const reply = await callReader(tabId, 'read', { force });
  // A page that navigates away takes its content script along, which reaches us as no answer at all: the
  // address says which of the two happened.
  if (!reply.ok) return (await movedOn(tabId, before.value)) ?? reply;
  if (!isReaderReading(reply.value)) return fail('failed', 'The page answered with something that is not an article.');
  const { url, outcome } = reply.value;
  if (!outcome.ok) return fail(outcome.reason, outcome.message);
  const moved = await movedOn(tabId, url);
  if (moved) return moved;
  try {
    return ok({ tabId, analysis: summarizeArticle(outcome.article) });
  } catch (error) {
    const failed = failedToRead(error);
    return fail(failed.reason, failed.message);
  }
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
  const ready = await ensureHighlighter(tabId);
  if (!ready.ok) return ready;
  return callHighlighter(tabId, 'revealQuote', { quote });
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

/** The tab's address, or undefined when the browser hides it or the tab is gone. */
export async function tabAddress(tabId: number): Promise<string | undefined> {
  const url = await tabUrl(tabId);
  return url.ok ? url.value : undefined;
}

/** What the address's verdict depends on. Only a file: address needs the browser asked, a wait on every click. */
async function accessContext(url: string | undefined): Promise<AccessContext> {
  if (import.meta.env.FIREFOX) return { browser: 'firefox', fileAccessAllowed: true };
  if (!url?.trim().toLowerCase().startsWith('file:')) return { browser: 'chrome', fileAccessAllowed: false };
  let fileAccessAllowed = false;
  try {
    fileAccessAllowed = await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    // Unknown means no: a file:// tab then gets the message that says how to switch access on.
  }
  return { browser: 'chrome', fileAccessAllowed };
}
