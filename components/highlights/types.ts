/** Formats the highlights view can ask to export (the same names as the store's exportHighlights). */
export type ExportFormat = 'markdown' | 'json' | 'annotations';
