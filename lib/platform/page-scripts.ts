/**
 * The two content scripts Precis puts in a tab, each only when it is needed (activeTab + scripting) and at most
 * once per page: the reader, which analyses the page, and the highlighter, which finds, paints and scrolls to
 * passages. They are two so that the first analysis of a page waits only for the engine's code.
 */
import { browser } from 'wxt/browser';
import { describeInjectionError } from '../page-access.ts';
import { callContent, callHighlighter } from './messaging.ts';
import { fail, ok, type Result } from './protocol.ts';
import { joinOrStart } from './shared-runs.ts';

export type PageScript = 'reader' | 'highlighter';

/** The bundles, as WXT names them for entrypoints/precis.content/ and entrypoints/highlighter.content/. */
export const PAGE_SCRIPT_FILES = {
  reader: '/content-scripts/precis.js',
  highlighter: '/content-scripts/highlighter.js',
} as const satisfies Record<PageScript, string>;

const pings: Readonly<Record<PageScript, (tabId: number) => Promise<Result<unknown>>>> = {
  reader: (tabId) => callContent(tabId, 'ping', null),
  highlighter: (tabId) => callHighlighter(tabId, 'ping', null),
};

/**
 * Whether a fresh copy of the script may take over from one already in the page (content-world.ts). The reader holds
 * nothing between requests; the highlighter holds the highlights it painted, which a new copy would lose.
 */
const REPLACEABLE: Readonly<Record<PageScript, boolean>> = { reader: true, highlighter: false };

/** Per script, the tabs whose current page this worker injected it into or heard it from (see `forgetTabPage`). */
const pagesWithScript: Readonly<Record<PageScript, Set<number>>> = { reader: new Set(), highlighter: new Set() };

/** One injection per tab and script at a time: the popup and the panel may ask for the same tab together. */
const pendingInjections = new Map<string, Promise<Result<null>>>();

/** Make sure the tab's top frame runs `script` (needs activeTab or a host permission for the tab). */
export function ensurePageScript(tabId: number, script: PageScript): Promise<Result<null>> {
  return joinOrStart(pendingInjections, `${tabId}:${script}`, () => injectUnlessPresent(tabId, script));
}

/** The tab loads a new page (or closed): the scripts of its old page are gone with it. */
export function forgetTabPage(tabId: number): void {
  for (const tabs of Object.values(pagesWithScript)) tabs.delete(tabId);
}

/**
 * A ping finds a script injected earlier (same page, still listening), which then stays: a second copy of the
 * highlighter would replace the first and lose its state. The reader is pinged only on a page known to have it: on
 * the first click on a page the ping can only fail, and it would hold up the analysis while the popup opens; if a
 * copy was there after all (this worker restarted since), the new one takes over.
 */
async function injectUnlessPresent(tabId: number, script: PageScript): Promise<Result<null>> {
  const known = pagesWithScript[script];
  if (known.has(tabId) || !REPLACEABLE[script]) {
    const ping = await pings[script](tabId);
    if (ping.ok) {
      known.add(tabId);
      return ok(null);
    }
  }
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PAGE_SCRIPT_FILES[script]] });
    known.add(tabId);
    return ok(null);
  } catch (error) {
    const problem = describeInjectionError(error);
    return fail(problem.code, problem.message);
  }
}
