/**
 * Scenarios shared by the sync tests (in memory and against a real server) and the bench.
 */
import type { Remote } from '../../lib/sync/webdav.ts';
import type { SyncEngineOptions } from '../../lib/sync/engine.ts';
import type { Highlight } from '../../lib/highlights/index.ts';
import { Replica } from './sync-replicas.ts';
import { seededRandom } from './synthetic.ts';


/** A clock shared by the replicas of one run, moving one millisecond per step, so every change has its own time. */
export class StepClock {
  constructor(public time = Date.UTC(2026, 0, 1)) {}
  now = () => this.time;
  step(): Date {
    this.time += 1;
    return new Date(this.time);
  }
}

export interface ConvergenceResult {
  views: Record<string, string>[];
  expected: Record<string, string>;
  operations: number;
  syncs: number;
  failedSyncs: number;
}

const viewOf = (h: Highlight) => `${h.exact}|${h.note}|${h.color}`;

/**
 * `replicas` devices each make `operations` random changes (create, note, colour, delete), with syncs of random
 * devices in between, in a seeded order. Every change is recorded at the moment it is made, as the extension does,
 * so the expected end state is simply the last write of each id in the order the changes were made. At the end
 * every device syncs until nothing moves.
 */
export async function runConvergence(
  remote: () => Remote,
  opts: { replicas: number; operations: number; seed: number; engine?: Partial<SyncEngineOptions>; beforeSync?: (step: number) => void },
): Promise<ConvergenceResult> {
  const random = seededRandom(opts.seed);
  const clock = new StepClock();
  const devices = Array.from({ length: opts.replicas }, () => new Replica(remote(), { now: clock.now, ...opts.engine }));
  const expected = new Map<string, string>();
  let next = 0;
  let syncs = 0;
  let failedSyncs = 0;
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const sync = async (device: Replica, step: number) => {
    opts.beforeSync?.(step);
    syncs++;
    const outcome = await device.sync();
    if (!outcome.ok) failedSyncs++;
  };
  const total = opts.replicas * opts.operations;
  for (let step = 0; step < total; step++) {
    const device = pick(devices);
    const time = clock.step();
    const mine = [...device.highlights.byId.keys()];
    const roll = random();
    if (mine.length === 0 || roll < 0.35) {
      const id = `h${next++}`;
      const h = device.add(id, `passage ${id} ${Math.floor(random() * 1e6)}`, { now: time, note: random() < 0.3 ? `note of ${id}` : '' });
      expected.set(id, viewOf(h));
    } else if (roll < 0.6) {
      const id = pick(mine);
      device.edit(id, { note: `note ${Math.floor(random() * 1e6)}` }, time);
      expected.set(id, viewOf(device.highlights.byId.get(id)!));
    } else if (roll < 0.75) {
      const id = pick(mine);
      device.edit(id, { color: pick(['yellow', 'green', 'blue', 'pink', 'purple'] as const) }, time);
      expected.set(id, viewOf(device.highlights.byId.get(id)!));
    } else {
      const id = pick(mine);
      device.remove(id);
      expected.delete(id);
    }
    const recorded = await device.engine.recordLocalChanges();
    if (!recorded.ok) throw recorded.error;
    if (random() < 0.3) await sync(pick(devices), step);
  }
  opts.beforeSync?.(total);
  for (let round = 0; round < 3; round++) for (const device of devices) await sync(device, total);
  return {
    views: devices.map((d) => d.view()),
    expected: Object.fromEntries([...expected].sort(([a], [b]) => a.localeCompare(b))),
    operations: total,
    syncs,
    failedSyncs,
  };
}
