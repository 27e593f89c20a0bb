/**
 * One sync of this device's highlights with the folder on the user's WebDAV server:
 *
 *  1. capture: compare the local highlights with the records remembered from the last sync; every difference
 *     becomes a new record stamped by this device's clock (a missing highlight becomes a tombstone). This step is
 *     local and saved before any request, so changes made offline are queued, never dropped;
 *  2. list the folder (one PROPFIND), set it up if it is new, and prove the passphrase against its key file
 *     before anything is read or written;
 *  3. pull: read the other devices' snapshots and segments that changed since the last sync, merge them by the
 *     rule in records.ts, and apply the winners to the local highlights (a highlight edited here meanwhile is left
 *     as it is: the next capture stamps that edit after everything seen, so it wins);
 *  4. push: rewrite this device's open segment with the queued records (one PUT);
 *  5. compact now and then: a snapshot of the whole merged state, then this device's closed segments go.
 *
 * Steady state, one new highlight costs two requests: the PROPFIND and the PUT.
 */
import type { Highlight } from '../highlights/index.ts';
import { deriveKeyBytes, importAesKey, keyCacheId, open, PBKDF2_ITERATIONS, randomBytes, randomId, seal, toBase64, type Bytes } from './crypto.ts';
import { SyncError } from './errors.ts';
import { receive, tick } from './hlc.ts';
import { fileName, filePath, FOLDER, KEYS_NAME, KEYS_PATH, parseFileName, type DataFile } from './layout.ts';
import { decodePayload, encodePayload, KEYS_FORMAT, parseKeysFile, PAYLOAD_FORMAT, type KeysFile, type Payload } from './payload.ts';
import { highlightHash, indexEntryOf, mergeRecords, wins, type SyncRecord } from './records.ts';
import { newSyncState, type SyncProblem, type SyncState } from './state.ts';
import type { Remote, RemoteEntry } from './webdav.ts';

export interface LocalChange {
  id: string;
  /** Fingerprint of the local copy this change replaces (null: there is none); a different copy is left alone. */
  expectedHash: string | null;
  /** The new highlight, or null to remove it. */
  next: Highlight | null;
}

/** This device's highlights, as the sync sees them. */
export interface LocalHighlights {
  /** Every readable highlight, and the ids of stored entries that cannot be read (never treated as deleted). */
  list(): Promise<{ highlights: Highlight[]; unreadable: string[] }>;
  /** Applies the changes whose expected copy is still there; returns the ids left alone. Throws if storage fails. */
  apply(changes: LocalChange[]): Promise<{ skipped: string[] }>;
}

export interface SyncStateStore {
  load(): Promise<SyncState | null>;
  save(state: SyncState): Promise<void>;
}

export interface SyncEngineOptions {
  remote: Remote;
  local: LocalHighlights;
  store: SyncStateStore;
  passphrase: string;
  now?: () => number;
  /** PBKDF2 iterations for a folder this device sets up (default: OWASP's count); an existing folder says its own. */
  iterations?: number;
  /** Records in a segment before the next one opens. */
  segmentRecords?: number;
  /** Closed segments of this device that trigger a snapshot. */
  compactAfterSegments?: number;
  /** Pause before trying again after 409/412/423. */
  busyDelayMs?: number;
  /** Keeps the derived key between engines (a service worker woken again), so the passphrase is stretched once. */
  keyCache?: KeyCache;
}

/** Where a derived key's bytes wait between engines; memory only (see sync-store.ts), never plain storage. */
export interface KeyCache {
  load(id: string): Promise<Bytes | null>;
  save(id: string, raw: Bytes): Promise<void>;
}

export interface SyncReport {
  /** Records sent and received in this sync. */
  sent: number;
  received: number;
  /** Local highlights added, changed or removed by what was received. */
  changedHere: number;
  /** Remote files skipped (left on the server), each with the reason. */
  problems: SyncProblem[];
  /** Changes still waiting to be sent (0 after a successful sync). */
  pending: number;
}

export type SyncOutcome = { ok: true; report: SyncReport } | { ok: false; error: SyncError; pending: number };

const BUSY_TRIES = 4;
const KEY_CHECK = new TextEncoder();

interface Unlocked {
  folder: string;
  etag: string | null;
  salt: string;
  iterations: number;
  key: CryptoKey;
}

export class SyncEngine {
  private unlocked: Unlocked | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;

  constructor(private readonly options: SyncEngineOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Runs one sync after any running one; never throws for server, network or storage trouble. */
  sync(): Promise<SyncOutcome> {
    const run = this.queue.then(() => this.run());
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Step 1 alone, without the network: stamps the local changes now, so an edit or delete made offline keeps the
   * time it was made at. The extension calls it on every change and syncs later.
   */
  recordLocalChanges(): Promise<{ ok: true; pending: number } | { ok: false; error: SyncError }> {
    const run = this.queue.then(async () => {
      try {
        const state = (await this.options.store.load()) ?? newSyncState();
        const listed = await this.options.local.list();
        this.capture(state, new Map(listed.highlights.map((h) => [h.id, h])), new Set(listed.unreadable));
        await this.options.store.save(state);
        return { ok: true as const, pending: state.pending.length };
      } catch (error) {
        return { ok: false as const, error: asSyncError(error) };
      }
    });
    this.queue = run;
    return run;
  }

  private async run(): Promise<SyncOutcome> {
    const { store } = this.options;
    let state: SyncState;
    let local: Map<string, Highlight>;
    let unreadable: Set<string>;
    try {
      state = (await store.load()) ?? newSyncState();
      const listed = await this.options.local.list();
      local = new Map(listed.highlights.map((h) => [h.id, h]));
      unreadable = new Set(listed.unreadable);
      this.capture(state, local, unreadable);
      await store.save(state);
    } catch (error) {
      return { ok: false, error: asSyncError(error), pending: 0 };
    }
    try {
      let report: SyncReport | null = null;
      for (let attempt = 1; !report; attempt++) {
        try {
          report = await this.exchange(state, local, unreadable);
        } catch (error) {
          if (!(error instanceof SyncError) || error.kind !== 'busy' || attempt >= BUSY_TRIES) throw error;
          await pause((this.options.busyDelayMs ?? 250) * attempt);
        }
      }
      state.lastSync = new Date(this.now()).toISOString();
      state.lastError = null;
      state.failures = 0;
      await store.save(state);
      return { ok: true, report };
    } catch (error) {
      const failure = asSyncError(error);
      state.lastError = { kind: failure.kind, message: failure.message, at: new Date(this.now()).toISOString() };
      state.failures += 1;
      try {
        await store.save(state);
      } catch {
        // The failure being reported matters more than the bookkeeping; the next sync redoes what this one did.
      }
      return { ok: false, error: failure, pending: state.pending.length };
    }
  }

  /** Step 1: every local difference from the remembered records becomes a record of this device. */
  private capture(state: SyncState, local: Map<string, Highlight>, unreadable: Set<string>): void {
    const pending = new Set(state.pending);
    const now = this.now();
    for (const highlight of local.values()) {
      const hash = highlightHash(highlight);
      const known = state.records[highlight.id];
      if (known && !known.deleted && known.hash === hash) continue;
      // The edit's own time when it is believable (never ahead of now), so an edit noticed late keeps its place.
      const edited = Date.parse(highlight.updated);
      const stamped = tick(state.clock, Number.isFinite(edited) ? Math.min(edited, now) : now, state.device);
      state.clock = stamped.clock;
      state.records[highlight.id] = { stamp: stamped.stamp, deleted: false, hash };
      pending.add(highlight.id);
    }
    for (const [id, known] of Object.entries(state.records)) {
      if (known.deleted || local.has(id) || unreadable.has(id)) continue;
      const stamped = tick(state.clock, now, state.device);
      state.clock = stamped.clock;
      state.records[id] = { stamp: stamped.stamp, deleted: true };
      pending.add(id);
    }
    state.pending = [...pending];
  }

  private async exchange(state: SyncState, local: Map<string, Highlight>, unreadable: Set<string>): Promise<SyncReport> {
    const { remote } = this.options;
    let entries = await remote.list(FOLDER);
    if (entries === null) {
      await remote.mkcol(FOLDER);
      entries = [];
    }
    const key = await this.unlock(state, entries.find((e) => e.name === KEYS_NAME && !e.folder) ?? null);
    const files = entries.flatMap((e) => (e.folder ? [] : [parseFileName(e.name, e.etag)].filter((f): f is DataFile => f !== null)));
    const pulled = await this.pull(state, key, files, local, unreadable);
    const sent = await this.push(state, key, local);
    await this.compact(state, key, files, local, pulled.skippedHere);
    return { sent, received: pulled.received, changedHere: pulled.changedHere, problems: state.problems, pending: state.pending.length };
  }

  /** Step 2: the folder's key, after proving the passphrase; sets the folder up when it has no key file yet. */
  private async unlock(state: SyncState, keysEntry: RemoteEntry | null): Promise<CryptoKey> {
    const { remote, passphrase } = this.options;
    const cached = this.unlocked;
    if (keysEntry && cached && keysEntry.etag !== null && cached.etag === keysEntry.etag && state.folder === cached.folder) return cached.key;
    let file = keysEntry ? await remote.get(KEYS_PATH) : null;
    if (!file) {
      const created = await this.createKeys();
      if (created) {
        this.unlocked = created;
        adoptFolder(state, created.folder, created.etag);
        return created.key;
      }
      // Another device set the folder up at the same moment (412): use its key file.
      file = await remote.get(KEYS_PATH);
      if (!file) throw new SyncError('busy', 'The sync folder was being set up by another device. Precis will try again.');
    }
    const { keys, key } = await openKeys(file.body, passphrase, cached, this.options.keyCache);
    this.unlocked = { folder: keys.folder, etag: file.etag ?? keysEntry?.etag ?? null, salt: keys.salt, iterations: keys.iterations, key };
    adoptFolder(state, keys.folder, this.unlocked.etag);
    return key;
  }

  /** Writes a new key file if there is none; null when another device's appeared first. */
  private async createKeys(): Promise<Unlocked | null> {
    const { remote, passphrase } = this.options;
    const iterations = this.options.iterations ?? PBKDF2_ITERATIONS;
    const salt = randomBytes(16);
    const folder = randomId(8);
    const key = await obtainKey(passphrase, salt, iterations, this.options.keyCache);
    const check = await seal(key, KEYS_NAME, KEY_CHECK.encode(folder));
    const keys: KeysFile = { format: KEYS_FORMAT, kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), folder, check: toBase64(check) };
    const body = new TextEncoder().encode(JSON.stringify(keys, null, 1));
    let put = await remote.put(KEYS_PATH, body, { ifNoneMatch: '*' });
    if (!put.ok && put.reason === 'missing-parent') {
      await remote.mkcol(FOLDER);
      put = await remote.put(KEYS_PATH, body, { ifNoneMatch: '*' });
    }
    if (!put.ok) return null;
    return { folder, etag: put.etag, salt: keys.salt, iterations, key };
  }

  /** Step 3: merge what other devices wrote since the last sync and apply the winners here. */
  private async pull(
    state: SyncState,
    key: CryptoKey,
    files: DataFile[],
    local: Map<string, Highlight>,
    unreadable: Set<string>,
  ): Promise<{ received: number; changedHere: number; skippedHere: Set<string> }> {
    const others = files.filter((f) => f.device !== state.device);
    const covered = { ...state.covered };
    const seen = { ...state.seen };
    const known = new Map(state.problems.map((p) => [p.name, p]));
    const problems: SyncProblem[] = [];
    const incoming: SyncRecord[][] = [];

    const read = async (file: DataFile): Promise<Payload | null> => {
      const earlier = known.get(file.name);
      if (earlier && earlier.etag === file.etag) {
        problems.push(earlier);
        return null;
      }
      const got = await this.options.remote.get(filePath(file.name));
      // Gone since the listing (its device compacted): the snapshot that replaced it is read next time.
      if (!got) return null;
      const opened = await open(key, file.name, got.body);
      const decoded = opened.ok ? decodePayload(opened.plaintext, file) : opened;
      if (!decoded.ok) {
        problems.push({ name: file.name, etag: file.etag, reason: decoded.reason });
        return null;
      }
      incoming.push(decoded.payload.records);
      seen[file.name] = file.etag ?? got.etag ?? '';
      return decoded.payload;
    };

    // Snapshots first: one file in place of many segments, some of which may be gone already.
    const byDevice = groupByDevice(others);
    for (const [device, own] of byDevice) {
      const snapshot = own.snaps.at(-1);
      if (!snapshot || (covered[device] ?? 0) >= snapshot.n) continue;
      const listed = new Map(own.logs.map((f) => [f.n, f]));
      let needed = false;
      for (let n = (covered[device] ?? 0) + 1; n <= snapshot.n && !needed; n++) {
        const segment = listed.get(n);
        needed = !segment || seen[segment.name] !== (segment.etag ?? '');
      }
      if (!needed) continue;
      const payload = await read(snapshot);
      if (payload) for (const [d, n] of Object.entries(payload.covers ?? {})) if (d !== state.device) covered[d] = Math.max(covered[d] ?? 0, n);
    }
    for (const file of others) {
      if (file.kind !== 'log' || file.n <= (covered[file.device] ?? 0)) continue;
      if (file.etag !== null && seen[file.name] === file.etag) continue;
      await read(file);
    }

    // Merge, then apply to the local highlights what changed.
    const merged = mergeRecords(...incoming);
    const changes: LocalChange[] = [];
    const winners: SyncRecord[] = [];
    let clock = state.clock;
    for (const record of merged.values()) {
      clock = receive(clock, record.stamp);
      const current = state.records[record.id];
      if (!wins(record, current)) continue;
      winners.push(record);
      const entry = indexEntryOf(record);
      if (current && current.deleted === entry.deleted && current.hash === entry.hash) continue;
      if (unreadable.has(record.id)) continue;
      const here = local.get(record.id);
      changes.push({ id: record.id, expectedHash: here ? highlightHash(here) : null, next: record.highlight ?? null });
    }
    let skippedHere = new Set<string>();
    if (changes.length > 0) {
      try {
        skippedHere = new Set((await this.options.local.apply(changes)).skipped);
      } catch (error) {
        throw new SyncError('storage', `Received changes could not be saved in this browser: ${messageOf(error)}. Nothing was lost; Precis will try again.`, undefined, { cause: error });
      }
    }

    // Everything below is bookkeeping of what is now merged here, committed at once.
    for (const change of changes) {
      if (skippedHere.has(change.id)) continue;
      if (change.next) local.set(change.id, change.next);
      else local.delete(change.id);
    }
    const winnerIds = new Set<string>();
    for (const record of winners) {
      state.records[record.id] = indexEntryOf(record);
      winnerIds.add(record.id);
    }
    state.pending = state.pending.filter((id) => !winnerIds.has(id));
    state.clock = clock;
    foldCovered(others, covered, seen);
    state.covered = covered;
    state.seen = Object.fromEntries(
      Object.entries(seen).filter(([name]) => {
        const file = parseFileName(name, null);
        return file !== null && file.n > (covered[file.device] ?? 0) && others.some((f) => f.name === name);
      }),
    );
    state.problems = problems;
    await this.options.store.save(state);
    return { received: incoming.reduce((total, list) => total + list.length, 0), changedHere: changes.length - skippedHere.size, skippedHere };
  }

  /**
   * Step 4: the queued records into this device's open segment. Only this device writes its segments, so a
   * rewrite needs no condition (Apache gives no ETag on PUT, and only a weak one for a second after); a new
   * segment is created with If-None-Match: * all the same, so a file that exists is never replaced blind.
   */
  private async push(state: SyncState, key: CryptoKey, local: Map<string, Highlight>): Promise<number> {
    if (state.pending.length === 0) return 0;
    const limit = this.options.segmentRecords ?? 200;
    const { remote } = this.options;
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = state.segment;
      const segment = !current || current.ids.length >= limit ? { n: (current?.n ?? state.snapshot) + 1, written: false, ids: [] as string[] } : current;
      const ids = [...new Set([...segment.ids, ...state.pending])];
      const records = ids.flatMap((id) => recordOf(state, local, id));
      const name = fileName(state.device, 'log', segment.n);
      const payload: Payload = { format: PAYLOAD_FORMAT, kind: 'log', device: state.device, n: segment.n, records };
      const body = await seal(key, name, encodePayload(payload));
      const put = await remote.put(filePath(name), body, segment.written ? null : { ifNoneMatch: '*' });
      if (put.ok) {
        const sent = state.pending.length;
        state.segment = { n: segment.n, written: true, ids };
        state.pending = [];
        await this.options.store.save(state);
        return sent;
      }
      if (put.reason === 'missing-parent') {
        await remote.mkcol(FOLDER);
        continue;
      }
      // The segment exists though this device never heard it was written (an upload whose answer was lost):
      // its records are safe in it, and the queued ones go into the next segment.
      state.segment = { n: segment.n + 1, written: false, ids: [] };
      await this.options.store.save(state);
    }
    throw new SyncError('busy', "The server kept refusing this device's changes as conflicting (HTTP 412). Precis will try again.", 412);
  }

  /** Step 5: once enough of this device's segments are closed, one snapshot replaces them. */
  private async compact(state: SyncState, key: CryptoKey, files: DataFile[], local: Map<string, Highlight>, skippedHere: Set<string>): Promise<void> {
    const { remote } = this.options;
    const closedUpTo = (state.segment?.n ?? 1) - 1;
    const mine = files.filter((f) => f.device === state.device);
    const due = closedUpTo - state.snapshot >= (this.options.compactAfterSegments ?? 8);
    if (due && skippedHere.size === 0 && this.localMatchesRecords(state, local)) {
      const name = fileName(state.device, 'snap', closedUpTo);
      const records = Object.keys(state.records).flatMap((id) => recordOf(state, local, id));
      const covers = { ...state.covered, [state.device]: closedUpTo };
      const payload: Payload = { format: PAYLOAD_FORMAT, kind: 'snap', device: state.device, n: closedUpTo, covers, records };
      const put = await remote.put(filePath(name), await seal(key, name, encodePayload(payload)), { ifNoneMatch: '*' });
      // 412: this snapshot was written by an earlier attempt whose answer was lost; it covers the same segments.
      if (put.ok || put.reason === 'precondition') {
        state.snapshot = closedUpTo;
        await this.options.store.save(state);
      }
    }
    // Only files a snapshot of this device's own covers go, and never the open segment.
    for (const file of mine) {
      const obsolete = file.kind === 'log' ? file.n <= state.snapshot : file.n < state.snapshot;
      if (obsolete) await remote.remove(filePath(file.name));
    }
  }

  /** Whether every live record's highlight is here as recorded (a snapshot can then describe them all). */
  private localMatchesRecords(state: SyncState, local: Map<string, Highlight>): boolean {
    for (const [id, entry] of Object.entries(state.records)) {
      if (entry.deleted) continue;
      const here = local.get(id);
      if (!here || highlightHash(here) !== entry.hash) return false;
    }
    return true;
  }
}

/**
 * The key of a folder's key file, after proving the passphrase opens it; a SyncError in words otherwise (a damaged
 * file, a newer Precis, another passphrase). `cached` spares the key derivation when salt and count are the same.
 */
async function openKeys(
  bytes: Uint8Array<ArrayBuffer>,
  passphrase: string,
  cached: Unlocked | null,
  keyCache: KeyCache | undefined,
): Promise<{ keys: KeysFile; key: CryptoKey }> {
  const parsed = parseKeysFile(bytes);
  if (!parsed.ok) {
    throw parsed.reason === 'newer'
      ? new SyncError('protocol', 'The sync folder was set up by a newer version of Precis. Update Precis on this device to sync with it.')
      : new SyncError('protocol', `The sync folder's key file (${KEYS_PATH}) is damaged. Precis left it as it is and changed nothing.`);
  }
  const { keys } = parsed;
  const key =
    cached && cached.salt === keys.salt && cached.iterations === keys.iterations
      ? cached.key
      : await obtainKey(passphrase, parsed.salt, keys.iterations, keyCache);
  const opened = await open(key, KEYS_NAME, parsed.check);
  if (!opened.ok || new TextDecoder().decode(opened.plaintext) !== keys.folder) {
    throw new SyncError(
      'passphrase',
      'This passphrase does not open the sync folder: it was set up with another one. Enter the passphrase used on your other devices. Nothing was changed, here or on the server.',
    );
  }
  return { keys, key };
}

/** The key for this passphrase, salt and count: from the cache when it was derived before, else stretched (and kept). */
async function obtainKey(passphrase: string, salt: Bytes, iterations: number, keyCache: KeyCache | undefined): Promise<CryptoKey> {
  if (!keyCache) return importAesKey(await deriveKeyBytes(passphrase, salt, iterations));
  const id = await keyCacheId(passphrase, toBase64(salt), iterations);
  const kept = await keyCache.load(id).catch(() => null);
  if (kept) return importAesKey(kept);
  const raw = await deriveKeyBytes(passphrase, salt, iterations);
  // A cache that cannot keep it costs the next wake a derivation, nothing more.
  await keyCache.save(id, raw).catch(() => undefined);
  return importAesKey(raw);
}

/**
 * "Test connection": reads only (the folder listing and, if there is one, its key file) and says what the first
 * sync will find. Throws a SyncError in words when the server, the account or the passphrase is wrong.
 */
export async function testFolder(remote: Remote, passphrase: string, keyCache?: KeyCache): Promise<'new' | 'ready'> {
  const entries = await remote.list(FOLDER);
  if (entries === null) {
    // The address itself must exist; the folder Precis works in is created at the first sync.
    if ((await remote.list('')) === null) throw new SyncError('not-found', 'The server address was not found. Check the address (the WebDAV folder URL).');
    return 'new';
  }
  const keys = entries.some((e) => e.name === KEYS_NAME && !e.folder) ? await remote.get(KEYS_PATH) : null;
  if (!keys) return 'new';
  await openKeys(keys.body, passphrase, null, keyCache);
  return 'ready';
}

/** The record this device holds for an id, with its highlight; none when the highlight is not here as recorded. */
function recordOf(state: SyncState, local: Map<string, Highlight>, id: string): SyncRecord[] {
  const entry = state.records[id];
  if (!entry) return [];
  if (entry.deleted) return [{ id, stamp: entry.stamp }];
  const highlight = local.get(id);
  return highlight && highlightHash(highlight) === entry.hash ? [{ id, stamp: entry.stamp, highlight }] : [];
}

/** A folder this device has not synced with before (or one set up again): everything here must be sent. */
function adoptFolder(state: SyncState, folder: string, etag: string | null): void {
  if (state.folder !== folder) {
    state.covered = {};
    state.seen = {};
    state.problems = [];
    state.segment = null;
    state.snapshot = 0;
    state.pending = Object.keys(state.records);
  }
  state.folder = folder;
  state.keysEtag = etag;
}

function groupByDevice(files: DataFile[]): Map<string, { logs: DataFile[]; snaps: DataFile[] }> {
  const groups = new Map<string, { logs: DataFile[]; snaps: DataFile[] }>();
  for (const file of [...files].sort((a, b) => a.n - b.n)) {
    const group = groups.get(file.device) ?? { logs: [], snaps: [] };
    (file.kind === 'log' ? group.logs : group.snaps).push(file);
    groups.set(file.device, group);
  }
  return groups;
}

/** Advance each device's coverage over its closed segments that are merged here in their listed version. */
function foldCovered(files: DataFile[], covered: Record<string, number>, seen: Record<string, string>): void {
  for (const [device, { logs }] of groupByDevice(files)) {
    const open = logs.at(-1)?.n ?? 0;
    for (const file of logs) {
      if (file.n <= (covered[device] ?? 0)) continue;
      if (file.n !== (covered[device] ?? 0) + 1 || file.n >= open || file.etag === null || seen[file.name] !== file.etag) break;
      covered[device] = file.n;
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function asSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  return new SyncError('storage', `Sync could not read or save its state in this browser: ${messageOf(error)}`, undefined, { cause: error });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
