/** The highlight record, its schema and migrations, and exports and imports. */
export { HIGHLIGHT_COLORS, COLOR_LABELS, DEFAULT_COLOR, isHighlightColor, type HighlightColor } from './colors';
export { createHighlight, parseHighlight, newHighlightId, quoteOf, SCHEMA_VERSION, LIMITS, type Highlight, type NewHighlight } from './record';
export { MIGRATIONS, CURRENT_VERSION, migrateToCurrent } from './migrations';
export { normaliseUrl } from './url';
export { textDirective, textFragmentUrl, encodeFragmentTerm } from './text-fragment';
export { exportJson, EXPORT_FORMAT, type HighlightsFile } from './export-json';
export { exportMarkdown, escapeMarkdown, groupByPage } from './export-markdown';
export { exportWebAnnotations } from './export-annotations';
export { parseHighlightsFile, mergeHighlights, MAX_IMPORT_BYTES, type ImportParseResult, type MergeResult } from './import';
export { searchHighlights } from './search';
