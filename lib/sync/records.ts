/**
 * Versioned records: every change to a highlight (create, note, colour, delete) becomes a record carrying the
 * highlight's whole new state and a clock stamp; a delete is a tombstone (a record without the highlight).
 *
 * THE MERGE RULE. For each highlight id the record with the greatest stamp wins: stamps compare by wall time, then
 * counter, then device id (see hlc.ts), so two devices merging the same records in any order pick the same winner.
 * A tombstone is an ordinary record: it wins over every edit stamped before it and loses to any edit stamped after
 * it (an edit made after the device had seen the delete brings the highlight back). Nothing else is compared, so
 * the merge is commutative, associative and idempotent: replaying a file twice, or files in another order, changes
 * nothing.
 */
import { parseHighlight, type Highlight } from '../highlights/index.ts';
import { compareStamps, isStamp, type Stamp } from './hlc.ts';

export interface SyncRecord {
  id: string;
  stamp: Stamp;
  /** Absent for a tombstone. */
  highlight?: Highlight;
}

/** What a device remembers of each id's winning record: enough to merge and to notice local changes. */
export interface RecordIndexEntry {
  stamp: Stamp;
  deleted: boolean;
  /** Fingerprint of the highlight this record describes (absent for a tombstone). */
  hash?: string;
}

/** True when `incoming` wins over `current` under the merge rule above. */
export function wins(incoming: { stamp: Stamp }, current: { stamp: Stamp } | undefined): boolean {
  return current === undefined || compareStamps(incoming.stamp, current.stamp) > 0;
}

/** The winning record of each id among any number of record lists, whatever their order. */
export function mergeRecords(...lists: SyncRecord[][]): Map<string, SyncRecord> {
  const merged = new Map<string, SyncRecord>();
  for (const list of lists) for (const record of list) if (wins(record, merged.get(record.id))) merged.set(record.id, record);
  return merged;
}

/** JSON with object keys in sorted order, so equal highlights always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A fingerprint of a highlight's content (two 32-bit FNV-1a passes, 16 hex digits). It only tells this device
 * whether its own copy changed since the last sync; it is never sent anywhere.
 */
export function highlightHash(highlight: Highlight): string {
  const text = canonicalJson(highlight);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function indexEntryOf(record: SyncRecord): RecordIndexEntry {
  return record.highlight
    ? { stamp: record.stamp, deleted: false, hash: highlightHash(record.highlight) }
    : { stamp: record.stamp, deleted: true };
}

/**
 * A record from a remote file, validated like any untrusted input: null when the stamp or id is malformed, or
 * the highlight is one this version cannot read (corrupt, or a newer schema).
 */
export function parseRecord(value: unknown): SyncRecord | null {
  if (!value || typeof value !== 'object') return null;
  const raw = value as Record<string, unknown>;
  if (typeof raw.id !== 'string' || !isStamp(raw.stamp)) return null;
  if (raw.highlight === undefined) return { id: raw.id, stamp: raw.stamp };
  const highlight = parseHighlight(raw.highlight);
  if (!highlight || highlight.id !== raw.id) return null;
  return { id: raw.id, stamp: raw.stamp, highlight };
}
