/**
 * Reading an exported highlights file back, and merging it into existing highlights without
 * duplicates and without ever deleting anything.
 */
import { EXPORT_FORMAT } from './export-json.ts';
import { CURRENT_VERSION } from './migrations.ts';
import { parseHighlight, type Highlight } from './record.ts';

/** Larger files are refused before parsing, so a wrong file cannot freeze the page. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportParseResult =
  | { ok: true; highlights: Highlight[]; skipped: number }
  | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The highlights of a file written by exportJson(). A file that is not one fails with a message
 * the reader can act on; individual malformed records are skipped and counted.
 */
export function parseHighlightsFile(text: string): ImportParseResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'The file is too large to be a highlights export.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON. Choose a file exported from Precis as JSON.' };
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT || !Array.isArray(data.highlights)) {
    return { ok: false, error: 'This is not a Precis highlights export (its "format" is not "precis-highlights").' };
  }
  if (typeof data.version !== 'number' || data.version > CURRENT_VERSION) {
    return { ok: false, error: 'This export comes from a newer version of Precis. Update Precis, then import it again.' };
  }
  const highlights: Highlight[] = [];
  let skipped = 0;
  for (const item of data.highlights) {
    const h = parseHighlight(item);
    if (h) highlights.push(h);
    else skipped++;
  }
  return { ok: true, highlights, skipped };
}

export interface MergeResult {
  merged: Highlight[];
  /** Records new to the existing set, and records that replaced an older version of themselves. */
  added: Highlight[];
  updated: Highlight[];
  unchanged: number;
}

/** Same id: the record with the later `updated` wins (the existing one on a tie). Nothing is removed. */
export function mergeHighlights(existing: Highlight[], incoming: Highlight[]): MergeResult {
  const byId = new Map(existing.map((h) => [h.id, h]));
  const added: Highlight[] = [];
  const updated: Highlight[] = [];
  let unchanged = 0;
  for (const h of incoming) {
    const current = byId.get(h.id);
    if (!current) {
      added.push(h);
      byId.set(h.id, h);
    } else if (Date.parse(h.updated) > Date.parse(current.updated)) {
      updated.push(h);
      byId.set(h.id, h);
    } else {
      unchanged++;
    }
  }
  return { merged: [...byId.values()], added, updated, unchanged };
}
