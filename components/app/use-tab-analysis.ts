/**
 * The app's state: which tab it shows and what is known about it (loading, analysed, or why not). Replies that
 * arrive after the reader moved on are dropped, so a slow page never overwrites a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../lib/types.ts';
import type { AnalysisProgress, PrecisServices, ProtocolError, ReadingStage, Result, TabAnalysis, TabEvent } from '../../lib/platform/ui/service-types.ts';

export type ViewState =
  | { kind: 'starting' }
  | { kind: 'no-tab' }
  /** `progress`: how far a long document (a PDF) has got. */
  | { kind: 'loading'; tabId: number; progress?: ReadingStage }
  /** `reading`: these are first claims, from the first pages, and the rest of the document is still being read. */
  | { kind: 'ready'; tabId: number; analysis: Analysis; reading?: ReadingStage }
  | { kind: 'problem'; tabId: number; error: ProtocolError };

export interface TabAnalysisControls {
  state: ViewState;
  /** Analyse the shown tab again; `force` summarizes a page that does not look like an article. */
  refresh: (force?: boolean) => void;
  /** Read a PDF file the user chose for the shown tab (a local PDF); absent where the services cannot. */
  readFile?: (file: File) => void;
  /** Ask for access to the site of the shown tab's PDF (Firefox), then read it; call it from the click. */
  allowSite?: () => void;
}

export interface TabAnalysisOptions {
  /** The side panel follows the tab the reader switches to; the popup and a `?tab=` page stay on theirs. */
  followActiveTab: boolean;
}

export function useTabAnalysis(services: PrecisServices, options: TabAnalysisOptions): TabAnalysisControls {
  const [state, setState] = useState<ViewState>({ kind: 'starting' });
  const latestRequest = useRef(0);
  const shownTab = useRef<number | null>(null);
  /** The tab whose analysis is of a file the user chose (a local PDF): a finished load there is nothing new to read. */
  const fileTab = useRef<number | null>(null);

  /** One reading of the tab, its progress shown as it comes; anything after a newer request started is dropped. */
  const run = useCallback((tabId: number, read: (onProgress: (progress: AnalysisProgress) => void) => Promise<Result<TabAnalysis>>) => {
    const request = ++latestRequest.current;
    shownTab.current = tabId;
    setState({ kind: 'loading', tabId });
    const onProgress = (progress: AnalysisProgress) => {
      if (request !== latestRequest.current) return;
      if (progress.kind === 'first-claims') {
        const { analysis } = progress.result;
        setState({ kind: 'ready', tabId, analysis, reading: { kind: 'reading', pagesRead: progress.pagesRead, pageCount: analysis.pdf?.pageCount ?? progress.pagesRead } });
        return;
      }
      setState((shown) => {
        if (shown.kind === 'ready' && shown.reading) return { ...shown, reading: progress };
        return shown.kind === 'loading' ? { kind: 'loading', tabId, progress } : shown;
      });
    };
    void read(onProgress).then((result) => {
      if (request !== latestRequest.current) return;
      setState(result.ok ? { kind: 'ready', tabId, analysis: result.value.analysis } : { kind: 'problem', tabId, error: result.error });
    });
  }, []);

  const load = useCallback(
    (tabId: number, force: boolean, fresh: boolean) => {
      fileTab.current = null;
      run(tabId, (onProgress) => services.analyzeTab(tabId, force, fresh, onProgress));
    },
    [services, run],
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
      } else if (isShown && !(event.kind === 'loaded' && fileTab.current === event.tabId)) {
        // A finished load or a new address: read what the page shows now. Chrome's viewer may report a local PDF's
        // load again while the chosen file is read; the tab still shows that file, so that reading stands.
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

  const analyzeFile = services.analyzePdfFile;
  const readFile = useCallback(
    (file: File) => {
      const tabId = shownTab.current;
      if (tabId === null || !analyzeFile) return;
      run(tabId, (onProgress) => analyzeFile(tabId, file, onProgress));
      fileTab.current = tabId;
    },
    [analyzeFile, run],
  );

  const allowPdfSite = services.allowPdfSite;
  const allowSite = useCallback(() => {
    const tabId = shownTab.current;
    if (tabId === null || !allowPdfSite) return;
    void allowPdfSite(tabId).then((allowed) => {
      if (allowed && shownTab.current === tabId) load(tabId, false, true);
    });
  }, [allowPdfSite, load]);

  return { state, refresh, readFile: analyzeFile ? readFile : undefined, allowSite: allowPdfSite ? allowSite : undefined };
}
