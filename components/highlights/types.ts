export type { HighlightExportFormat } from '../../lib/highlights/index.ts';
