/**
 * `npm run bench -- sync`: the sync alone against a real WebDAV server (Apache mod_dav on 127.0.0.1, started and
 * stopped here). Prints
 *   sync lost: N                         highlights missing or different on any device after 3 devices × 300 random
 *                                        changes with syncs in between (goal 0)
 *   sync plaintext files: N              files on the server holding a highlight's text, note or URL (goal 0)
 *   sync requests per new highlight: N   HTTP requests per highlight when each new one is synced on its own (goal ≤ 3)
 *   sync pull 10k s: X                   a new device's first sync of 10,000 highlights, key derivation included
 *                                        (goal ≤ 10 s)
 */
import { createHighlight } from '../lib/highlights/index.ts';
import { WebDavClient } from '../lib/sync/webdav.ts';
import { Replica } from '../tests/support/sync-replicas.ts';
import { runConvergence, StepClock } from '../tests/support/sync-scenarios.ts';
import { WebDavServer, webdavMissing } from '../tests/support/webdav-server.ts';

export async function benchSync(log: (line: string) => void): Promise<[string, string][]> {
  if (webdavMissing) {
    log(`sync ${webdavMissing}`);
    return [];
  }
  const server = await WebDavServer.start();
  let folders = 0;
  let requests = 0;
  const counting: typeof fetch = (input, init) => {
    requests++;
    return fetch(input, init);
  };
  const folder = async () => {
    const name = `bench-${++folders}`;
    await new WebDavClient({ baseUrl: server.url, username: server.username, password: server.password }).mkcol(`${name}/`);
    return () => new WebDavClient({ baseUrl: `${server.url}${name}/`, username: server.username, password: server.password, fetch: counting });
  };
  try {
    const headlines: [string, string][] = [];

    log('3 devices × 300 random changes, syncs in between (seeded), then every device syncs until nothing moves');
    const started = performance.now();
    const result = await runConvergence(await folder(), { replicas: 3, operations: 300, seed: 17 });
    let lost = 0;
    for (const [id, value] of Object.entries(result.expected)) if (result.views.some((view) => view[id] !== value)) lost++;
    for (const view of result.views) for (const id of Object.keys(view)) if (!(id in result.expected)) lost++;
    log(`  ${result.operations} changes, ${result.syncs} syncs (${result.failedSyncs} failed), ${Object.keys(result.expected).length} highlights at the end, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    headlines.push(['sync lost', String(lost)]);

    const clock = new StepClock();
    const single = new Replica((await folder())(), { now: clock.now });
    single.add('first', 'sets the folder up', { now: clock.step() });
    await single.sync();
    await single.sync();
    const count = 50;
    requests = 0;
    for (let i = 0; i < count; i++) {
      single.add(`one-${i}`, `new highlight ${i}`, { now: clock.step() });
      const outcome = await single.sync();
      if (!outcome.ok) throw outcome.error;
    }
    log(`  ${requests} requests for ${count} highlights synced one at a time`);
    headlines.push(['sync requests per new highlight', (requests / count).toFixed(2)]);

    const big = await folder();
    const writer = new Replica(big(), { now: clock.now });
    const total = 10_000;
    for (let i = 0; i < total; i++) {
      const word = `w${i}`;
      writer.highlights.byId.set(
        `k${i}`,
        createHighlight({
          id: `k${i}`,
          url: `https://news.example/2026/${i % 700}/a-long-article-address-${i % 700}?page=${i % 3}`,
          title: `An article title of a usual length, number ${i % 700}`,
          note: i % 4 === 0 ? `A note on ${word}, a sentence or two that the user wrote down beside the passage.` : '',
          now: clock.step(),
          selectors: [
            { type: 'TextQuoteSelector', exact: `A highlighted passage ${word} of about the length of one sentence in an article, with some words.`, prefix: 'the words just before it ', suffix: ' and the words just after' },
            { type: 'TextPositionSelector', start: i * 10, end: i * 10 + 96 },
          ],
        }),
      );
      if (i % 1000 === 999) {
        const outcome = await writer.sync();
        if (!outcome.ok) throw outcome.error;
      }
    }
    const bytes = server.files().filter((f) => f.path.startsWith(`bench-${folders}/`)).reduce((sum, f) => sum + f.bytes.length, 0);
    const fresh = new Replica(big());
    requests = 0;
    const pullStart = performance.now();
    const pulled = await fresh.sync();
    const seconds = (performance.now() - pullStart) / 1000;
    if (!pulled.ok) throw pulled.error;
    log(`  new device: ${Object.keys(fresh.view()).length} highlights from ${(bytes / 1e6).toFixed(1)} MB in ${requests} requests`);
    if (Object.keys(fresh.view()).length !== total) throw new Error('the new device did not receive every highlight');
    headlines.push(['sync pull 10k s', seconds.toFixed(2)]);

    // Every text, note and address used above, looked for in every file (name and bytes) left on the server.
    const markers = ['passage h', 'note ', 'example.org', 'articles/', 'Article h', 'highlighted passage', 'news.example', 'A note on', 'article title'];
    const files = server.files();
    const plaintext = files.filter((f) => markers.some((m) => f.path.includes(m) || f.bytes.toString('latin1').includes(m)));
    log(`  ${files.length} files on the server, ${plaintext.length} with plaintext`);
    headlines.splice(1, 0, ['sync plaintext files', String(plaintext.length)]);
    return headlines;
  } finally {
    await server.stop();
  }
}
