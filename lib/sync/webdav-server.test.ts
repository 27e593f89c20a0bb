/**
 * The sync against a real WebDAV server (Apache mod_dav, started on 127.0.0.1 for these tests), with faults
 * injected by the server itself (killed, wrong password) or a proxy in front of it (412, 423, 507, redirects, an
 * answer that never comes). Every case ends with nothing lost, here or on the server.
 */
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebDavClient, type WebDavOptions } from './webdav.ts';
import { Replica } from '../../tests/support/sync-replicas.ts';
import { runConvergence, StepClock } from '../../tests/support/sync-scenarios.ts';
import { FaultProxy, type Fault } from '../../tests/support/fault-proxy.ts';
import { WebDavServer, webdavMissing } from '../../tests/support/webdav-server.ts';

if (webdavMissing) console.warn(`webdav-server.test.ts ${webdavMissing}`);

describe.skipIf(webdavMissing !== null)('sync through a real WebDAV server (Apache mod_dav)', () => {
  let server: WebDavServer;
  let proxy: FaultProxy;
  let folders = 0;

  beforeAll(async () => {
    server = await WebDavServer.start();
    proxy = await FaultProxy.start(server.port);
  });
  afterAll(async () => {
    await proxy?.stop();
    await server?.stop();
  });

  /** A fresh folder on the server, as the user would create one, and a client factory for it. */
  async function folder(options: Partial<WebDavOptions> & { viaProxy?: boolean } = {}) {
    const name = `user-folder-${++folders}`;
    const direct = new WebDavClient({ baseUrl: server.url, username: server.username, password: server.password });
    await direct.mkcol(`${name}/`);
    const base = options.viaProxy ? `${proxy.origin}/dav/${name}/` : `${server.url}${name}/`;
    const client = (extra: Partial<WebDavOptions> = {}) =>
      new WebDavClient({ baseUrl: base, username: server.username, password: server.password, timeoutMs: 5_000, ...options, ...extra });
    const files = () => server.files().filter((f) => f.path.startsWith(`${name}/`));
    return { name, client, files };
  }

  function devices(make: () => WebDavClient, count: number, clock = new StepClock()) {
    return Array.from({ length: count }, () => new Replica(make(), { now: clock.now }));
  }

  async function synced(...replicas: Replica[]) {
    for (const r of replicas) {
      const outcome = await r.sync();
      if (!outcome.ok) throw outcome.error;
    }
  }

  it('syncs two devices, and no file on the server holds a highlight text, note or URL', async () => {
    const { client, files } = await folder();
    const clock = new StepClock();
    const [a, b] = devices(client, 2, clock);
    a!.add('canary1', 'CANARY-TEXT-4f1d quoted passage', { url: 'https://canary-host-77.example/path-CANARY-URL', note: 'CANARY-NOTE-9a2b', now: clock.step() });
    await synced(a!, b!);
    expect(b!.view()).toEqual({ canary1: 'CANARY-TEXT-4f1d quoted passage|CANARY-NOTE-9a2b|yellow' });
    expect(b!.highlights.byId.get('canary1')?.url).toBe('https://canary-host-77.example/path-CANARY-URL');
    const stored = files();
    expect(stored.length).toBeGreaterThanOrEqual(2);
    for (const file of stored) {
      const text = `${file.path}\n${file.bytes.toString('latin1')}`;
      for (const canary of ['CANARY', 'canary', 'quoted passage', 'example/path']) expect(text).not.toContain(canary);
    }
  });

  it('converges: 3 devices × 300 random changes interleaved with syncs, against the real server', async () => {
    const { client } = await folder();
    const result = await runConvergence(client, { replicas: 3, operations: 300, seed: 2026, engine: { segmentRecords: 40, compactAfterSegments: 3 } });
    expect(result.failedSyncs).toBe(0);
    expect(Object.keys(result.expected).length).toBeGreaterThan(50);
    for (const view of result.views) expect(view).toEqual(result.expected);
  });

  it('loses nothing when the server is killed at any point of a sync', async () => {
    const { client } = await folder({ viaProxy: true });
    const clock = new StepClock();
    const [a, b] = devices(client, 2, clock);
    a!.add('start', 'before the crashes', { now: clock.step() });
    await synced(a!, b!);
    let expectedIds = ['start'];
    let interrupted = 0;
    // Kill the server just before the k-th request of B's sync, for every k a sync makes.
    for (let k = 0; k < 5; k++) {
      a!.add(`a${k}`, `from A ${k}`, { now: clock.step() });
      b!.add(`b${k}`, `from B ${k}`, { now: clock.step() });
      b!.edit('start', { note: `edited ${k}` }, clock.step());
      await synced(a!);
      const first = proxy.seen.length;
      proxy.rule = async (request): Promise<Fault> => {
        if (request.index === first + k) await server.kill();
        return 'pass';
      };
      const outcome = await b!.sync();
      proxy.rule = () => 'pass';
      if (!outcome.ok) {
        interrupted++;
        expect(['offline', 'timeout']).toContain(outcome.error.kind);
      }
      await server.restart();
      await synced(b!, a!, b!);
      expectedIds = [...expectedIds, `a${k}`, `b${k}`];
      expect(Object.keys(a!.view()).sort()).toEqual([...expectedIds].sort());
      expect(b!.view()).toEqual(a!.view());
      expect(a!.view().start).toBe(`before the crashes|edited ${k}|yellow`);
    }
    // B's sync makes three requests (list, download A's segment, upload its own): those kills land inside it.
    expect(interrupted).toBeGreaterThanOrEqual(3);
  });

  it('answers 412 races: two devices setting the folder up at once, and a segment that changed under a device', async () => {
    const { client, files } = await folder({ viaProxy: true });
    const clock = new StepClock();
    const [a, b] = devices(client, 2, clock);
    a!.add('a', 'from A', { now: clock.step() });
    b!.add('b', 'from B', { now: clock.step() });
    const both = await Promise.all([a!.sync(), b!.sync()]);
    expect(both.map((o) => o.ok)).toEqual([true, true]);
    expect(files().filter((f) => f.path.endsWith('keys.json'))).toHaveLength(1);
    // The next two uploads are refused with 412 and 423 (as if changed or locked meanwhile); the changes get through.
    let refused = 0;
    proxy.rule = (request) => (request.method === 'PUT' && refused < 2 ? { status: [412, 423][refused++]! } : 'pass');
    a!.add('after-race', 'after the race', { now: clock.step() });
    await synced(a!);
    proxy.rule = () => 'pass';
    expect(refused).toBe(2);
    await synced(b!, a!);
    expect(Object.keys(b!.view()).sort()).toEqual(['a', 'after-race', 'b']);
    expect(a!.view()).toEqual(b!.view());
  });

  it('says the storage is full on 507, keeps the change queued, and sends it once there is room', async () => {
    const { client } = await folder({ viaProxy: true });
    const clock = new StepClock();
    const [a, b] = devices(client, 2, clock);
    a!.add('first', 'fits', { now: clock.step() });
    await synced(a!);
    proxy.rule = (request) => (request.method === 'PUT' ? { status: 507 } : 'pass');
    a!.add('second', 'waits for room', { now: clock.step() });
    const full = await a!.sync();
    expect(full.ok).toBe(false);
    if (!full.ok) {
      expect(full.error.kind).toBe('full');
      expect(full.error.message).toMatch(/storage on the sync server is full/);
      expect(full.pending).toBe(1);
    }
    proxy.rule = () => 'pass';
    await synced(a!, b!);
    expect(Object.keys(b!.view()).sort()).toEqual(['first', 'second']);
  });

  it('asks for the password again on 401, touching nothing, and carries on with the right one', async () => {
    const { client, files } = await folder();
    const clock = new StepClock();
    const [a] = devices(client, 1, clock);
    a!.add('one', 'kept', { now: clock.step() });
    await synced(a!);
    const before = files().map((f) => f.path + f.bytes.toString('base64'));
    const wrong = new Replica(client({ password: 'not-the-app-password' }), { now: clock.now });
    wrong.add('queued', 'waits for the password', { now: clock.step() });
    const outcome = await wrong.sync();
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.kind).toBe('auth');
      expect(outcome.error.message).toMatch(/app password/);
      expect(outcome.error.message).not.toContain('not-the-app-password');
    }
    expect(files().map((f) => f.path + f.bytes.toString('base64'))).toEqual(before);
    // The same device (same state) with the right password.
    const fixed = new Replica(client(), { now: clock.now, remote: client() });
    fixed.highlights.byId.set('queued', wrong.highlights.byId.get('queued')!);
    fixed.store.state = wrong.store.state;
    await synced(fixed, a!);
    expect(Object.keys(a!.view()).sort()).toEqual(['one', 'queued']);
  });

  it('refuses a wrong passphrase: a clear message, the server byte for byte as it was, local highlights untouched', async () => {
    const { client, files } = await folder();
    const clock = new StepClock();
    const [a, b] = devices(client, 2, clock);
    a!.add('one', 'from A', { now: clock.step() });
    await synced(a!);
    const before = files().map((f) => f.path + f.bytes.toString('base64'));
    b!.add('mine', 'only on B', { now: clock.step() });
    const outcome = await b!.withPassphrase('a different passphrase').sync();
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.kind).toBe('passphrase');
    expect(files().map((f) => f.path + f.bytes.toString('base64'))).toEqual(before);
    expect(b!.view()).toEqual({ mine: 'only on B||yellow' });
  });

  it('skips, reports and keeps a corrupt remote file', async () => {
    const { name, client, files } = await folder();
    const clock = new StepClock();
    const [a, b, c] = devices(client, 3, clock);
    a!.add('fromA', 'from A', { now: clock.step() });
    c!.add('fromC', 'from C', { now: clock.step() });
    await synced(a!, c!);
    const victim = files().find((f) => f.path.includes(a!.store.state!.device))!;
    const garbage = Buffer.from('PRECIS\u0001 this is not what was written, it was damaged on the way');
    writeFileSync(join(server.root, victim.path), garbage);
    const outcome = await b!.sync();
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.report.problems.map((p) => `${name}/precis/${p.name}:${p.reason}`)).toEqual([`${victim.path}:corrupt`]);
    expect(b!.view()).toEqual({ fromC: 'from C||yellow' });
    expect(files().find((f) => f.path === victim.path)?.bytes.equals(garbage)).toBe(true);
  });

  it('times out on a server that never answers, and refuses a redirect to another origin', async () => {
    const { client } = await folder({ viaProxy: true });
    const [a] = devices(() => client({ timeoutMs: 400 }), 1);
    a!.add('waiting', 'queued');
    proxy.rule = () => 'hang';
    const started = Date.now();
    const slow = await a!.sync();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(!slow.ok && slow.error.kind).toBe('timeout');

    let elsewhere = 0;
    const other = createServer((_, res) => {
      elsewhere++;
      res.end();
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as { port: number }).port;
    proxy.rule = () => ({ status: 302, headers: { Location: `http://127.0.0.1:${port}/steal` } });
    const moved = await a!.sync();
    proxy.rule = () => 'pass';
    await new Promise<void>((resolve) => other.close(() => resolve()));
    expect(!moved.ok && moved.error.kind).toBe('redirect');
    expect(elsewhere).toBe(0);
    expect(a!.store.state?.pending).toEqual(['waiting']);
    await synced(a!);
    expect(a!.store.state?.pending).toEqual([]);
  });

  it('creates its folder when missing, and says so when the address itself does not exist', async () => {
    const { client, files } = await folder();
    const [a] = devices(client, 1);
    a!.add('x', 'first sync');
    await synced(a!);
    expect(files().map((f) => f.path.split('/').slice(1, 2)[0])).toContain('precis');
    const nowhere = new Replica(new WebDavClient({ baseUrl: `${server.url}no-such-folder/`, username: server.username, password: server.password }));
    nowhere.add('y', 'queued');
    const outcome = await nowhere.sync();
    expect(!outcome.ok && outcome.error.kind).toBe('not-found');
  });
});
