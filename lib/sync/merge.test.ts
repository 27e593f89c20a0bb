import { describe, expect, it } from 'vitest';
import { compareStamps, formatStamp, parseStamp, receive, tick, ZERO_CLOCK } from './hlc.ts';
import { mergeRecords, highlightHash, type SyncRecord } from './records.ts';
import { createHighlight } from '../highlights/index.ts';
import { seededRandom } from '../../tests/support/synthetic.ts';

const highlight = (id: string, note: string) =>
  createHighlight({ id, url: 'https://example.org/a', title: 'A', note, selectors: [{ type: 'TextQuoteSelector', exact: `text ${id}`, prefix: '', suffix: '' }] });

describe('hybrid logical clock', () => {
  it('never goes back, even when the wall clock does', () => {
    let clock = ZERO_CLOCK;
    const stamps: string[] = [];
    for (const wall of [1000, 1000, 999, 5, 1001]) {
      const t = tick(clock, wall, 'dev');
      clock = t.clock;
      stamps.push(t.stamp);
    }
    expect([...stamps].sort(compareStamps)).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
    expect(parseStamp(stamps[3]!)).toEqual({ wall: 1000, counter: 3, device: 'dev' });
  });

  it('stamps a change after every stamp it has seen, whatever its own clock says', () => {
    const fromAhead = formatStamp(9_000_000, 4, 'ahead');
    const clock = receive(ZERO_CLOCK, fromAhead);
    const { stamp } = tick(clock, 10, 'behind');
    expect(compareStamps(stamp, fromAhead)).toBe(1);
  });

  it('breaks ties by device id, and orders by wall before counter', () => {
    expect(compareStamps(formatStamp(5, 0, 'a'), formatStamp(5, 0, 'b'))).toBe(-1);
    expect(compareStamps(formatStamp(5, 999, 'z'), formatStamp(6, 0, 'a'))).toBe(-1);
    expect(compareStamps(formatStamp(5, 2, 'a'), formatStamp(5, 10, 'a'))).toBe(-1);
  });
});

describe('the merge rule', () => {
  // A device never makes the same stamp twice, so the counter here is unique per record.
  let counter = 0;
  const edit = (id: string, wall: number, device: string, note: string): SyncRecord => ({ id, stamp: formatStamp(wall, counter++, device), highlight: highlight(id, note) });
  const tombstone = (id: string, wall: number, device: string): SyncRecord => ({ id, stamp: formatStamp(wall, counter++, device) });

  it('lets a tombstone win over an older edit and lose to a newer one', () => {
    expect(mergeRecords([edit('x', 10, 'b', 'old edit')], [tombstone('x', 20, 'a')]).get('x')!.highlight).toBeUndefined();
    expect(mergeRecords([tombstone('x', 20, 'a')], [edit('x', 30, 'b', 'new edit')]).get('x')!.highlight?.note).toBe('new edit');
  });

  it('picks the same winners in any order, and replaying changes nothing', () => {
    const random = seededRandom(7);
    const records: SyncRecord[] = [];
    for (let i = 0; i < 200; i++) {
      const id = `h${Math.floor(random() * 20)}`;
      const wall = Math.floor(random() * 50);
      const device = ['a', 'b', 'c'][Math.floor(random() * 3)]!;
      records.push(random() < 0.3 ? tombstone(id, wall, device) : edit(id, wall, device, `n${i}`));
    }
    const summary = (m: Map<string, SyncRecord>) => [...m.values()].map((r) => `${r.id}@${r.stamp}:${r.highlight?.note ?? 'deleted'}`).sort();
    const reference = summary(mergeRecords(records));
    for (let round = 0; round < 5; round++) {
      const shuffled = [...records].sort(() => random() - 0.5);
      const half = Math.floor(shuffled.length / 2);
      expect(summary(mergeRecords(shuffled.slice(half), shuffled.slice(0, half), shuffled))).toEqual(reference);
    }
  });

  it('fingerprints equal highlights equally and different notes differently', () => {
    const a = highlight('x', 'one');
    expect(highlightHash({ ...a })).toBe(highlightHash(a));
    expect(highlightHash(highlight('x', 'two'))).not.toBe(highlightHash(a));
  });
});
