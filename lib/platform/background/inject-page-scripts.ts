/**
 * The two content scripts Precis puts in a tab, each only when it is needed (activeTab + scripting) and once per
 * page: the reader, which analyses the page, and the highlighter, which finds, paints and scrolls to passages. They
 * are two so that the first analysis of a page waits only for the engine's code.
 */
import { browser } from 'wxt/browser';
import { describeInjectionError } from '../../page-access.ts';
import { callReader, callHighlighter } from '../wire/messaging.ts';
import { fail, ok, type Result } from '../wire/protocol.ts';
import { CONTENT_SCRIPT_BUNDLES } from '../wire/bundles.ts';
import { joinOrStart } from './shared-runs.ts';

export type PageScript = 'reader' | 'highlighter';

/** The two bundles, from the extension's root as `scripting.executeScript` takes them. */
export const PAGE_SCRIPT_FILES = {
  reader: `/${CONTENT_SCRIPT_BUNDLES.reader}`,
  highlighter: `/${CONTENT_SCRIPT_BUNDLES.highlighter}`,
} as const satisfies Record<PageScript, string>;

const pings: Readonly<Record<PageScript, (tabId: number) => Promise<Result<unknown>>>> = {
  reader: (tabId) => callReader(tabId, 'ping', null),
  highlighter: (tabId) => callHighlighter(tabId, 'ping', null),
};

/**
 * Per tab, the address of the page this worker last put the reader in (or heard it from). The reader holds nothing
 * between requests, so a fresh copy may take over from one already in the page (content-world.ts); the highlighter
 * holds the highlights it painted, which a new copy would lose, so it is always asked for first.
 */
const readerPages = new Map<number, string>();

/** One injection per tab and script at a time: the popup and the panel may ask for the same tab together. */
const pendingInjections = new Map<string, Promise<Result<null>>>();

/**
 * Make sure the tab's top frame runs the reader (needs activeTab or a host permission for the tab). `pageUrl`: the
 * tab's address, when the caller knows it. The reader is asked for only on the page this worker last put it in: on
 * any other page (the first click on it) the ask could only fail, and it would hold up the analysis while the popup
 * opens. When a copy was there after all (a single-page app moved on, this worker restarted), the new copy takes
 * over from it.
 */
export function ensureReader(tabId: number, pageUrl: string | undefined): Promise<Result<null>> {
  return joinOrStart(pendingInjections, `${tabId}:reader`, async () => {
    // The browser shows us the address of a tab only once it is granted, so a known address means a refusal can
    // only be the grant still on its way to the page.
    const granted = pageUrl !== undefined;
    const known = granted && readerPages.get(tabId) === pageUrl;
    const ready = known ? await injectUnlessPresent(tabId, 'reader', granted) : await inject(tabId, 'reader', granted);
    if (ready.ok && pageUrl !== undefined) readerPages.set(tabId, pageUrl);
    else readerPages.delete(tabId);
    return ready;
  });
}

/** Make sure the tab's top frame runs the highlighter, asking for a copy already there first. */
export function ensureHighlighter(tabId: number): Promise<Result<null>> {
  return joinOrStart(pendingInjections, `${tabId}:highlighter`, () => injectUnlessPresent(tabId, 'highlighter'));
}

/** A ping finds a script injected earlier (same page, still listening); only when none answers is the file injected. */
async function injectUnlessPresent(tabId: number, script: PageScript, granted = false): Promise<Result<null>> {
  const ping = await pings[script](tabId);
  return ping.ok ? ok(null) : inject(tabId, script, granted);
}

/**
 * Chromium grants activeTab at the click, then tells the page's renderer; an injection sent at once can reach the
 * renderer first and be refused as if the tab were not granted (about one click in thirty on a busy machine). On a
 * tab we know is `granted`, such a refusal is tried again after these pauses before the reader hears of it.
 */
export const GRANT_RETRY_MS = [40, 120, 250] as const;

async function inject(tabId: number, script: PageScript, granted = false): Promise<Result<null>> {
  for (let attempt = 0; ; attempt++) {
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PAGE_SCRIPT_FILES[script]] });
      return ok(null);
    } catch (error) {
      const problem = describeInjectionError(error);
      const pause = granted && problem.code === 'no-access' ? GRANT_RETRY_MS[attempt] : undefined;
      if (pause === undefined) return fail(problem.code, problem.message);
      await new Promise((resumed) => setTimeout(resumed, pause));
    }
  }
}
