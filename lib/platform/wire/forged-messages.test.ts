// @vitest-environment happy-dom
/**
 * Forged messages against the receivers exactly as the extension wires them: the background entrypoint, the
 * two content scripts (startReader, startHighlighter) and an extension page's listener (watchTabs). A page can make our content
 * script send anything, other extensions and web pages can message us, and frames can pretend to be tabs: none
 * of it may reach a handler.
 *
 * The methods are not listed here: they are read at run time from the payload shape tables the dispatchers use
 * (payloads.ts), so a method added to the protocol is forged against as soon as it exists. The only per-method
 * data is one valid payload, in tables the compiler keeps complete (`Examples<M>` names every key of M).
 *
 * "Accepted" means any listener answered `ok: true`. Separately, no browser API a handler would reach for
 * (tabs, scripting, storage, side panel, permissions, runtime broadcast) may have been touched.
 */
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import background from '../../../entrypoints/background.ts';
import { deliverMessage } from '../../../tests/support/runtime-messages.ts';
import { sampleAnalysis } from '../../../tests/support/sample-analysis.ts';
import type { Selector } from '../../anchoring/types.ts';
import { createHighlight, normalizeUrl } from '../../highlights/index.ts';
import type { TextQuoteSelector } from '../../types.ts';
import { startReader } from '../page/reader.ts';
import { startHighlighter } from '../page/highlighter.ts';
import { listHighlights, saveHighlight } from '../storage/highlights-store.ts';
import {
  backgroundToReaderPayloads,
  backgroundToHighlighterPayloads,
  backgroundToUiPayloads, pageToBackgroundPayloads, uiToBackgroundPayloads } from './payloads.ts';
import type { BackgroundToReader, BackgroundToHighlighter, BackgroundToUi, Channel, PageToBackground, MethodMap, UiToBackground } from './protocol.ts';
import type { SenderInfo } from './senders.ts';
import { isRecord, type Shape } from './shapes.ts';
import { createUiServices } from '../ui/services.ts';

const ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${ID}/`;
const PAGE_URL = 'https://news.example/story';
const EVIL_URL = 'https://victim.example/inbox';

/** The senders each channel legitimately hears from. */
const popup: SenderInfo = { id: ID, url: `${ORIGIN}popup.html` };
const panelAsTab: SenderInfo = { id: ID, url: `${ORIGIN}sidepanel.html?tab=7`, tab: { id: 9 }, frameId: 0 };
const backgroundWorker: SenderInfo = { id: ID, url: `${ORIGIN}background.js` };
const contentTop: SenderInfo = { id: ID, url: PAGE_URL, tab: { id: 7 }, frameId: 0 };
const contentOfAnotherTab: SenderInfo = { id: ID, url: 'https://other.example/', tab: { id: 8 }, frameId: 0 };

/** Senders that must never be believed on any channel, whatever they say. */
const FORGED_SENDERS: Record<string, SenderInfo> = {
  'another extension': { id: 'evil-extension', url: 'chrome-extension://evil-extension/popup.html' },
  'another extension claiming our URL': { id: 'evil-extension', url: `${ORIGIN}popup.html` },
  'another extension in a tab': { id: 'evil-extension', url: PAGE_URL, tab: { id: 7 }, frameId: 0 },
  'a web page (externally_connectable)': { url: 'https://evil.example/', tab: { id: 7 }, frameId: 0 },
  'a sender with no id at all': { url: `${ORIGIN}popup.html` },
  'a sender with nothing at all': {},
  'our id with a look-alike origin': { id: ID, url: `chrome-extension://${ID}.evil.example/popup.html` },
  'our id with an http origin': { id: ID, url: `https://${ID}/popup.html` },
  'our content script in a sub-frame': { ...contentTop, frameId: 3 },
  'our content script in a frame of an ad': { id: ID, url: 'https://ads.example/frame', tab: { id: 7 }, frameId: 12 },
  'our content script with no tab (TAB_ID_NONE)': { id: ID, url: 'https://news.example/', tab: { id: -1 }, frameId: 0 },
  'our content script in a tab with a NaN id': { id: ID, url: PAGE_URL, tab: { id: Number.NaN }, frameId: 0 },
  'our content script with no frame id': { id: ID, url: PAGE_URL, tab: { id: 7 } },
  'a sender in a tab with no URL': { id: ID, tab: { id: 7 }, frameId: 0 },
  'a file:// frame': { id: ID, url: 'file:///home/reader/evil.html', tab: { id: 8 }, frameId: 5 },
  'an about:blank sub-frame': { id: ID, url: 'about:blank', tab: { id: 7 }, frameId: 9 },
};

/** Our own senders speaking on a channel that is not theirs: a content script posing as a page, and vice versa. */
const WRONG_KIND: Record<Channel, Record<string, SenderInfo>> = {
  'ui-to-background': {
    'our content script in a top frame': contentTop,
    'our content script of another tab': contentOfAnotherTab,
  },
  'page-to-background': {
    'the popup posing as a content script': popup,
    'the panel opened as a tab posing as a content script': panelAsTab,
    'the background posing as a content script': backgroundWorker,
  },
  'background-to-reader': {
    'our content script in a top frame': contentTop,
    'our content script of another tab': contentOfAnotherTab,
  },
  'background-to-highlighter': {
    'our content script in a top frame': contentTop,
    'our content script of another tab': contentOfAnotherTab,
  },
  'background-to-ui': {
    'our content script in a top frame': contentTop,
    'our content script of another tab': contentOfAnotherTab,
  },
};

const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: 'A sentence.', prefix: '', suffix: '' };
const selectors: Selector[] = [quote, { type: 'TextPositionSelector', start: 0, end: 11 }];
const claim = sampleAnalysis().claims[0]!;
const highlight = createHighlight({ id: 'h1', url: PAGE_URL, title: 'Story', selectors, now: new Date(Date.UTC(2024, 0, 1)) });
const HUGE = 'x'.repeat(2_000_000);

/** One valid payload per method: the compiler refuses a table that misses a method of its direction. */
type Examples<M extends MethodMap<M>> = { [K in keyof M]: M[K]['payload'] };

const UI_EXAMPLES: Examples<UiToBackground> = {
  analyzeTab: { tabId: 7, force: false, fresh: false },
  revealQuote: { tabId: 7, quote },
  saveClaim: { tabId: 7, url: PAGE_URL, claim },
  saveSelection: { tabId: 7 },
  showHighlights: { tabId: 7 },
  revealHighlight: { tabId: 7, id: 'h1' },
  syncNow: null,
  testSync: { settings: { enabled: false, serverUrl: 'https://cloud.example/dav/', username: 'alice', password: 'app', passphrase: 'a long passphrase' } },
  pdfAddressOfTab: { tabId: 7 },
  openPdfPage: { tabId: 7, page: 3 },
  savePdfClaim: { url: 'https://example.com/paper.pdf', title: 'Paper', claim: { ...claim, page: 3 } },
};

const READER_EXAMPLES: Examples<BackgroundToReader> = {
  ping: null,
  read: { force: true },
};

const HIGHLIGHTER_EXAMPLES: Examples<BackgroundToHighlighter> = {
  ping: null,
  revealQuote: { quote },
  describeSelection: null,
  describeQuote: { quote },
  placeHighlights: { highlights: [highlight], replaceAll: true },
  revealHighlight: { id: 'h1', selectors },
};

const NOTICE_EXAMPLES: Examples<PageToBackground> = {
  pageChanged: { url: 'https://news.example/next' },
  pageHighlights: null,
  savePassage: { title: 'Story', selectors },
};

const UI_NEWS_EXAMPLES: Examples<BackgroundToUi> = {
  tabAnalyzed: { tabId: 7, analysis: sampleAnalysis() },
  tabChanged: { tabId: 7, url: 'https://news.example/next' },
};

/** One direction of the protocol as the receivers see it: its shape table is its list of methods. */
interface Direction {
  channel: Channel;
  shapes: Record<string, Shape<unknown>>;
  examples: Record<string, unknown>;
  /** The sender that may legitimately call it. */
  legit: SenderInfo;
}

const DIRECTIONS: readonly Direction[] = [
  { channel: 'ui-to-background', shapes: uiToBackgroundPayloads, examples: UI_EXAMPLES, legit: popup },
  { channel: 'page-to-background', shapes: pageToBackgroundPayloads, examples: NOTICE_EXAMPLES, legit: contentTop },
  { channel: 'background-to-reader', shapes: backgroundToReaderPayloads, examples: READER_EXAMPLES, legit: backgroundWorker },
  { channel: 'background-to-highlighter', shapes: backgroundToHighlighterPayloads, examples: HIGHLIGHTER_EXAMPLES, legit: backgroundWorker },
  { channel: 'background-to-ui', shapes: backgroundToUiPayloads, examples: UI_NEWS_EXAMPLES, legit: backgroundWorker },
];

const methodsOf = (direction: Direction): string[] => Object.keys(direction.shapes);

function envelope(channel: Channel, method: string, payload: unknown): Record<string, unknown> {
  return { precis: 1, channel, method, payload };
}

/** JSON keeps `__proto__` as an own key, exactly as a message arrives from another context. */
const json = (text: string): unknown => JSON.parse(text);

/** The same object with an own `__proto__` key in front, as JSON from another context would carry it. */
function withOwnProto(value: Record<string, unknown>): unknown {
  return json(`{"__proto__": {"polluted": true, "tabId": 8, "url": "${EVIL_URL}"}, ${JSON.stringify(value).slice(1)}`);
}

/** Values of the wrong type (or out of range) for a field holding `value`; none may pass a shape check. */
function wrongValuesFor(value: unknown): unknown[] {
  if (typeof value === 'number') return ['7', Number.NaN, -1, 1.5, Number.POSITIVE_INFINITY, 2 ** 60, null];
  if (typeof value === 'string') return [42, null, HUGE, [value], { toString: () => value }];
  if (typeof value === 'boolean') return ['true', 1, null];
  if (Array.isArray(value)) return [null, 'x', {}, [42], [null], Array.from({ length: 5_001 }, () => value[0])];
  if (isRecord(value)) return [null, 'x', [], [value], {}];
  return [{}, 0, 'x'];
}

/** Keys a forger adds to steer a handler to another page or tab; only those the payload does not have. */
const EXTRA_KEYS: Record<string, unknown> = { url: EVIL_URL, pageUrl: EVIL_URL, tabId: 8, frameId: 3, tab: { id: 8 } };

/** Malformed versions of a method's valid payload: whole-payload swaps, then field by field. */
function malformedPayloads(example: unknown): Array<[label: string, payload: unknown]> {
  const list: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['a number', 7],
    ['a huge string', HUGE],
    ['an array holding it', [example]],
    ['an empty array', []],
  ];
  if (example !== null) list.push(['null', null]);
  if (!isRecord(example)) {
    list.push(
      ['an empty object', {}],
      ['false', false],
      ['an object naming another page', { url: EVIL_URL }],
      ['an object naming another tab', { tabId: 8 }],
      ['JSON with a __proto__ key', json('{"__proto__": {"polluted": true}}')],
    );
    return list;
  }
  list.push(['an empty object', {}]);
  for (const key of Object.keys(example)) {
    const rest = Object.fromEntries(Object.entries(example).filter(([other]) => other !== key));
    list.push([`without ${key}`, rest]);
    wrongValuesFor(example[key]).forEach((wrong, index) => list.push([`${key} wrong #${index + 1}`, { ...example, [key]: wrong }]));
  }
  for (const [key, value] of Object.entries(EXTRA_KEYS)) {
    if (!Object.hasOwn(example, key)) list.push([`with an extra ${key}`, { ...example, [key]: value }]);
  }
  list.push(
    ['with an own __proto__ key', withOwnProto(example)],
    ['with a constructor key', { ...example, constructor: { prototype: { polluted: true } } }],
    ['with its fields only under __proto__', json(`{"__proto__": ${JSON.stringify(example)}}`)],
    ['with its fields only inherited', Object.create(example) as unknown],
  );
  return list;
}

/** Envelope tags that are not ours: every receiver must stay silent (answering would claim the message). */
function mistaggedEnvelopes(channel: Channel, method: string, payload: unknown): Array<[label: string, message: unknown]> {
  return [
    ['no version tag', { channel, method, payload }],
    ['version 2', { precis: 2, channel, method, payload }],
    ['version "1"', { precis: '1', channel, method, payload }],
    ['version true', { precis: true, channel, method, payload }],
    ['version 0', { precis: 0, channel, method, payload }],
    ['no channel', { precis: 1, method, payload }],
    ['an upper-case channel', { precis: 1, channel: channel.toUpperCase(), method, payload }],
    ['an unknown channel', { precis: 1, channel: 'background-to-everyone', method, payload }],
    ['the channel in an array', { precis: 1, channel: [channel], method, payload }],
    ['tags only inherited', json(`{"__proto__": {"precis": 1, "channel": "${channel}"}, "method": "${method}", "payload": null}`)],
    ['the envelope as an array', [1, channel, method, payload]],
  ];
}

const UNKNOWN_METHODS: unknown[] = [
  'deleteEverything', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__',
  'analyzeTab ', 'ANALYZETAB', '', HUGE, 42, null, undefined, {}, ['analyzeTab'],
];

/** Messages that are not envelopes of ours at all. */
const NOT_ENVELOPES: unknown[] = [undefined, null, 0, 'analyzeTab', ['ui-to-background', 'analyzeTab'], {}, HUGE];

type Kind = 'wrong sender' | 'malformed payload' | 'wrong channel' | 'mistagged envelope' | 'unknown method' | 'not an envelope';

interface Forgery {
  kind: Kind;
  label: string;
  message: unknown;
  sender: SenderInfo;
}

function forgeriesFor(direction: Direction, method: string): Forgery[] {
  const { channel, legit } = direction;
  const example = direction.examples[method];
  const valid = envelope(channel, method, example);
  const list: Forgery[] = [];
  const senders = { ...FORGED_SENDERS, ...WRONG_KIND[channel] };
  for (const [who, sender] of Object.entries(senders)) {
    list.push({ kind: 'wrong sender', label: `${channel} ${method} from ${who}`, message: valid, sender });
  }
  for (const [what, payload] of malformedPayloads(example)) {
    list.push({ kind: 'malformed payload', label: `${channel} ${method}: ${what}`, message: envelope(channel, method, payload), sender: legit });
  }
  // A method both content scripts answer (ping) is genuine on either channel, so it is no forgery there.
  for (const other of DIRECTIONS.filter((d) => d.channel !== channel && !Object.hasOwn(d.shapes, method))) {
    // Sent by the method's own sender and by the other channel's sender: neither may get it through.
    for (const sender of new Set([legit, other.legit])) {
      list.push({ kind: 'wrong channel', label: `${channel} ${method} tagged ${other.channel}`, message: envelope(other.channel, method, example), sender });
    }
  }
  for (const [what, message] of mistaggedEnvelopes(channel, method, example)) {
    list.push({ kind: 'mistagged envelope', label: `${channel} ${method} with ${what}`, message, sender: legit });
  }
  return list;
}

function allForgeries(): Forgery[] {
  const list: Forgery[] = [];
  for (const direction of DIRECTIONS) {
    for (const method of methodsOf(direction)) list.push(...forgeriesFor(direction, method));
    for (const method of UNKNOWN_METHODS) {
      const name = typeof method === 'string' && method.length > 40 ? `${method.length} characters` : JSON.stringify(method);
      list.push({ kind: 'unknown method', label: `unknown method ${name} on ${direction.channel}`, message: { precis: 1, channel: direction.channel, method, payload: null }, sender: direction.legit });
    }
  }
  NOT_ENVELOPES.forEach((message, index) => list.push({ kind: 'not an envelope', label: `not an envelope #${index + 1}`, message, sender: popup }));
  return list;
}

/** What a content script's WXT context offers; the forgeries never invalidate it or change the location. */
const contentContext = {
  onInvalidated: () => () => undefined,
  addEventListener: () => undefined,
} as unknown as ContentScriptContext;

/** Every browser API a handler would reach for: touching any of them means a forgery got through. */
function spyOnEffects(): Record<string, MockInstance> {
  const local = browser.storage.local;
  return {
    'tabs.get': vi.spyOn(browser.tabs, 'get'),
    'tabs.query': vi.spyOn(browser.tabs, 'query'),
    'tabs.sendMessage': vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.')),
    'scripting.executeScript': vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async () => [] as never),
    'scripting.registerContentScripts': vi.spyOn(browser.scripting, 'registerContentScripts'),
    'runtime.sendMessage': vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => undefined),
    'storage.local.get': vi.spyOn(local, 'get'),
    'storage.local.set': vi.spyOn(local, 'set'),
    'storage.local.remove': vi.spyOn(local, 'remove'),
    'storage.local.clear': vi.spyOn(local, 'clear'),
    'sidePanel.open': vi.spyOn(browser.sidePanel, 'open').mockResolvedValue(undefined),
    'permissions.request': vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never),
    'permissions.remove': vi.spyOn(browser.permissions, 'remove').mockResolvedValue(false as never),
  };
}

type Reply = { ok: boolean; value?: unknown; error?: { code: string } };

/** Deliver a runtime message as the browser would, to every listener; the replies of those that answered. */
async function deliver(message: unknown, sender: SenderInfo): Promise<Reply[]> {
  return (await deliverMessage(message, sender)) as Reply[];
}

/** The fake browser throws on events it does not implement; the background subscribes to a few of them. */
function stubUnimplementedEvents(): void {
  const events = [browser.commands?.onCommand, browser.contextMenus?.onClicked, browser.tabs.onRemoved, browser.tabs.onUpdated, browser.runtime.onConnect];
  for (const event of events) {
    if (!event) continue;
    try {
      const probe = () => undefined;
      event.addListener(probe);
      event.removeListener(probe);
    } catch {
      vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
    }
  }
  if (browser.contextMenus) vi.spyOn(browser.contextMenus, 'create').mockImplementation(() => 0);
}

const REFUSALS = new Set(['forbidden', 'bad-request', 'unknown-method']);

function countBy<T>(items: T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([name, count]) => `${name}: ${count}`).join(', ');
}

describe('forged messages against the receivers as wired', () => {
  const uiEvents = vi.fn();
  let effects: Record<string, MockInstance>;
  let stopUi: () => void;

  beforeAll(async () => {
    fakeBrowser.reset();
    stubUnimplementedEvents();
    await background.main();
    expect(startReader(contentContext)).toBe('listening');
    expect(startHighlighter(contentContext)).toBe('listening');
    stopUi = createUiServices({ location: { search: '?tab=7' } as Location, canOpenSidePanel: false }).watchTabs(uiEvents);
    effects = spyOnEffects();
  });

  afterAll(() => {
    stopUi?.();
    vi.restoreAllMocks();
  });

  it('has a valid example for exactly the methods each direction dispatches', () => {
    for (const direction of DIRECTIONS) {
      expect(Object.keys(direction.examples).sort(), direction.channel).toEqual(methodsOf(direction).sort());
      for (const method of methodsOf(direction)) expect(direction.shapes[method]!(direction.examples[method]), `${direction.channel} ${method}`).toBe(true);
    }
  });

  it('accepts none of the forgeries against any method, and touches no browser API', async () => {
    const list = allForgeries();
    const accepted: string[] = [];
    const outcomes: Array<{ kind: Kind; code: string }> = [];
    for (const forgery of list) {
      const replies = await deliver(forgery.message, forgery.sender);
      if (replies.some((reply) => reply.ok)) accepted.push(forgery.label);
      outcomes.push({ kind: forgery.kind, code: replies.map((reply) => reply.error?.code ?? 'ok').join('+') || 'ignored' });
    }
    const touched = Object.entries(effects).filter(([, spy]) => spy.mock.calls.length > 0).map(([name]) => name);
    const methods = DIRECTIONS.reduce((sum, direction) => sum + methodsOf(direction).length, 0);

    console.info(
      `forged messages: ${list.length} tried against ${methods} methods in ${DIRECTIONS.length} directions, ` +
        `${accepted.length} accepted, ${list.length - accepted.length} rejected\n` +
        `  by kind: ${countBy(outcomes, (o) => o.kind)}\n` +
        `  by answer: ${countBy(outcomes, (o) => o.code)}\n` +
        `  browser APIs touched: ${touched.length}`,
    );
    expect(accepted).toEqual([]);
    expect(touched).toEqual([]);
    expect(uiEvents).not.toHaveBeenCalled();
    // Every refusal is one of the protocol's own: nothing reached a handler and failed there instead.
    expect(outcomes.filter((o) => o.code !== 'ignored' && !REFUSALS.has(o.code))).toEqual([]);
    // Mistagged envelopes and non-envelopes are ignored by every receiver rather than refused by one.
    expect(outcomes.filter((o) => (o.kind === 'mistagged envelope' || o.kind === 'not an envelope') && o.code !== 'ignored')).toEqual([]);
    expect(list.length).toBeGreaterThan(900);
  });

  it('leaves Object.prototype as it found it', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const key of ['tabId', 'force', 'url', 'precis', 'channel']) expect(Object.prototype).not.toHaveProperty(key);
  });

  it('lets every method through from its genuine sender (so the refusals above are not a receiver that is deaf)', async () => {
    for (const direction of DIRECTIONS) {
      for (const method of methodsOf(direction)) {
        const replies = await deliver(envelope(direction.channel, method, direction.examples[method]), direction.legit);
        expect(replies, `${direction.channel} ${method}`).toHaveLength(1);
        expect(REFUSALS.has(replies[0]!.error?.code ?? ''), `${direction.channel} ${method}: ${JSON.stringify(replies[0])}`).toBe(false);
      }
    }
    expect(uiEvents).toHaveBeenCalledWith({ kind: 'changed', tabId: 7 });
  });
});

describe('a content script speaks only about its own page', () => {
  beforeAll(async () => {
    fakeBrowser.reset();
    stubUnimplementedEvents();
    await background.main();
    await saveHighlight(highlight);
    await saveHighlight(createHighlight({ id: 'secret', url: EVIL_URL, title: 'Inbox', selectors }));
  });

  afterAll(() => vi.restoreAllMocks());

  const storedIds = async () => (await listHighlights()).highlights.map((h) => h.id).sort();

  it('gets the highlights of its sender URL, never of a URL in the payload', async () => {
    expect(await deliver(envelope('page-to-background', 'pageHighlights', null), contentTop)).toEqual([{ ok: true, value: [highlight] }]);
    for (const payload of [{ url: EVIL_URL }, json(`{"__proto__": {"url": "${EVIL_URL}"}}`), EVIL_URL]) {
      const replies = await deliver(envelope('page-to-background', 'pageHighlights', payload), contentTop);
      expect(replies).toEqual([expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'bad-request' }) })]);
    }
    const elsewhere = await deliver(envelope('page-to-background', 'pageHighlights', null), { ...contentTop, url: 'https://news.example/other' });
    expect(elsewhere).toEqual([{ ok: true, value: [] }]);
  });

  it('saves a passage under its sender URL, and refuses a payload that names a page', async () => {
    const set = vi.spyOn(browser.storage.local, 'set');
    set.mockClear();
    for (const extra of [{ url: EVIL_URL }, { pageUrl: EVIL_URL }, { tabId: 8 }]) {
      const replies = await deliver(envelope('page-to-background', 'savePassage', { title: 'Inbox', selectors, ...extra }), contentTop);
      expect(replies).toEqual([expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'bad-request' }) })]);
    }
    expect(set).not.toHaveBeenCalled();
    expect(await storedIds()).toEqual(['h1', 'secret']);

    const [saved] = await deliver(envelope('page-to-background', 'savePassage', { title: 'Story', selectors }), { ...contentTop, url: `${PAGE_URL}?utm_source=x#top` });
    expect(saved).toMatchObject({ ok: true, value: { url: normalizeUrl(PAGE_URL), title: 'Story' } });
    expect(set).toHaveBeenCalledTimes(1);
    expect((await listHighlights({ url: EVIL_URL })).highlights.map((h) => h.id)).toEqual(['secret']);
  });

  it('cannot read or write highlights from a tab without an address, a sub-frame or another extension', async () => {
    const set = vi.spyOn(browser.storage.local, 'set');
    const get = vi.spyOn(browser.storage.local, 'get');
    set.mockClear();
    get.mockClear();
    const senders = [FORGED_SENDERS['a sender in a tab with no URL']!, { ...contentTop, frameId: 3 }, FORGED_SENDERS['another extension in a tab']!];
    for (const sender of senders) {
      for (const [method, payload] of [['pageHighlights', null], ['savePassage', { title: 'x', selectors }]] as const) {
        const replies = await deliver(envelope('page-to-background', method, payload), sender);
        expect(replies).toEqual([expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'forbidden' }) })]);
      }
    }
    expect(set).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
  });
});
