import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHighlight, exportJson, type Highlight } from '../../highlights/index.ts';
import {
  deleteHighlight,
  exportHighlights,
  HighlightsStoreError,
  importHighlights,
  listHighlights,
  restoreHighlight,
  saveHighlight,
  updateHighlight,
} from './highlights-store.ts';

let clock = Date.UTC(2024, 4, 1);
function make(id: string, url = 'https://example.com/a', note = ''): Highlight {
  clock += 1000;
  return createHighlight({
    id,
    url,
    title: `Page ${url}`,
    note,
    selectors: [{ type: 'TextQuoteSelector', exact: `text of ${id}`, prefix: '', suffix: '' }],
    now: new Date(clock),
  });
}

const ids = (list: { highlights: Highlight[] }) => list.highlights.map((h) => h.id).sort();

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('highlights store', () => {
  it('saves, lists by page, updates, deletes and restores', async () => {
    await saveHighlight(make('a'));
    await saveHighlight(make('b', 'https://example.com/b?utm_source=x#part'));
    expect(ids(await listHighlights())).toEqual(['a', 'b']);
    expect(ids(await listHighlights({ url: 'https://example.com/b#other' }))).toEqual(['b']);

    const edited = await updateHighlight('a', { note: 'why this matters', color: 'blue' });
    expect(edited).toMatchObject({ note: 'why this matters', color: 'blue' });
    expect(Date.parse(edited.updated)).toBeGreaterThan(Date.parse(edited.created));

    const removed = await deleteHighlight('a');
    expect(removed).toEqual(edited);
    expect(ids(await listHighlights())).toEqual(['b']);
    await restoreHighlight(removed!);
    expect((await listHighlights()).highlights.find((h) => h.id === 'a')).toEqual(edited);
  });

  it('refuses malformed records and edits of missing highlights with typed errors', async () => {
    await expect(saveHighlight({ ...make('x'), url: 'javascript:alert(1)' })).rejects.toMatchObject({ kind: 'invalid' });
    await expect(updateHighlight('missing', { note: 'x' })).rejects.toMatchObject({ kind: 'not-found' });
    await saveHighlight(make('y'));
    await expect(updateHighlight('y', { color: 'red' as never })).rejects.toBeInstanceOf(HighlightsStoreError);
    expect(await deleteHighlight('missing')).toBeNull();
  });

  it('loses nothing when 8 writers run 25 create/edit/delete operations each, interleaved', async () => {
    const expected = new Map<string, string>();
    const writer = async (w: number) => {
      const mine: string[] = [];
      for (let op = 0; op < 25; op++) {
        const kind = op % 5;
        if (kind === 3 && mine.length > 0) {
          const id = mine.shift()!;
          await deleteHighlight(id);
          expected.delete(id);
        } else if (kind === 4 && mine.length > 0) {
          const id = mine[mine.length - 1]!;
          await updateHighlight(id, { note: `edited ${w}-${op}` });
          expected.set(id, `edited ${w}-${op}`);
        } else {
          const id = `w${w}-op${op}`;
          // Every writer files its highlights under the same page, as tabs of one article would.
          await saveHighlight(make(id, 'https://example.com/shared', `note ${id}`));
          mine.push(id);
          expected.set(id, `note ${id}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
    const { highlights, skipped } = await listHighlights({ url: 'https://example.com/shared' });
    expect(skipped).toEqual([]);
    expect(new Map(highlights.map((h) => [h.id, h.note]))).toEqual(expected);
    expect(highlights.length).toBe(8 * 15 - 8 * 5);
  });

  it('reports a full storage as a quota error and changes nothing', async () => {
    await saveHighlight(make('kept'));
    const before = await fakeBrowser.storage.local.get(null);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const error = await saveHighlight(make('new')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HighlightsStoreError);
    expect(error).toMatchObject({ kind: 'quota', message: expect.stringContaining('storage for highlights is full') });
    await expect(updateHighlight('kept', { note: 'x' })).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('skips and reports corrupt, foreign and mismatched entries without deleting them', async () => {
    await saveHighlight(make('good'));
    const foreign = { ...make('other'), id: 'not-other' };
    await fakeBrowser.storage.local.set({
      'hl:broken': '{not json',
      'hl:number': 42,
      'hl:other': foreign,
      'hl:future': { ...make('future'), schemaVersion: 7 },
      settings: { theme: 'dark' },
    });
    const { highlights, skipped } = await listHighlights();
    expect(highlights.map((h) => h.id)).toEqual(['good']);
    expect(skipped.map((s) => s.key).sort()).toEqual(['hl:broken', 'hl:future', 'hl:number', 'hl:other']);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual(
      ['hl:broken', 'hl:future', 'hl:good', 'hl:number', 'hl:other', 'settings'].sort(),
    );
  });

  it('migrates version 1 records on read', async () => {
    await fakeBrowser.storage.local.set({
      'hl:old': { id: 'old', url: 'https://example.com/a', title: 'T', color: 'pink', exact: 'x', selectors: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }], created: 0, updated: 0, schemaVersion: 1 },
    });
    expect((await listHighlights()).highlights[0]).toMatchObject({ id: 'old', note: '', schemaVersion: 2, created: '1970-01-01T00:00:00.000Z' });
  });

  it('imports without duplicates or deletions, keeps newer edits, and round-trips exports', async () => {
    const a = make('a');
    const b = make('b');
    await saveHighlight(a);
    await saveHighlight(b);
    const exported = await exportHighlights('json');
    const editedA = await updateHighlight('a', { note: 'edited after export' });
    await deleteHighlight('b');
    const c = make('c');
    const file = JSON.parse(exported);
    file.highlights.push(c);

    expect(await importHighlights(JSON.stringify(file))).toEqual({ ok: true, added: 2, updated: 0, unchanged: 1, skipped: 0 });
    const { highlights } = await listHighlights();
    expect(highlights).toEqual([editedA, b, c]);
    expect(await importHighlights(await exportHighlights('json'))).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 3 });
    expect(JSON.parse(await exportHighlights('json')).highlights).toEqual(JSON.parse(exportJson(highlights)).highlights);
    expect(await exportHighlights('markdown')).toContain('# Highlights');
    expect(JSON.parse(await exportHighlights('annotations')).total).toBe(3);
  });

  it('rejects a malformed import file with a clear message and writes nothing', async () => {
    await saveHighlight(make('a'));
    const before = await fakeBrowser.storage.local.get(null);
    expect(await importHighlights('not json')).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});
