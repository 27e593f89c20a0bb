/**
 * The content-script bundles WXT builds, one per entrypoint folder, as paths inside the extension: the one place
 * their names are written.
 */
export const CONTENT_SCRIPT_BUNDLES = {
  /** entrypoints/precis.content/: the reader, which analyses the page. */
  reader: 'content-scripts/precis.js',
  /** entrypoints/highlighter.content/: finds, paints and scrolls to passages; the in-page save button. */
  highlighter: 'content-scripts/highlighter.js',
  /** entrypoints/auto-highlights.content/: registered for "Show my highlights automatically"; paints them on load. */
  autoHighlights: 'content-scripts/auto-highlights.js',
} as const;
