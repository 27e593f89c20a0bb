/**
 * The lossless export: every field of every record, tagged with a format name and the schema
 * version so an import knows what it is reading.
 */
import type { Highlight } from './record.ts';
import { SCHEMA_VERSION } from './record.ts';

export const EXPORT_FORMAT = 'precis-highlights';

export interface HighlightsFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exported: string;
  highlights: Highlight[];
}

export function exportJson(highlights: Highlight[], now = new Date()): string {
  const file: HighlightsFile = {
    format: EXPORT_FORMAT,
    version: SCHEMA_VERSION,
    exported: now.toISOString(),
    highlights: sortForExport(highlights),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Oldest first, ties by id: the same store always exports the same file. */
export function sortForExport(highlights: Highlight[]): Highlight[] {
  return [...highlights].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
}
