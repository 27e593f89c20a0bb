/**
 * Devices for sync tests and the bench: a replica is a SyncEngine with its highlights and its sync state held in
 * memory (what the extension keeps in browser storage), so many devices can run in one process against one
 * server. MemoryRemote is an in-memory folder with WebDAV's conditional-write rules, for the merge's unit tests;
 * the same tests also run against a real Apache (webdav-server.ts).
 */
import { createHighlight, type Highlight } from '../../lib/highlights/index.ts';
import type { Bytes } from '../../lib/sync/crypto.ts';
import { SyncEngine, type LocalChange, type LocalHighlights, type SyncEngineOptions } from '../../lib/sync/engine.ts';
import { highlightHash } from '../../lib/sync/records.ts';
import type { SyncState } from '../../lib/sync/state.ts';
import type { PutCondition, PutResult, Remote, RemoteEntry } from '../../lib/sync/webdav.ts';

export class MemoryRemote implements Remote {
  readonly files = new Map<string, { body: Bytes; etag: string }>();
  readonly folders = new Set<string>();
  requests = 0;
  private version = 0;

  async list(folder: string): Promise<RemoteEntry[] | null> {
    this.requests++;
    if (!this.folders.has(folder)) return null;
    const entries: RemoteEntry[] = [];
    for (const [path, file] of this.files) {
      if (path.startsWith(folder) && !path.slice(folder.length).includes('/')) entries.push({ name: path.slice(folder.length), etag: file.etag, folder: false });
    }
    return entries;
  }

  async get(path: string) {
    this.requests++;
    const file = this.files.get(path);
    return file ? { body: file.body.slice(), etag: file.etag } : null;
  }

  async put(path: string, body: Bytes, condition: PutCondition): Promise<PutResult> {
    this.requests++;
    if (!this.folders.has(path.slice(0, path.lastIndexOf('/') + 1))) return { ok: false, reason: 'missing-parent' };
    const current = this.files.get(path);
    if (condition && 'ifNoneMatch' in condition && current) return { ok: false, reason: 'precondition' };
    if (condition && 'ifMatch' in condition && current?.etag !== condition.ifMatch) return { ok: false, reason: 'precondition' };
    const etag = `"m${++this.version}"`;
    this.files.set(path, { body: body.slice(), etag });
    return { ok: true, etag };
  }

  async mkcol(path: string): Promise<void> {
    this.requests++;
    this.folders.add(path);
  }

  async remove(path: string): Promise<void> {
    this.requests++;
    this.files.delete(path);
  }
}

/** A device's highlights in memory, applied with the same compare-and-set rule as browser storage. */
export class MemoryHighlights implements LocalHighlights {
  readonly byId = new Map<string, Highlight>();
  /** Ids stored in a form this version cannot read. */
  readonly unreadable = new Set<string>();

  async list() {
    return { highlights: [...this.byId.values()], unreadable: [...this.unreadable] };
  }

  async apply(changes: LocalChange[]) {
    const skipped: string[] = [];
    for (const change of changes) {
      const here = this.byId.get(change.id);
      if ((here ? highlightHash(here) : null) !== change.expectedHash || this.unreadable.has(change.id)) skipped.push(change.id);
      else if (change.next) this.byId.set(change.id, change.next);
      else this.byId.delete(change.id);
    }
    return { skipped };
  }
}

export class MemoryStateStore {
  state: SyncState | null = null;
  async load() {
    return this.state ? structuredClone(this.state) : null;
  }
  async save(state: SyncState) {
    this.state = structuredClone(state);
  }
}

export class Replica {
  readonly highlights = new MemoryHighlights();
  readonly store = new MemoryStateStore();
  engine: SyncEngine;

  constructor(
    readonly remote: Remote,
    readonly options: Partial<SyncEngineOptions> & { passphrase?: string } = {},
  ) {
    this.engine = this.makeEngine(options.passphrase ?? 'correct horse battery staple');
  }

  private makeEngine(passphrase: string): SyncEngine {
    return new SyncEngine({ busyDelayMs: 5, ...this.options, remote: this.options.remote ?? this.remote, local: this.highlights, store: this.store, passphrase });
  }

  /** The same device after the user typed another passphrase (the engine forgets its unlocked key). */
  withPassphrase(passphrase: string): this {
    this.engine = this.makeEngine(passphrase);
    return this;
  }

  sync() {
    return this.engine.sync();
  }

  add(id: string, text: string, opts: { url?: string; note?: string; now?: Date } = {}): Highlight {
    const h = createHighlight({
      id,
      url: opts.url ?? `https://example.org/articles/${id}`,
      title: `Article ${id}`,
      note: opts.note,
      now: opts.now,
      selectors: [{ type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' }],
    });
    this.highlights.byId.set(id, h);
    return h;
  }

  edit(id: string, patch: Partial<Pick<Highlight, 'note' | 'color'>>, now = new Date()): void {
    const h = this.highlights.byId.get(id);
    if (!h) throw new Error(`no highlight ${id} here`);
    this.highlights.byId.set(id, { ...h, ...patch, updated: new Date(Math.max(now.getTime(), Date.parse(h.updated) + 1)).toISOString() });
  }

  remove(id: string): void {
    this.highlights.byId.delete(id);
  }

  /** id → what a user sees of it (text, note, colour), sorted: replicas that converged give equal values. */
  view(): Record<string, string> {
    return Object.fromEntries(
      [...this.highlights.byId.values()].sort((a, b) => a.id.localeCompare(b.id)).map((h) => [h.id, `${h.exact}|${h.note}|${h.color}`]),
    );
  }
}
