import type { HighlightExportFormat } from './types.ts';

export type HighlightsScope = 'page' | 'all';

export interface HighlightsToolbarProps {
  scope: HighlightsScope;
  onScopeChange: (scope: HighlightsScope) => void;
  query: string;
  onQueryChange: (query: string) => void;
  onExport: (format: HighlightExportFormat) => void;
  /** The chosen file's text. */
  onImport: (text: string) => void;
}

const EXPORTS: { format: HighlightExportFormat; label: string }[] = [
  { format: 'markdown', label: 'Markdown' },
  { format: 'json', label: 'JSON' },
  { format: 'annotations', label: 'Web Annotations' },
];

/** Scope toggle, search box, and export/import buttons above the list. */
export function HighlightsToolbar(props: HighlightsToolbarProps) {
  return (
    <div class="hl-toolbar">
      <div class="hl-scope" role="group" aria-label="Show highlights from">
        {(['page', 'all'] as const).map((scope) => (
          <button
            key={scope}
            type="button"
            class="hl-button"
            aria-pressed={props.scope === scope}
            onClick={() => props.onScopeChange(scope)}
          >
            {scope === 'page' ? 'This page' : 'All pages'}
          </button>
        ))}
      </div>
      <input
        type="search"
        class="hl-search"
        placeholder="Search highlights"
        aria-label="Search highlights"
        value={props.query}
        onInput={(event) => props.onQueryChange((event.currentTarget as HTMLInputElement).value)}
      />
      <div class="hl-transfer" role="group" aria-label="Export and import">
        {EXPORTS.map(({ format, label }) => (
          <button key={format} type="button" class="hl-button" onClick={() => props.onExport(format)}>
            Export {label}
          </button>
        ))}
        <label class="hl-button hl-import">
          Import JSON
          <input
            type="file"
            accept="application/json,.json"
            class="hl-visually-hidden"
            onChange={async (event) => {
              const input = event.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) props.onImport(await file.text());
            }}
          />
        </label>
      </div>
    </div>
  );
}
