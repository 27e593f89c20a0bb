/**
 * What a device remembers between syncs (kept in browser storage by the extension, in memory in tests): its
 * random id and clock, the winning record of every highlight id it knows, which of its changes still wait to be
 * sent, and which remote files it has merged. Losing it is safe: a fresh state reads the folder again.
 */
import { isStamp, type Clock } from './hlc.ts';
import { randomId } from './crypto.ts';
import type { RecordIndexEntry } from './records.ts';
import type { SyncErrorKind } from './errors.ts';

export const SYNC_STATE_VERSION = 1;

export interface SyncProblem {
  name: string;
  etag: string | null;
  reason: 'corrupt' | 'newer';
}

export interface SyncState {
  version: typeof SYNC_STATE_VERSION;
  device: string;
  clock: Clock;
  /** The folder id last verified with the passphrase, and its key file's ETag. */
  folder: string | null;
  keysEtag: string | null;
  records: Record<string, RecordIndexEntry>;
  /** Ids whose current record is not on the server yet (coalesced: one record per id per push). */
  pending: string[];
  /**
   * This device's open log segment: rewritten with each push until it is full, then the next opens. `written`
   * once the file exists (a new segment is created with If-None-Match: *).
   */
  segment: { n: number; written: boolean; ids: string[] } | null;
  /** Number of this device's newest snapshot (0: none yet): it covers this device's segments up to that number. */
  snapshot: number;
  /** For each other device, all of its segments numbered up to this are merged here in their final form. */
  covered: Record<string, number>;
  /** Other devices' files merged here beyond `covered`, by name, with the ETag that was read. */
  seen: Record<string, string>;
  /** Remote files that could not be read: skipped, reported, left on the server. */
  problems: SyncProblem[];
  lastSync: string | null;
  lastError: { kind: SyncErrorKind; message: string; at: string } | null;
  /** Failed attempts in a row, for the retry backoff. */
  failures: number;
}

export function newSyncState(device = randomId(8)): SyncState {
  return {
    version: SYNC_STATE_VERSION,
    device,
    clock: { wall: 0, counter: 0 },
    folder: null,
    keysEtag: null,
    records: {},
    pending: [],
    segment: null,
    snapshot: 0,
    covered: {},
    seen: {},
    problems: [],
    lastSync: null,
    lastError: null,
    failures: 0,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function parseRecords(value: unknown): Record<string, RecordIndexEntry> | null {
  if (!isObject(value)) return null;
  const records: Record<string, RecordIndexEntry> = {};
  for (const [id, entry] of Object.entries(value)) {
    if (!isObject(entry) || !isStamp(entry.stamp) || typeof entry.deleted !== 'boolean') return null;
    if (!entry.deleted && typeof entry.hash !== 'string') return null;
    records[id] = entry.deleted ? { stamp: entry.stamp, deleted: true } : { stamp: entry.stamp, deleted: false, hash: entry.hash as string };
  }
  return records;
}

/** The open segment, null when there is none, undefined when the value is damaged. */
function parseSegment(value: unknown): SyncState['segment'] | undefined {
  if (value === null) return null;
  if (!isObject(value) || !Number.isSafeInteger(value.n) || (value.n as number) < 1) return undefined;
  if (typeof value.written !== 'boolean') return undefined;
  if (!Array.isArray(value.ids) || !value.ids.every((id) => typeof id === 'string')) return undefined;
  return { n: value.n as number, written: value.written, ids: value.ids as string[] };
}

/**
 * A stored state, checked; null when it is missing, damaged or from a newer version (the caller then starts
 * afresh, which re-reads the folder and re-sends every local highlight: slower, never lossy).
 */
export function parseSyncState(value: unknown): SyncState | null {
  if (!isObject(value) || value.version !== SYNC_STATE_VERSION) return null;
  const v = value;
  if (typeof v.device !== 'string' || !/^[a-z0-9]{1,64}$/.test(v.device)) return null;
  if (!isObject(v.clock) || !count(v.clock.wall) || !count(v.clock.counter)) return null;
  const records = parseRecords(v.records);
  if (!records) return null;
  if (!Array.isArray(v.pending) || !v.pending.every((id) => typeof id === 'string')) return null;
  if (!count(v.snapshot) || !count(v.failures)) return null;
  if (!isObject(v.covered) || !Object.values(v.covered).every(count)) return null;
  if (!isObject(v.seen) || !Object.values(v.seen).every((etag) => typeof etag === 'string')) return null;
  const segment = parseSegment(v.segment);
  if (segment === undefined) return null;
  if (!Array.isArray(v.problems)) return null;
  return {
    version: SYNC_STATE_VERSION,
    device: v.device,
    clock: { wall: v.clock.wall as number, counter: v.clock.counter as number },
    folder: typeof v.folder === 'string' ? v.folder : null,
    keysEtag: typeof v.keysEtag === 'string' ? v.keysEtag : null,
    records,
    pending: v.pending as string[],
    segment,
    snapshot: v.snapshot as number,
    covered: v.covered as Record<string, number>,
    seen: v.seen as Record<string, string>,
    problems: (v.problems as unknown[]).filter(
      (p): p is SyncProblem => isObject(p) && typeof p.name === 'string' && (p.reason === 'corrupt' || p.reason === 'newer') && (p.etag === null || typeof p.etag === 'string'),
    ),
    lastSync: typeof v.lastSync === 'string' ? v.lastSync : null,
    lastError: isObject(v.lastError) && typeof v.lastError.message === 'string' ? (v.lastError as SyncState['lastError']) : null,
    failures: v.failures as number,
  };
}

/** How long to wait before the next automatic attempt after `failures` failed ones: 30 s doubling up to an hour. */
export function retryDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(30_000 * 2 ** Math.min(failures - 1, 10), 3_600_000);
}
