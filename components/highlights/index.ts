export { HighlightsView, type HighlightsViewProps } from './HighlightsView.tsx';
export type { HighlightsScope } from './HighlightsToolbar.tsx';
export type { HighlightExportFormat } from './types.ts';
