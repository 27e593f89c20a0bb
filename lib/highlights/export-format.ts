/** The files highlights can be exported to: Markdown to read, Precis's own JSON to import again, W3C Web Annotations. */
export type HighlightExportFormat = 'markdown' | 'json' | 'annotations';
