/**
 * Fault injection against the real storage modules (highlights-store, settings-store, and the services built
 * on them) over the fake browser: writes refused for quota, reads and deletes refused, corrupt and foreign
 * values, every older schema version, and malformed or malicious import files. What must hold every time: the
 * caller gets a typed error or a message it can show, and nothing already in storage is changed or lost
 * (checked against a snapshot of the whole of storage.local).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Selector } from '../../anchoring/types.ts';
import {
  CURRENT_VERSION,
  createHighlight,
  EXPORT_FORMAT,
  exportJson,
  LIMITS,
  MAX_IMPORT_BYTES,
  MIGRATIONS,
  type Highlight,
} from '../../highlights/index.ts';
import { autoShowState, disableAutoShow, enableAutoShow, reconcileAutoShow } from './auto-show.ts';
import { highlightsOfPage, savePassage } from '../background/tab-highlights.ts';
import { createHighlightServices } from '../ui/highlight-services.ts';
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
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  SETTINGS_KEY,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  SettingsStoreError,
  type Settings,
} from './settings-store.ts';

type FaultKind = 'refused write' | 'refused read' | 'refused delete' | 'corrupt value' | 'older version' | 'malformed file';
const faults = new Map<FaultKind, number>();
const count = (kind: FaultKind, n = 1) => faults.set(kind, (faults.get(kind) ?? 0) + n);

const local = fakeBrowser.storage.local;
type StorageMethod = 'get' | 'set' | 'remove';
const KIND_OF: Record<StorageMethod, FaultKind> = { get: 'refused read', set: 'refused write', remove: 'refused delete' };

/** From now on, every call to `storage.local[method]` fails with `error`; each failure counts as one fault. */
function breakStorage(method: StorageMethod, error: unknown) {
  return vi.spyOn(local, method).mockImplementation((async () => {
    count(KIND_OF[method]);
    throw error;
  }) as never);
}

/** A deep copy of everything in storage.local, read with the real (unbroken) storage. */
async function snapshot(): Promise<Record<string, unknown>> {
  vi.restoreAllMocks();
  return structuredClone(await local.get(null));
}

const CHROME_QUOTA = new Error('QUOTA_BYTES quota exceeded');
const FIREFOX_QUOTA = new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
const IO_ERROR = new Error('IO error: leveldb/LOCK: File currently in use');

const quote = (exact: string): Selector => ({ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' });
let clock = Date.UTC(2024, 4, 1);
function make(id: string, fields: Partial<Highlight> = {}): Highlight {
  clock += 1_000;
  return { ...createHighlight({ id, url: 'https://example.com/a', title: `Page ${id}`, selectors: [quote(`text of ${id}`)], now: new Date(clock) }), ...fields };
}

/** The Highlights view's services; the document is only used for downloads, which these tests do not start. */
const services = () => createHighlightServices({} as Document);

const fileOf = (highlights: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: CURRENT_VERSION, exported: '2024-05-01T00:00:00.000Z', highlights, ...extra });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

afterAll(() => {
  const total = [...faults.values()].reduce((sum, n) => sum + n, 0);
  console.info(`storage faults injected: ${total} (${[...faults].map(([kind, n]) => `${kind}: ${n}`).join(', ')})`);
});

describe('writes the browser refuses', () => {
  it.each([
    ['Chrome', CHROME_QUOTA],
    ['Firefox', FIREFOX_QUOTA],
  ])('a full storage (%s) is a quota error for save, update, restore and import, and changes nothing', async (_browser, quota) => {
    await saveHighlight(make('kept', { note: 'original note' }));
    const before = await snapshot();
    const set = breakStorage('set', quota);

    for (const attempt of [
      () => saveHighlight(make('new')),
      () => updateHighlight('kept', { note: 'lost edit', color: 'blue' }),
      () => restoreHighlight(make('undone')),
      () => importHighlights(fileOf([make('imported')])),
    ]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HighlightsStoreError);
      expect(error).toMatchObject({ kind: 'quota', message: expect.stringContaining('storage for highlights is full') });
    }
    // The same failures as the reader's UI and the background receive them.
    expect(await savePassage('https://example.com/a', { title: 'T', selectors: [quote('x')] })).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(await services().update('kept', { note: 'lost edit' })).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(await services().importFile(fileOf([make('imported')]))).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(set).toHaveBeenCalledTimes(7);
    expect(await snapshot()).toEqual(before);
  });

  it('any other refused write is a storage error, and the record stays as it was', async () => {
    const kept = await saveHighlight(make('kept'));
    const before = await snapshot();
    breakStorage('set', IO_ERROR);
    await expect(updateHighlight('kept', { note: 'x' })).rejects.toMatchObject({ kind: 'storage', message: expect.stringContaining('IO error') });
    await expect(saveHighlight(make('other'))).rejects.toMatchObject({ kind: 'storage' });
    expect(await services().restore(make('undone'))).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(await snapshot()).toEqual(before);
    expect((await listHighlights()).highlights).toEqual([kept]);
  });

  it('a refused settings write is a typed error, and switching auto-show on answers with it', async () => {
    await saveSettings({ autoShowHighlights: false });
    const before = await snapshot();
    const granted = new Set<string>();
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async () => granted.add('<all_urls>').size > 0) as never);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async () => granted.delete('<all_urls>')) as never);
    const registered = new Set<string>();
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async () => [...registered].map((id) => ({ id }))) as never);
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (scripts: Array<{ id: string }>) => {
      for (const script of scripts) registered.add(script.id);
    }) as never);
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async () => registered.clear()) as never);
    breakStorage('set', CHROME_QUOTA);

    await expect(saveSettings({ autoShowHighlights: true })).rejects.toBeInstanceOf(SettingsStoreError);
    await expect(saveSettings({ autoShowHighlights: true })).rejects.toMatchObject({ kind: 'quota' });
    const enabled = await enableAutoShow();
    expect(enabled).toMatchObject({ ok: false, error: { code: 'quota', message: expect.stringContaining('storage is full') } });
    // A script left registered would paint every page while the setting says "off".
    expect([...registered]).toEqual([]);
    expect([...granted]).toEqual([]);
    expect(await disableAutoShow()).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(await snapshot()).toEqual(before);
  });
});

describe('reads the browser refuses', () => {
  it('every highlights operation gives a storage error and writes nothing', async () => {
    await saveHighlight(make('kept'));
    const before = await snapshot();
    breakStorage('get', IO_ERROR);
    const set = vi.spyOn(local, 'set');
    const remove = vi.spyOn(local, 'remove');

    for (const attempt of [
      () => listHighlights(),
      () => listHighlights({ url: 'https://example.com/a' }),
      () => updateHighlight('kept', { note: 'x' }),
      () => deleteHighlight('kept'),
      () => importHighlights(fileOf([make('imported')])),
      () => exportHighlights('json'),
      () => exportHighlights('markdown'),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ name: 'HighlightsStoreError', kind: 'storage' });
    }
    expect(await services().list()).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringContaining('could not be saved or read') } });
    expect(await services().remove('kept')).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(await highlightsOfPage('https://example.com/a')).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(set).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
  });

  it('settings give a typed error; the auto-show state and the start-up check do not crash', async () => {
    await saveSettings({ autoShowHighlights: true });
    const before = await snapshot();
    breakStorage('get', IO_ERROR);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const set = vi.spyOn(local, 'set');

    await expect(loadSettings()).rejects.toMatchObject({ name: 'SettingsStoreError', kind: 'storage' });
    await expect(saveSettings({ autoShowHighlights: false })).rejects.toBeInstanceOf(SettingsStoreError);
    // The Highlights view catches this and stops offering the switch.
    await expect(autoShowState()).rejects.toBeInstanceOf(SettingsStoreError);
    await expect(reconcileAutoShow()).resolves.toBeUndefined();
    expect(set).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
  });
});

describe('a delete the browser refuses', () => {
  it('keeps the record and says so', async () => {
    const kept = await saveHighlight(make('kept'));
    const before = await snapshot();
    breakStorage('remove', IO_ERROR);
    await expect(deleteHighlight('kept')).rejects.toMatchObject({ kind: 'storage' });
    expect(await services().remove('kept')).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(await snapshot()).toEqual(before);
    expect((await listHighlights()).highlights).toEqual([kept]);
  });
});

/** Values under our `hl:` prefix that are not records this Precis can read. */
const CORRUPT: Record<string, unknown> = {
  'hl:string': '{not json',
  'hl:json-text': JSON.stringify(make('json-text')),
  'hl:array': [make('array')],
  'hl:number': 42,
  'hl:boolean': true,
  'hl:empty': {},
  'hl:id-number': { ...make('id-number'), id: 7 },
  'hl:url-number': make('url-number', { url: 42 as never }),
  'hl:created-word': make('created-word', { created: 'yesterday' }),
  'hl:selectors-text': make('selectors-text', { selectors: 'TextQuoteSelector' as never }),
  'hl:no-quote': make('no-quote', { selectors: [{ type: 'TextPositionSelector', start: 0, end: 4 }] }),
  'hl:javascript-url': make('javascript-url', { url: 'javascript:alert(document.cookie)' }),
  'hl:data-url': make('data-url', { url: 'data:text/html,<script>alert(1)</script>' }),
  'hl:script-id': { ...make('x'), id: '<img src=x onerror=alert(1)>' },
  'hl:path-id': { ...make('x'), id: '../../settings' },
  'hl:huge-note': make('huge-note', { note: 'n'.repeat(LIMITS.note + 1) }),
  'hl:range-script': make('range-script', { selectors: [quote('x'), { type: 'RangeSelector', startContainer: 'javascript:alert(1)', startOffset: 0, endContainer: '/p[1]', endOffset: 1 }] }),
  'hl:future': { ...make('future'), schemaVersion: CURRENT_VERSION + 1, newField: 'kept for the newer Precis' },
  'hl:far-future': { ...make('far-future'), schemaVersion: 999 },
  'hl:version-zero': { ...make('version-zero'), schemaVersion: 0 },
  'hl:version-text': { ...make('version-text'), schemaVersion: String(CURRENT_VERSION) },
  'hl:version-nan': { ...make('version-nan'), schemaVersion: Number.NaN },
  'hl:mismatch': make('someone-else'),
  'hl:': make('blank'),
};

/** Keys that are not ours at all: another version's settings, other data, look-alike prefixes. */
const FOREIGN: Record<string, unknown> = {
  'HL:upper': make('upper'),
  hl: make('no-colon'),
  'highlights-v0': [make('legacy')],
  'other-extension:data': { secret: true },
  [SETTINGS_KEY]: { version: SETTINGS_VERSION, autoShowHighlights: true },
};

describe('corrupt and foreign values in storage', () => {
  it('are skipped and reported when listing, and never wiped', async () => {
    const good = await saveHighlight(make('good'));
    await local.set({ ...CORRUPT, ...FOREIGN });
    count('corrupt value', Object.keys(CORRUPT).length + Object.keys(FOREIGN).length);
    const before = await snapshot();

    const { highlights, skipped } = await listHighlights();
    expect(highlights).toEqual([good]);
    expect(skipped.map((entry) => entry.key).sort()).toEqual(Object.keys(CORRUPT).sort());
    for (const entry of skipped) expect(entry.reason.length).toBeGreaterThan(10);
    expect(JSON.parse(await exportHighlights('json')).highlights).toEqual([good]);
    expect(await services().list()).toEqual({ ok: true, value: [good] });
    expect(await snapshot()).toEqual(before);
  });

  it('are not overwritten or removed by edits, deletes or imports of the same id', async () => {
    await local.set(CORRUPT);
    count('corrupt value', Object.keys(CORRUPT).length);
    const before = await snapshot();
    const ids = Object.keys(CORRUPT).map((key) => key.slice(3)).filter((id) => /^[A-Za-z0-9_-]+$/.test(id));

    for (const id of ids) {
      await expect(updateHighlight(id, { note: 'x' })).rejects.toMatchObject({ kind: 'not-found' });
      expect(await deleteHighlight(id)).toBeNull();
    }
    const imported = await importHighlights(fileOf(ids.map((id) => make(id, { title: 'from a file' }))));
    expect(imported).toEqual({ ok: true, added: 0, updated: 0, unchanged: 0, skipped: ids.length });
    expect(await snapshot()).toEqual(before);
  });

  it('in the settings item give the defaults (or what can be read) without hanging, and stay stored', async () => {
    const odd: unknown[] = [
      null, 'on', 42, [], [true], {}, { autoShowHighlights: 'yes' }, { version: 1, autoShowHighlights: 1 },
      { version: Number.NEGATIVE_INFINITY, autoShowHighlights: true }, { version: -1e15, autoShowHighlights: true },
      { version: Number.NaN, autoShowHighlights: true }, { version: 0.5, autoShowHighlights: true },
      { version: '1', autoShowHighlights: true }, { version: Number.POSITIVE_INFINITY, autoShowHighlights: true },
      JSON.parse('{"version": 1, "autoShowHighlights": true, "__proto__": {"polluted": true}}'),
    ];
    for (const value of odd) {
      await local.set({ [SETTINGS_KEY]: value });
      count('corrupt value');
      const before = await snapshot();
      const settings = await loadSettings();
      expect(Object.keys(settings)).toEqual(Object.keys(DEFAULT_SETTINGS));
      expect(typeof settings.autoShowHighlights).toBe('boolean');
      expect(await snapshot()).toEqual(before);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/**
 * A record of each schema version before the current one, as that version of Precis stored it. The test below
 * fails when CURRENT_VERSION moves on without a record of the version it leaves behind.
 */
const OLDER_RECORDS: Record<number, Record<string, unknown>> = {
  1: {
    schemaVersion: 1,
    id: 'from-v1',
    url: 'https://example.com/old?utm_source=feed#section',
    title: 'An old page',
    color: 'green',
    exact: 'old text',
    selectors: [quote('old text'), { type: 'TextPositionSelector', start: 10, end: 18 }],
    created: Date.UTC(2023, 0, 1),
    updated: Date.UTC(2023, 0, 2),
  },
};

/**
 * The same for the settings item, with what each must read as. Version 1 is the first numbered one; 0 stands for an
 * item with no version at all, which is read field by field as the current shape. The test below fails when
 * SETTINGS_VERSION moves on without an item of the version it leaves behind.
 */
const OLDER_SETTINGS: Record<number, { stored: Record<string, unknown>; reads: Settings }[]> = {
  0: [
    { stored: { autoShowHighlights: true }, reads: { autoShowHighlights: true } },
    { stored: { autoShowHighlights: false }, reads: { autoShowHighlights: false } },
    { stored: { autoShowHighlights: 'yes', layout: 'compact' }, reads: { autoShowHighlights: false } },
  ],
};

describe('migrations from every older schema version', () => {
  it('has a stored record and a step for every older highlight version', () => {
    for (let version = 1; version < CURRENT_VERSION; version++) {
      expect(OLDER_RECORDS[version], `a version ${version} record`).toBeDefined();
      expect(MIGRATIONS[version], `the step from version ${version}`).toBeTypeOf('function');
    }
    const settingsVersions: number[] = [];
    for (let version = 0; version < SETTINGS_VERSION; version++) {
      settingsVersions.push(version);
      expect(OLDER_SETTINGS[version]?.length, `a version ${version} settings item`).toBeGreaterThan(0);
      // An item without a version needs no step: it is read as the current shape.
      if (version >= 1) expect(SETTINGS_MIGRATIONS[version], `the settings step from version ${version}`).toBeTypeOf('function');
    }
    expect(settingsVersions).toContain(0);
  });

  it('reads every older highlight record as current, without rewriting it behind the reader\'s back', async () => {
    const records = Object.values(OLDER_RECORDS);
    await local.set(Object.fromEntries(records.map((record) => [`hl:${String(record.id)}`, record])));
    count('older version', records.length);
    const before = await snapshot();

    const { highlights, skipped } = await listHighlights();
    expect(skipped).toEqual([]);
    expect(highlights).toHaveLength(records.length);
    for (const h of highlights) {
      expect(h.schemaVersion).toBe(CURRENT_VERSION);
      expect(Object.keys(h).sort()).toEqual(Object.keys(make('shape')).sort());
    }
    expect(highlights[0]).toMatchObject({
      id: 'from-v1', url: 'https://example.com/old', note: '', color: 'green',
      created: '2023-01-01T00:00:00.000Z', updated: '2023-01-02T00:00:00.000Z',
    });
    expect(await snapshot()).toEqual(before);
    // An edit is the reader's own write: it stores the current version.
    const edited = await updateHighlight('from-v1', { note: 'now with a note' });
    expect((await local.get('hl:from-v1'))['hl:from-v1']).toEqual(edited);
  });

  it('skips version 1 records whose times cannot be read instead of failing the whole list', async () => {
    const base = OLDER_RECORDS[1]!;
    const broken = {
      'hl:nan-time': { ...base, id: 'nan-time', created: Number.NaN },
      'hl:far-time': { ...base, id: 'far-time', created: 1e20 },
      'hl:negative-far-time': { ...base, id: 'negative-far-time', updated: -1e20 },
      'hl:infinite-time': { ...base, id: 'infinite-time', updated: Number.POSITIVE_INFINITY },
      'hl:text-time': { ...base, id: 'text-time', created: 'soon' },
    };
    await local.set({ ...broken, 'hl:from-v1': base, 'hl:iso-v1': { ...base, id: 'iso-v1', created: '2023-01-01T00:00:00Z', note: 'had one' } });
    count('older version', Object.keys(broken).length + 2);
    const before = await snapshot();
    const { highlights, skipped } = await listHighlights();
    expect(highlights.map((h) => h.id)).toEqual(['from-v1', 'iso-v1']);
    expect(highlights[1]).toMatchObject({ note: 'had one', created: '2023-01-01T00:00:00.000Z' });
    expect(skipped.map((entry) => entry.key).sort()).toEqual(Object.keys(broken).sort());
    expect(await snapshot()).toEqual(before);
  });

  it('reads every older settings item, and keeps a newer one it only partly understands', async () => {
    const items = Object.entries(OLDER_SETTINGS).flatMap(([version, list]) => list.map((item) => ({ version, ...item })));
    expect(items.length).toBeGreaterThan(0);
    for (const { version, stored, reads } of items) {
      await local.set({ [SETTINGS_KEY]: stored });
      count('older version');
      const before = await snapshot();
      expect(await loadSettings(), `settings version ${version}: ${JSON.stringify(stored)}`).toEqual(reads);
      expect(await snapshot(), 'reading never rewrites the item').toEqual(before);
      // The user's next change stores the current version, with what was read and the change.
      await saveSettings({});
      expect((await local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ ...reads, version: SETTINGS_VERSION });
    }
    const newer = { version: SETTINGS_VERSION + 1, autoShowHighlights: true, layout: 'compact' };
    await local.set({ [SETTINGS_KEY]: newer });
    count('older version', 2);
    expect(await loadSettings()).toEqual({ autoShowHighlights: true });
    await saveSettings({ autoShowHighlights: false });
    expect((await local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ ...newer, autoShowHighlights: false });
  });
});

describe('importing malformed or malicious files', () => {
  const valid = () => make('fine');

  it.each<[string, () => string, RegExp]>([
    ['not JSON', () => '<html><script>alert(1)</script></html>', /not valid JSON/],
    ['an empty file', () => '', /not valid JSON/],
    ['JSON null', () => 'null', /not a Precis highlights export/],
    ['a JSON array of records', () => JSON.stringify([valid()]), /not a Precis highlights export/],
    ['a JSON string', () => JSON.stringify(fileOf([valid()])), /not a Precis highlights export/],
    ['another format tag', () => fileOf([valid()], { format: 'hypothesis-annotations' }), /not a Precis highlights export/],
    ['a look-alike format tag', () => fileOf([valid()], { format: `${EXPORT_FORMAT.toUpperCase()}` }), /not a Precis highlights export/],
    ['no format tag', () => JSON.stringify({ version: CURRENT_VERSION, highlights: [valid()] }), /not a Precis highlights export/],
    ['highlights that are not a list', () => fileOf([], { highlights: { 0: valid() } }), /not a Precis highlights export/],
    ['a newer version', () => fileOf([valid()], { version: CURRENT_VERSION + 1 }), /newer version/],
    ['a version that is not a number', () => fileOf([valid()], { version: '2' }), /newer version/],
    ['a file too large to be an export', () => fileOf([valid()], { padding: 'x'.repeat(MAX_IMPORT_BYTES) }), /too large/],
  ])('refuses %s with a message, and storage is unchanged', async (_what, file, message) => {
    await saveHighlight(make('kept'));
    count('malformed file');
    const before = await snapshot();
    const set = vi.spyOn(local, 'set');
    expect(await importHighlights(file())).toEqual({ ok: false, error: expect.stringMatching(message) });
    expect(await services().importFile(file())).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(message) } });
    expect(set).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
  });

  it('skips and counts records with hostile addresses, ids or selectors, and stores none of them', async () => {
    await saveHighlight(make('kept'));
    const hostile = [
      make('js', { url: 'javascript:alert(document.cookie)' }),
      make('js-upper', { url: ' JaVaScRiPt:alert(1)' }),
      make('data', { url: 'data:text/html,<script>alert(1)</script>' }),
      make('vb', { url: 'vbscript:msgbox(1)' }),
      make('ext', { url: 'chrome-extension://evil/popup.html' }),
      make('blob', { url: 'blob:https://example.com/1234' }),
      make('long-url', { url: `https://example.com/${'a'.repeat(LIMITS.url)}` }),
      { ...make('x'), id: '<img src=x onerror=alert(1)>' },
      { ...make('x'), id: '../../settings' },
      { ...make('x'), id: 'a'.repeat(LIMITS.id + 1) },
      make('no-quote', { selectors: [{ type: 'TextPositionSelector', start: 0, end: 3 }] }),
      make('range-script', { selectors: [quote('x'), { type: 'RangeSelector', startContainer: '<script>', startOffset: 0, endContainer: '/p[1]', endOffset: 1 }] }),
      make('too-many-selectors', { selectors: Array.from({ length: 9 }, () => quote('x')) }),
      make('huge-note', { note: 'n'.repeat(LIMITS.note + 1) }),
      make('huge-title', { title: 't'.repeat(LIMITS.title + 1) }),
      { ...make('future'), schemaVersion: CURRENT_VERSION + 1 },
      'a string', 42, null, [],
    ];
    count('malformed file');
    const before = await snapshot();
    expect(await importHighlights(fileOf(hostile))).toEqual({ ok: true, added: 0, updated: 0, unchanged: 0, skipped: hostile.length });
    expect(await snapshot()).toEqual(before);
  });

  it('does not let a file pollute prototypes; a record keeps only its own known fields', async () => {
    const fine = make('fine');
    const polluted = JSON.stringify(fine).replace(/^\{/, '{"__proto__": {"polluted": "record", "isAdmin": true}, "constructor": {"prototype": {"polluted": "record"}}, ');
    const inherited = `{"__proto__": ${JSON.stringify(make('inherited'))}}`;
    const header = `"format": "${EXPORT_FORMAT}", "version": ${CURRENT_VERSION}`;
    const file = `{"__proto__": {"polluted": "file"}, "constructor": {"prototype": {"polluted": "file"}}, ${header}, "highlights": [${polluted}, ${inherited}]}`;
    count('malformed file');
    const before = await snapshot();

    expect(await importHighlights(file)).toEqual({ ok: true, added: 1, updated: 0, unchanged: 0, skipped: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const stored = (await snapshot())['hl:fine'] as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(Object.keys(fine).sort());
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect(await snapshot()).toEqual({ ...before, 'hl:fine': fine });
  });

  it('keeps script-laden notes and titles as inert text, escaped in the Markdown export', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const laden = make('laden', { note: payload, title: payload, exact: 'text of laden' });
    count('malformed file');
    expect(await importHighlights(fileOf([laden]))).toMatchObject({ ok: true, added: 1 });
    const [stored] = (await listHighlights()).highlights;
    expect(stored).toEqual(laden);
    const markdown = await exportHighlights('markdown');
    // Backslash-escaped, so Markdown renders the angle brackets as text rather than as HTML.
    expect(markdown).toContain('\\<script\\>');
    expect(markdown).not.toMatch(/(?<!\\)<(script|img)/);
    expect(JSON.parse(await exportHighlights('json')).highlights).toEqual([laden]);
  });

  it('a re-import of an export changes nothing (the snapshot the other cases compare against is stable)', async () => {
    await saveHighlight(make('a'));
    await saveHighlight(make('b', { note: 'n' }));
    const before = await snapshot();
    expect(await importHighlights(exportJson((await listHighlights()).highlights))).toMatchObject({ ok: true, added: 0, updated: 0, unchanged: 2 });
    expect(await snapshot()).toEqual(before);
  });
});
