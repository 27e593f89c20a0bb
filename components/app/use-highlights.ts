/**
 * The Highlights tab's state: every stored highlight, which of this page's could not be placed (orphans), the
 * last deleted one (for Undo) and a message about the last action. Each change is stored first, then the tab
 * is asked to show exactly what is stored, so the page's marks never drift from the list.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { collapseWhitespace } from '../../lib/anchoring/normalize.ts';
import { normalizeUrl } from '../../lib/highlights/url.ts';
import type {
  Highlight,
  HighlightColor,
  HighlightExportFormat,
  HighlightServices,
  ImportSummary,
  Result,
} from '../../lib/platform/ui/service-types.ts';

export interface HighlightsMessage {
  kind: 'info' | 'error';
  text: string;
}

/** The page on show in the app, if any. */
export interface ShownPage {
  tabId: number;
  url: string;
}

export interface HighlightsModel {
  highlights: Highlight[];
  orphanIds: ReadonlySet<string>;
  undoable: Highlight | null;
  message: HighlightsMessage | null;
  /** Whitespace-collapsed texts of this page's highlights, to mark claims already saved. */
  savedTexts: ReadonlySet<string>;
  /** Storage changed or a highlight was just saved: read the list and repaint the tab. */
  refresh: () => void;
  jump: (highlight: Highlight) => void;
  changeNote: (id: string, note: string) => void;
  changeColor: (id: string, color: HighlightColor) => void;
  remove: (highlight: Highlight) => void;
  undo: (highlight: Highlight) => void;
  exportAs: (format: HighlightExportFormat) => void;
  importText: (text: string) => void;
  saveSelection: () => void;
}

const EXPORT_NAMES: Record<HighlightExportFormat, string> = { markdown: 'Markdown', json: 'JSON', annotations: 'Web Annotations' };

export function useHighlights(services: HighlightServices | undefined, page: ShownPage | null): HighlightsModel {
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [orphanIds, setOrphanIds] = useState<ReadonlySet<string>>(new Set());
  const [undoable, setUndoable] = useState<Highlight | null>(null);
  const [message, setMessage] = useState<HighlightsMessage | null>(null);
  const tabId = page?.tabId ?? null;
  const url = page?.url ?? null;

  const load = useCallback(() => {
    if (!services) return;
    void services.list().then((listed) => {
      if (listed.ok) setHighlights(listed.value);
      else setMessage({ kind: 'error', text: listed.error.message });
    });
  }, [services]);

  /** Repaint the tab from storage; a tab Precis may no longer reach keeps its marks and its orphans unknown. */
  const sync = useCallback(() => {
    if (!services || tabId === null) return;
    void services.showInTab(tabId).then((placement) => {
      if (placement.ok) setOrphanIds(new Set(placement.value.orphans));
    });
  }, [services, tabId]);

  useEffect(() => {
    load();
    return services?.watch(load);
  }, [services, load]);

  useEffect(() => {
    setOrphanIds(new Set());
    sync();
  }, [sync, url]);

  /** Run a change: on success reload and repaint, on failure say why (nothing else changes). */
  const change = useCallback(
    <T>(action: Promise<Result<T>>, done?: (value: T) => void) => {
      void action.then((result) => {
        if (!result.ok) {
          setMessage({ kind: 'error', text: result.error.message });
          return;
        }
        done?.(result.value);
        load();
        sync();
      });
    },
    [load, sync],
  );

  const savedTexts = useMemo(() => {
    const current = url ? normalizeUrl(url) : null;
    return new Set(highlights.filter((h) => h.url === current).map((h) => collapseWhitespace(h.exact)));
  }, [highlights, url]);

  if (!services) return inert(highlights, message);
  return {
    highlights,
    orphanIds,
    undoable,
    message,
    savedTexts,
    refresh: () => {
      load();
      sync();
    },
    jump: (h) => {
      if (tabId === null) return;
      void services.reveal(tabId, h.id).then((result) => {
        if (!result.ok) setMessage({ kind: 'error', text: result.error.message });
      });
    },
    changeNote: (id, note) => change(services.update(id, { note }), () => setMessage(null)),
    changeColor: (id, color) => change(services.update(id, { color }), () => setMessage(null)),
    remove: (h) => change(services.remove(h.id), (removed) => setUndoable(removed ?? h)),
    undo: (h) => change(services.restore(h), () => setUndoable(null)),
    exportAs: (format) => {
      void services.exportFile(format).then((result) =>
        setMessage(
          result.ok
            ? { kind: 'info', text: `Exported ${result.value.count} highlight${result.value.count === 1 ? '' : 's'} as ${EXPORT_NAMES[format]}.` }
            : { kind: 'error', text: result.error.message },
        ),
      );
    },
    importText: (text) => change(services.importFile(text), (summary) => setMessage({ kind: 'info', text: importText(summary) })),
    saveSelection: () => {
      if (tabId !== null) change(services.saveSelection(tabId), () => setMessage({ kind: 'info', text: 'Saved the selection as a highlight.' }));
    },
  };
}

function importText({ added, updated, unchanged, skipped }: ImportSummary): string {
  const parts = [`${added} added`, `${updated} updated`, `${unchanged} already here`];
  if (skipped > 0) parts.push(`${skipped} skipped (not valid highlights)`);
  return `Import done: ${parts.join(', ')}.`;
}

function inert(highlights: Highlight[], message: HighlightsMessage | null): HighlightsModel {
  const nothing = () => undefined;
  return {
    highlights,
    orphanIds: new Set(),
    undoable: null,
    message,
    savedTexts: new Set(),
    refresh: nothing,
    jump: nothing,
    changeNote: nothing,
    changeColor: nothing,
    remove: nothing,
    undo: nothing,
    exportAs: nothing,
    importText: nothing,
    saveSelection: nothing,
  };
}
