/**
 * The app's state: which tab it shows and what is known about it (loading, analysed, or why not). Replies that
 * arrive after the reader moved on are dropped, so a slow page never overwrites a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../lib/types.ts';
import type { PrecisServices, ProtocolError, TabEvent } from '../../lib/platform/ui/service-types.ts';

export type ViewState =
  | { kind: 'starting' }
  | { kind: 'no-tab' }
  | { kind: 'loading'; tabId: number }
  | { kind: 'ready'; tabId: number; analysis: Analysis }
  | { kind: 'problem'; tabId: number; error: ProtocolError };

export interface TabAnalysisControls {
  state: ViewState;
  /** Analyse the shown tab again; `force` summarizes a page that does not look like an article. */
  refresh: (force?: boolean) => void;
}

export interface TabAnalysisOptions {
  /** The side panel follows the tab the reader switches to; the popup and a `?tab=` page stay on theirs. */
  followActiveTab: boolean;
}

export function useTabAnalysis(services: PrecisServices, options: TabAnalysisOptions): TabAnalysisControls {
  const [state, setState] = useState<ViewState>({ kind: 'starting' });
  const latestRequest = useRef(0);
  const shownTab = useRef<number | null>(null);

  const load = useCallback(
    (tabId: number, force: boolean, fresh: boolean) => {
      const request = ++latestRequest.current;
      shownTab.current = tabId;
      setState({ kind: 'loading', tabId });
      void services.analyzeTab(tabId, force, fresh).then((result) => {
        if (request !== latestRequest.current) return;
        setState(result.ok ? { kind: 'ready', tabId, analysis: result.value.analysis } : { kind: 'problem', tabId, error: result.error });
      });
    },
    [services],
  );

  useEffect(() => {
    let live = true;
    void services.initialTabId().then((tabId) => {
      if (!live) return;
      if (tabId === null) setState({ kind: 'no-tab' });
      else load(tabId, false, false);
    });
    return () => {
      live = false;
    };
  }, [services, load]);

  useEffect(() => {
    const onEvent = (event: TabEvent) => {
      const isShown = event.tabId === shownTab.current;
      if (event.kind === 'analyzed') {
        if (isShown) {
          latestRequest.current++;
          setState({ kind: 'ready', tabId: event.tabId, analysis: event.result.analysis });
        }
      } else if (event.kind === 'activated') {
        // What the tab shows was read before, unless it loaded since: the background still has that answer.
        if (options.followActiveTab && !isShown) load(event.tabId, false, false);
      } else if (isShown) {
        // A finished load or a new address: read what the page shows now.
        load(event.tabId, false, true);
      }
    };
    return services.watchTabs(onEvent);
  }, [services, load, options.followActiveTab]);

  const refresh = useCallback(
    (force = false) => {
      if (shownTab.current !== null) load(shownTab.current, force, true);
    },
    [load],
  );

  return { state, refresh };
}
