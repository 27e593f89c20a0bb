import { useMemo, useState } from 'preact/hooks';
import type { HighlightColor } from '../../lib/highlights/colors.ts';
import type { Highlight } from '../../lib/highlights/record.ts';
import { searchHighlights } from '../../lib/highlights/search.ts';
import { normalizeUrl } from '../../lib/highlights/url.ts';
import { HighlightItem } from './HighlightItem.tsx';
import { HighlightsToolbar, type HighlightsScope } from './HighlightsToolbar.tsx';
import type { HighlightExportFormat } from './types.ts';
import './highlights.css';

export interface HighlightsViewProps {
  /** Every stored highlight; the view filters by page and search itself. */
  highlights: Highlight[];
  /** Address of the page in the current tab, or null when there is none. */
  currentUrl: string | null;
  /** Ids of this page's highlights that could not be placed in it. */
  orphanIds?: ReadonlySet<string>;
  /** The highlight just deleted, while it can still be brought back. */
  undoable?: Highlight | null;
  /** A message about the last action (e.g. a full storage or an import summary). */
  message?: { kind: 'info' | 'error'; text: string } | null;
  initialScope?: HighlightsScope;
  onJump: (highlight: Highlight) => void;
  onNoteChange: (id: string, note: string) => void;
  onColorChange: (id: string, color: HighlightColor) => void;
  onDelete: (highlight: Highlight) => void;
  onUndo: (highlight: Highlight) => void;
  onExport: (format: HighlightExportFormat) => void;
  onImport: (text: string) => void;
}

/** Saved highlights: this page or all pages, searchable, each editable, deletable with undo. */
export function HighlightsView(props: HighlightsViewProps) {
  const [scope, setScope] = useState<HighlightsScope>(props.initialScope ?? (props.currentUrl ? 'page' : 'all'));
  const [query, setQuery] = useState('');
  const current = props.currentUrl ? normalizeUrl(props.currentUrl) : null;
  const visible = useMemo(() => {
    const inScope = scope === 'page' ? props.highlights.filter((h) => h.url === current) : props.highlights;
    return searchHighlights(inScope, query);
  }, [props.highlights, scope, current, query]);

  return (
    <section class="hl-view" aria-label="Highlights">
      <HighlightsToolbar
        scope={scope}
        onScopeChange={setScope}
        query={query}
        onQueryChange={setQuery}
        onExport={props.onExport}
        onImport={props.onImport}
      />
      {props.message && (
        <p class={`hl-message hl-message-${props.message.kind}`} role={props.message.kind === 'error' ? 'alert' : 'status'}>
          {props.message.text}
        </p>
      )}
      {props.undoable && (
        <div class="hl-undo" role="status">
          <span>Highlight deleted.</span>
          <button type="button" class="hl-button hl-primary" onClick={() => props.onUndo(props.undoable!)}>
            Undo
          </button>
        </div>
      )}
      {visible.length === 0 ? (
        <p class="hl-empty">{emptyText(scope, query, props.highlights.length)}</p>
      ) : (
        <ul class="hl-list">
          {visible.map((h) => (
            <HighlightItem
              key={h.id}
              highlight={h}
              orphan={h.url === current && (props.orphanIds?.has(h.id) ?? false)}
              onThisPage={h.url === current}
              showPage={scope === 'all'}
              onJump={props.onJump}
              onNoteChange={props.onNoteChange}
              onColorChange={props.onColorChange}
              onDelete={props.onDelete}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function emptyText(scope: HighlightsScope, query: string, total: number): string {
  if (query.trim()) return 'No highlights match your search.';
  if (scope === 'page') return 'No highlights on this page yet. Select text or save a key claim to add one.';
  return total === 0 ? 'No highlights saved yet.' : 'No highlights to show.';
}
