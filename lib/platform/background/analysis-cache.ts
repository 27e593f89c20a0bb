/**
 * The one place that knows "this tab's analysis": per tab (and whether it was forced), the run under way or the
 * answer it gave, for as long as the tab shows the page it was read from. Every request for a tab's analysis comes
 * here: the toolbar click (which reads the page afresh and opens the popup), the popup's and the side panel's
 * first request (which pick up that run or its answer), a Refresh (afresh again). The page is read once per click,
 * however many of our pages ask; a tab that navigates, reloads or closes is forgotten.
 */
import type { Result, TabAnalysis } from '../wire/protocol.ts';

type Reply = Promise<Result<TabAnalysis>>;

export interface AnalysisCache {
  /**
   * The tab's analysis: the run under way if there is one; else, unless `fresh`, the answer already given for the
   * page the tab still shows; else a new reading.
   */
  analysis(tabId: number, force: boolean, fresh: boolean): Reply;
  /** The tab moved on or closed: whatever was read there is no longer its page's. */
  forget(tabId: number): void;
}

interface Entry {
  run: Reply;
  /** The tab's address when the reading started (see `address`). */
  url: Promise<string | undefined>;
  settled: boolean;
}

/**
 * `read` runs the engine on a tab; `address` is the tab's address (undefined when hidden or gone), which must
 * still be the one read for an answer to be given again.
 */
export function createAnalysisCache(
  read: (tabId: number, force: boolean) => Reply,
  address: (tabId: number) => Promise<string | undefined>,
): AnalysisCache {
  const entries = new Map<string, Entry>();
  const keyOf = (tabId: number, force: boolean) => `${tabId}:${force}`;

  const start = (tabId: number, force: boolean): Reply => {
    const key = keyOf(tabId, force);
    const current = entries.get(key);
    if (current && !current.settled) return current.run;
    const entry: Entry = { run: read(tabId, force), url: address(tabId).then(withoutHash), settled: false };
    entries.set(key, entry);
    void entry.run.finally(() => (entry.settled = true));
    return entry.run;
  };

  const stillShown = async (tabId: number, entry: Entry): Promise<boolean> => {
    const [then, now] = await Promise.all([entry.url, address(tabId).then(withoutHash)]);
    return then !== undefined && then === now;
  };

  return {
    analysis: (tabId, force, fresh) => {
      const known = entries.get(keyOf(tabId, force));
      if (!known || fresh) return start(tabId, force);
      if (!known.settled) return known.run;
      return stillShown(tabId, known).then((same) => (same && entries.get(keyOf(tabId, force)) === known ? known.run : start(tabId, force)));
    },
    forget: (tabId) => {
      entries.delete(keyOf(tabId, false));
      entries.delete(keyOf(tabId, true));
    },
  };
}

/** An address without its fragment: moving within a page is not moving on. */
export function withoutHash(url: string): string;
export function withoutHash(url: string | undefined): string | undefined;
export function withoutHash(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
