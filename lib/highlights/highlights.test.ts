import { describe, expect, it } from 'vitest';
import type { Selector } from '../anchoring/types.ts';
import {
  createHighlight,
  exportJson,
  exportMarkdown,
  exportWebAnnotations,
  HIGHLIGHT_COLORS,
  mergeHighlights,
  normalizeUrl,
  parseHighlight,
  parseHighlightsFile,
  searchHighlights,
  textDirective,
  type Highlight,
} from './index.ts';

const quote = (exact: string, prefix = '', suffix = ''): Selector => ({ type: 'TextQuoteSelector', exact, prefix, suffix });

function sample(overrides: Partial<Highlight> = {}): Highlight {
  return {
    ...createHighlight({
      id: 'h-1',
      url: 'https://example.com/a',
      title: 'A page',
      selectors: [quote('six million dollars', 'The model cost ', ' to train.'), { type: 'TextPositionSelector', start: 15, end: 34 }],
      now: new Date('2024-05-01T10:00:00Z'),
    }),
    ...overrides,
  };
}

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, keeps the rest in order', () => {
    expect(normalizeUrl('https://Example.com:443/a?id=3&utm_source=x&UTM_Medium=y&fbclid=1&gclid=2&mc_eid=3&b=2#section')).toBe(
      'https://example.com/a?id=3&b=2',
    );
    expect(normalizeUrl('https://example.com/a?utm_source=x#top')).toBe('https://example.com/a');
    expect(normalizeUrl('https://example.com/a?q=a%20b')).toBe('https://example.com/a?q=a%20b');
    expect(normalizeUrl(' not a url #x')).toBe('not a url ');
  });
});

describe('parseHighlight', () => {
  it('accepts what createHighlight makes, and normalises its URL', () => {
    const h = sample({ url: 'https://example.com/a#frag' });
    expect(parseHighlight(h)).toEqual({ ...h, url: 'https://example.com/a' });
    expect(sample().exact).toBe('six million dollars');
  });

  it.each([
    ['not an object', 'hello'],
    ['an array', []],
    ['no id', { ...sample(), id: undefined }],
    ['an id that could escape a storage key or selector', { ...sample(), id: 'a"]; x' }],
    ['a javascript: address', { ...sample(), url: 'javascript:alert(1)' }],
    ['a title that is not text', { ...sample(), title: { toString: 1 } }],
    ['a huge note', { ...sample(), note: 'x'.repeat(100_000) }],
    ['a bad date', { ...sample(), created: 'yesterday' }],
    ['no quote selector', { ...sample(), selectors: [{ type: 'TextPositionSelector', start: 1, end: 2 }] }],
    ['a malformed selector', { ...sample(), selectors: [quote('x'), { type: 'TextPositionSelector', start: -1, end: 2 }] }],
    ['an unknown selector', { ...sample(), selectors: [quote('x'), { type: 'CssSelector', value: 'p' }] }],
    ['a range path with markup in it', { ...sample(), selectors: [quote('x'), { type: 'RangeSelector', startContainer: '/p[1]<img>', startOffset: 0, endContainer: '/p[1]', endOffset: 1 }] }],
    ['a newer schema', { ...sample(), schemaVersion: 99 }],
    ['no schema version', { ...sample(), schemaVersion: undefined }],
  ])('rejects %s', (_, value) => {
    expect(parseHighlight(value)).toBeNull();
  });

  it('drops unknown fields, including prototype tricks, and defaults an unknown colour', () => {
    const hostile = JSON.parse(JSON.stringify({ ...sample(), color: 'red;background:url(x)', extra: 1 }).replace('{', '{"__proto__":{"polluted":true},'));
    const h = parseHighlight(hostile)!;
    expect(h.color).toBe('yellow');
    expect(Object.keys(h).sort()).toEqual(['color', 'created', 'exact', 'id', 'note', 'schemaVersion', 'selectors', 'title', 'updated', 'url']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('migrates a version 1 record (epoch times, no note) to version 2', () => {
    const v1 = {
      id: 'old', url: 'https://example.com/a', title: 'Old', color: 'green', exact: 'x',
      selectors: [quote('x')], created: Date.UTC(2023, 0, 2), updated: Date.UTC(2023, 0, 3), schemaVersion: 1,
    };
    expect(parseHighlight(v1)).toMatchObject({
      id: 'old', note: '', created: '2023-01-02T00:00:00.000Z', updated: '2023-01-03T00:00:00.000Z', schemaVersion: 2,
    });
  });
});

describe('text fragments', () => {
  it('links short quotes whole and long ones by their ends, with whole-word context, percent-encoded', () => {
    expect(textDirective({ type: 'TextQuoteSelector', exact: 'fees, taxes & co-pays', prefix: 'Patient', suffix: ' rose again' })).toBe(
      'text=Patient-,fees%2C%20taxes%20%26%20co%2Dpays,-rose%20again',
    );
    const long = { type: 'TextQuoteSelector' as const, exact: 'one two three four five six seven eight nine ten', prefix: '', suffix: '' };
    expect(textDirective(long)).toBe('text=one%20two%20three%20four,seven%20eight%20nine%20ten');
    const cut = { type: 'TextQuoteSelector' as const, exact: 'word', prefix: 'xxxxxxxxxxxxxxxxxx partial words a b', suffix: ' c d e f and a cut off worrrrrrr' };
    expect(textDirective(cut, 32)).toBe('text=words%20a%20b-,word,-c%20d%20e');
  });
});

describe('exports', () => {
  const a = sample({ id: 'a', note: 'My *note*\nsecond line' });
  const b = sample({ id: 'b', url: 'https://example.org/b', title: 'Page [B]', created: '2024-05-02T00:00:00.000Z', exact: 'other' });
  const c = sample({
    id: 'c', created: '2024-05-03T00:00:00.000Z', exact: 'earlier text',
    selectors: [quote('earlier text'), { type: 'TextPositionSelector', start: 2, end: 14 }],
  });

  it('Markdown groups by page, links each quote to its place and quotes notes', () => {
    const md = exportMarkdown([b, a, c]);
    expect(md.indexOf('## [A page](<https://example.com/a>)')).toBeLessThan(md.indexOf('## [Page \\[B\\]](<https://example.org/b>)'));
    // Reading order inside a page: "earlier text" sits before "six million dollars".
    expect(md.indexOf('> earlier text')).toBeLessThan(md.indexOf('> six million dollars'));
    expect(md).toContain('[Open at this passage](<https://example.com/a#:~:text=The%20model%20cost-,six%20million%20dollars,-to%20train.>)');
    expect(md).toContain('**Note:**\n\n> My \\*note\\*\n> second line');
  });

  it('W3C Web Annotations carry the page, the selectors and the note', () => {
    const doc = JSON.parse(exportWebAnnotations([a, b]));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(2);
    const first = doc.first.items[0];
    expect(first).toMatchObject({ type: 'Annotation', motivation: 'commenting', target: { source: 'https://example.com/a', selector: a.selectors } });
    expect(first.body[0]).toMatchObject({ type: 'TextualBody', value: a.note, purpose: 'commenting' });
    expect(doc.first.items[1].motivation).toBe('highlighting');
  });
});

describe('import', () => {
  it('explains what is wrong with a file that is not an export', () => {
    expect(parseHighlightsFile('{oops')).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
    expect(parseHighlightsFile('[1,2]')).toMatchObject({ ok: false, error: expect.stringContaining('not a Precis highlights export') });
    expect(parseHighlightsFile('{"format":"precis-highlights","version":9,"highlights":[]}')).toMatchObject({
      ok: false,
      error: expect.stringContaining('newer version'),
    });
  });

  it('skips malformed records and counts them', () => {
    const file = JSON.parse(exportJson([sample()]));
    file.highlights.push({ id: 'bad' }, 'text', null);
    const result = parseHighlightsFile(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, skipped: 3 });
    expect(result.ok && result.highlights).toEqual([sample()]);
  });

  it('merges without duplicates, keeps the newer edit, never deletes', () => {
    const older = sample({ id: 'x', note: 'old', updated: '2024-05-01T00:00:00.000Z' });
    const newer = sample({ id: 'x', note: 'new', updated: '2024-06-01T00:00:00.000Z' });
    const onlyHere = sample({ id: 'here' });
    const onlyThere = sample({ id: 'there' });
    const first = mergeHighlights([older, onlyHere], [newer, onlyThere]);
    expect(first.merged.map((h) => [h.id, h.note])).toEqual([['x', 'new'], ['here', ''], ['there', '']]);
    expect([first.added.length, first.updated.length, first.unchanged]).toEqual([1, 1, 0]);
    const again = mergeHighlights([newer], [older]);
    expect(again.merged).toEqual([newer]);
    expect(again.unchanged).toBe(1);
  });
});

describe('search', () => {
  it('matches every word in quote, note, title or address, ignoring case and accents', () => {
    const list = [sample({ id: 'a', note: 'Café costs' }), sample({ id: 'b', exact: 'Export controls' })];
    expect(searchHighlights(list, 'cafe SIX').map((h) => h.id)).toEqual(['a']);
    expect(searchHighlights(list, 'controls').map((h) => h.id)).toEqual(['b']);
    expect(searchHighlights(list, '  ')).toHaveLength(2);
  });
});

/** Deterministic generator of awkward text: markdown, quotes, unicode, newlines. */
function generator(seed: number) {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const alphabet = ['a', 'Z', ' ', '\n', '*', '[', ']', '"', '\\', '<', '&', 'é', '中', '😀', '-', ',', '#', '\u00a0'];
  const text = (max: number) => Array.from({ length: Math.floor(next() * max) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  const int = (max: number) => Math.floor(next() * max);
  return { next, text, int };
}

function randomStore(seed: number): Highlight[] {
  const g = generator(seed);
  return Array.from({ length: g.int(30) }, (_, i) => {
    const exact = 'x' + g.text(80);
    const created = new Date(Date.UTC(2024, 0, 1) + g.int(1e10)).toISOString();
    const start = g.int(5000);
    const selectors: Selector[] = [
      { type: 'TextQuoteSelector', exact, prefix: g.text(32), suffix: g.text(32) },
      { type: 'TextPositionSelector', start, end: start + exact.length },
    ];
    if (g.next() < 0.5) selectors.push({ type: 'RangeSelector', startContainer: `/div[1]/p[${1 + g.int(9)}]`, startOffset: g.int(99), endContainer: '/', endOffset: g.int(99) });
    return {
      id: `id-${seed}-${i}`,
      url: `https://example.com/page-${g.int(4)}?q=${g.int(3)}`,
      title: g.text(60),
      created,
      updated: created,
      color: HIGHLIGHT_COLORS[g.int(HIGHLIGHT_COLORS.length)]!,
      note: g.text(200),
      exact,
      selectors,
      schemaVersion: 2 as const,
    };
  });
}

describe('export → import round trip', () => {
  it('is lossless on 200 random stores', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const store = randomStore(seed);
      const result = parseHighlightsFile(exportJson(store));
      expect(result.ok && result.skipped).toBe(0);
      const back = result.ok ? result.highlights : [];
      const byId = (list: Highlight[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
      expect(byId(back)).toEqual(byId(store));
      expect(mergeHighlights(store, back).merged).toEqual(store);
    }
  });
});
