/**
 * Schema versions of the stored highlight record and the steps between them. Every record is
 * migrated on read (storage and imports alike), so old data keeps working and nothing is rewritten
 * behind the reader's back.
 *
 * v1 (first release): timestamps as epoch milliseconds, no `note` field.
 * v2: ISO 8601 timestamps, `note` (empty when none).
 */

type RawRecord = Record<string, unknown>;

export const CURRENT_VERSION = 2;

/** MIGRATIONS[n] turns a version-n record into a version-(n + 1) record. */
export const MIGRATIONS: Record<number, (record: RawRecord) => RawRecord> = {
  1: (r) => ({
    ...r,
    created: isoFromEpoch(r.created),
    updated: isoFromEpoch(r.updated),
    note: typeof r.note === 'string' ? r.note : '',
    schemaVersion: 2,
  }),
};

/**
 * Epoch milliseconds as ISO 8601; anything else is left as it was for validation to refuse. A number outside
 * the Date range (NaN, 1e20) stays a number too: `toISOString()` would throw and fail the whole list.
 */
function isoFromEpoch(value: unknown): unknown {
  if (typeof value !== 'number') return value;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? value : time.toISOString();
}

const isRecord = (v: unknown): v is RawRecord => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The value migrated to CURRENT_VERSION, or null if it is not an object, has no known version, or
 * comes from a newer schema (written by a newer Precis: left untouched, never downgraded).
 */
export function migrateToCurrent(value: unknown): RawRecord | null {
  if (!isRecord(value)) return null;
  let record = value;
  let version = record.schemaVersion;
  if (!Number.isInteger(version) || (version as number) < 1 || (version as number) > CURRENT_VERSION) return null;
  while ((version as number) < CURRENT_VERSION) {
    const step = MIGRATIONS[version as number];
    if (!step) return null;
    record = step(record);
    version = record.schemaVersion;
  }
  return record;
}
