/** The highlight record, its schema and migrations, and exports and imports. */
export { HIGHLIGHT_COLORS, COLOR_LABELS, DEFAULT_COLOR, isHighlightColor, type HighlightColor } from './colors.ts';
export { createHighlight, parseHighlight, newHighlightId, quoteOf, SCHEMA_VERSION, LIMITS, type Highlight, type NewHighlight } from './record.ts';
export { MIGRATIONS, CURRENT_VERSION, migrateToCurrent } from './migrations.ts';
export { normalizeUrl } from './url.ts';
export { textDirective, textFragmentUrl, encodeFragmentTerm } from './text-fragment.ts';
export { exportJson, EXPORT_FORMAT, type HighlightsFile } from './export-json.ts';
export { exportMarkdown, escapeMarkdown, groupByPage } from './export-markdown.ts';
export { exportWebAnnotations } from './export-annotations.ts';
export type { HighlightExportFormat } from './export-format.ts';
export { parseHighlightsFile, mergeHighlights, MAX_IMPORT_BYTES, type ImportParseResult, type MergeResult } from './import.ts';
export { searchHighlights } from './search.ts';
export { highlightPage, pageSelector, pdfClaimHighlight, pdfHighlightUrl, PDF_HIGHLIGHTS_NOTE } from './pdf.ts';
