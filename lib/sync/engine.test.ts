/**
 * The sync engine against an in-memory folder: merge outcomes, the wrong passphrase, unreadable files, compaction.
 * The same behaviour against a real Apache is in webdav-server.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import type { KeyCache } from './engine.ts';
import { KEYS_PATH } from './layout.ts';
import { testFolder } from './engine.ts';
import { MemoryRemote, Replica } from '../../tests/support/sync-replicas.ts';
import { runConvergence, StepClock } from '../../tests/support/sync-scenarios.ts';

// A low iteration count keeps these many key derivations fast; the real-server tests use the default.
const fast = { iterations: 1_000 };

function pair() {
  const remote = new MemoryRemote();
  const clock = new StepClock();
  const a = new Replica(remote, { ...fast, now: clock.now });
  const b = new Replica(remote, { ...fast, now: clock.now });
  return { remote, clock, a, b };
}

async function synced(...replicas: Replica[]) {
  for (const r of replicas) {
    const outcome = await r.sync();
    if (!outcome.ok) throw outcome.error;
  }
}

describe('sync engine (in-memory folder)', () => {
  it('brings a highlight saved on A to B, and notes edited on both for different highlights both survive', async () => {
    const { clock, a, b } = pair();
    a.add('one', 'first passage', { now: clock.step() });
    a.add('two', 'second passage', { now: clock.step() });
    await synced(a, b);
    expect(b.view()).toEqual(a.view());
    a.edit('one', { note: 'note from A' }, clock.step());
    b.edit('two', { note: 'note from B' }, clock.step());
    await synced(a, b, a);
    expect(a.view()).toEqual({ one: 'first passage|note from A|yellow', two: 'second passage|note from B|yellow' });
    expect(b.view()).toEqual(a.view());
  });

  it('lets a delete win over an older edit, and a newer edit win over a delete', async () => {
    const { clock, a, b } = pair();
    a.add('x', 'contested', { now: clock.step() });
    a.add('y', 'contested too', { now: clock.step() });
    await synced(a, b);
    // x: B edits first, A deletes later → deleted everywhere.
    b.edit('x', { note: 'older edit' }, clock.step());
    await b.engine.recordLocalChanges();
    clock.step();
    a.remove('x');
    await a.engine.recordLocalChanges();
    // y: A deletes first, B edits later → the edit brings it back everywhere.
    clock.step();
    a.remove('y');
    await a.engine.recordLocalChanges();
    b.edit('y', { note: 'newer edit' }, clock.step());
    await b.engine.recordLocalChanges();
    await synced(b, a, b);
    expect(a.view()).toEqual({ y: 'contested too|newer edit|yellow' });
    expect(b.view()).toEqual(a.view());
  });

  it('refuses a wrong passphrase with a clear message and changes nothing, here or on the server', async () => {
    const { remote, clock, a, b } = pair();
    a.add('one', 'kept', { now: clock.step() });
    await synced(a);
    const before = new Map(remote.files);
    b.add('local', 'only on B', { now: clock.step() });
    const outcome = await b.withPassphrase('not the passphrase').sync();
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.kind).toBe('passphrase');
      expect(outcome.error.message).toMatch(/passphrase does not open the sync folder/);
      expect(outcome.pending).toBe(1);
    }
    expect(remote.files).toEqual(before);
    expect(b.view()).toEqual({ local: 'only on B||yellow' });
    // With the right passphrase the queued highlight goes through.
    await synced(b.withPassphrase('correct horse battery staple'), a);
    expect(a.view()).toEqual({ one: 'kept||yellow', local: 'only on B||yellow' });
  });

  it('skips, reports and keeps a corrupt remote file, and syncs the rest', async () => {
    const { remote, clock, a, b } = pair();
    const c = new Replica(remote, { ...fast, now: clock.now });
    a.add('fromA', 'from A', { now: clock.step() });
    c.add('fromC', 'from C', { now: clock.step() });
    await synced(a, c);
    const [path, file] = [...remote.files].find(([p]) => p.includes(a.store.state!.device))!;
    const damaged = file.body.slice();
    damaged[damaged.length - 3]! ^= 0xff;
    remote.files.set(path, { body: damaged, etag: '"damaged"' });
    const outcome = await b.sync();
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.report.problems).toEqual([{ name: path.slice('precis/'.length), etag: '"damaged"', reason: 'corrupt' }]);
    expect(b.view()).toEqual({ fromC: 'from C||yellow' });
    expect(remote.files.get(path)?.body).toEqual(damaged);
    // Once the file is whole again it is merged.
    remote.files.set(path, { body: file.body, etag: '"whole"' });
    await synced(b);
    expect(b.view()).toEqual({ fromA: 'from A||yellow', fromC: 'from C||yellow' });
    expect(b.store.state!.problems).toEqual([]);
  });

  it('skips a file written by a newer version without treating it as damage', async () => {
    const { remote, clock, a, b } = pair();
    a.add('one', 'from A', { now: clock.step() });
    await synced(a);
    const [path, file] = [...remote.files].find(([p]) => p.includes('.log.'))!;
    const newer = file.body.slice();
    newer[6] = 99;
    remote.files.set(path, { body: newer, etag: '"newer"' });
    const outcome = await b.sync();
    expect(outcome.ok && outcome.report.problems.map((p) => p.reason)).toEqual(['newer']);
  });

  it('never turns a local entry it cannot read into a delete', async () => {
    const { clock, a, b } = pair();
    a.add('x', 'survives', { now: clock.step() });
    await synced(a, b);
    b.highlights.byId.delete('x');
    b.highlights.unreadable.add('x');
    await synced(b, a);
    expect(a.view()).toEqual({ x: 'survives||yellow' });
  });

  it('sets one key file up when two devices start at once, and both use it', async () => {
    const { remote, clock, a, b } = pair();
    a.add('a', 'from A', { now: clock.step() });
    b.add('b', 'from B', { now: clock.step() });
    const outcomes = await Promise.all([a.sync(), b.sync()]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
    expect([...remote.files.keys()].filter((p) => p === KEYS_PATH)).toHaveLength(1);
    await synced(a, b);
    expect(a.view()).toEqual(b.view());
    expect(Object.keys(a.view())).toEqual(['a', 'b']);
  });

  it('compacts closed segments into a snapshot that a new device reads in place of them', async () => {
    const remote = new MemoryRemote();
    const clock = new StepClock();
    const options = { ...fast, now: clock.now, segmentRecords: 5, compactAfterSegments: 3 };
    const a = new Replica(remote, options);
    for (let i = 0; i < 40; i++) {
      a.add(`h${i}`, `passage ${i}`, { now: clock.step() });
      if (i % 4 === 3) await synced(a);
    }
    await synced(a);
    const names = [...remote.files.keys()].map((p) => p.slice('precis/'.length)).filter((n) => n !== 'keys.json');
    expect(names.some((n) => n.includes('.snap.'))).toBe(true);
    expect(names.filter((n) => n.includes('.log.')).length).toBeLessThan(4);
    const fresh = new Replica(remote, options);
    remote.requests = 0;
    await synced(fresh);
    expect(fresh.view()).toEqual(a.view());
    expect(Object.keys(fresh.view())).toHaveLength(40);
    // PROPFIND, the key file, one snapshot, the segments after it, and this device's own (empty) push is none.
    expect(remote.requests).toBeLessThanOrEqual(2 + 1 + names.length);
  });

  it('costs two requests per new highlight once set up', async () => {
    const { remote, clock, a } = pair();
    a.add('first', 'set up', { now: clock.step() });
    await synced(a, a);
    remote.requests = 0;
    for (let i = 0; i < 10; i++) {
      a.add(`n${i}`, `new ${i}`, { now: clock.step() });
      await synced(a);
    }
    expect(remote.requests / 10).toBeLessThanOrEqual(2);
  });

  it('tests a connection by reading only: a new folder, a ready one, and the wrong passphrase', async () => {
    const { remote, clock, a } = pair();
    remote.folders.add('');
    expect(await testFolder(remote, 'correct horse battery staple')).toBe('new');
    expect(remote.files.size).toBe(0);
    a.add('x', 'x', { now: clock.step() });
    await synced(a);
    expect(await testFolder(remote, 'correct horse battery staple')).toBe('ready');
    await expect(testFolder(remote, 'wrong passphrase!')).rejects.toMatchObject({ kind: 'passphrase' });
  });

  it('converges: 3 devices × 120 random changes with syncs in between', async () => {
    const remote = new MemoryRemote();
    const result = await runConvergence(() => remote, { replicas: 3, operations: 120, seed: 42, engine: { ...fast, segmentRecords: 8, compactAfterSegments: 3 } });
    expect(result.failedSyncs).toBe(0);
    for (const view of result.views) expect(view).toEqual(result.expected);
    expect(Object.keys(result.expected).length).toBeGreaterThan(20);
  });

  it('stretches the passphrase once per session: a new engine (a woken worker) takes the key from the cache', async () => {
    const kept = new Map<string, Uint8Array<ArrayBuffer>>();
    const keyCache: KeyCache = { load: async (id) => kept.get(id) ?? null, save: async (id, raw) => void kept.set(id, raw) };
    const remote = new MemoryRemote();
    const clock = new StepClock();
    const a = new Replica(remote, { ...fast, now: clock.now, keyCache });
    a.add('one', 'first passage', { now: clock.step() });
    await synced(a);
    expect(kept.size).toBe(1);
    const stretch = vi.spyOn(crypto.subtle, 'deriveBits');
    try {
      a.add('two', 'second passage', { now: clock.step() });
      await synced(a.withPassphrase('correct horse battery staple'));
      expect(stretch).not.toHaveBeenCalled();
      // Another passphrase misses the cache, is stretched, and still cannot open the folder.
      const wrong = await a.withPassphrase('not the passphrase at all').sync();
      expect(wrong.ok ? null : wrong.error.kind).toBe('passphrase');
      expect(stretch).toHaveBeenCalledTimes(1);
      // A second device with its own cache stretches once, then syncs from the cache.
      const b = new Replica(remote, { ...fast, now: clock.now, keyCache: { load: async () => null, save: async () => undefined } });
      await synced(b);
      expect(stretch).toHaveBeenCalledTimes(2);
      expect(b.view()).toEqual({ one: 'first passage||yellow', two: 'second passage||yellow' });
    } finally {
      stretch.mockRestore();
    }
  });
});

