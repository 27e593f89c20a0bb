// @vitest-environment happy-dom
/**
 * Forged messages against the receivers exactly as the extension wires them: the background entrypoint, the
 * content script (startContentScript) and an extension page's listener (watchTabs). A page can make our content
 * script send anything, other extensions and web pages can message us, and frames can pretend to be tabs: none
 * of it may reach a handler. "Accepted" means any listener answered `ok: true` or any browser API a handler
 * would call (tabs, scripting, storage, runtime broadcast) was touched.
 */
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import background from '../../entrypoints/background.ts';
import { sampleAnalysis } from '../../tests/support/sample-analysis.ts';
import { startContentScript } from './content-script.ts';
import type { Channel } from './protocol.ts';
import type { SenderInfo } from './senders.ts';
import { createUiServices } from './ui-services.ts';

const ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${ID}/`;

/** The senders each channel legitimately hears from. */
const popup: SenderInfo = { id: ID, url: `${ORIGIN}popup.html` };
const backgroundWorker: SenderInfo = { id: ID, url: `${ORIGIN}background.js` };
const contentTop: SenderInfo = { id: ID, url: 'https://news.example/story', tab: { id: 7 }, frameId: 0 };

/** Senders that must never be believed, whatever they say. */
const FORGED_SENDERS: Record<string, SenderInfo> = {
  'another extension': { id: 'evil-extension', url: 'chrome-extension://evil-extension/popup.html' },
  'another extension claiming our URL': { id: 'evil-extension', url: `${ORIGIN}popup.html` },
  'a web page (externally_connectable)': { url: 'https://evil.example/', tab: { id: 7 }, frameId: 0 },
  'a sender with no id at all': { url: `${ORIGIN}popup.html` },
  'our id with a look-alike origin': { id: ID, url: `chrome-extension://${ID}.evil.example/popup.html` },
  'our id with an http origin': { id: ID, url: `https://${ID}/popup.html` },
  'our content script in a sub-frame': { ...contentTop, frameId: 3 },
  'our content script in a frame of an ad': { id: ID, url: 'https://ads.example/frame', tab: { id: 7 }, frameId: 12 },
  'our content script with no tab (TAB_ID_NONE)': { id: ID, url: 'https://news.example/', tab: { id: -1 }, frameId: 0 },
  'a sender in a tab with no URL': { id: ID, tab: { id: 7 }, frameId: 0 },
  'a file:// frame': { id: ID, url: 'file:///home/reader/evil.html', tab: { id: 8 }, frameId: 5 },
  'an about:blank sub-frame': { id: ID, url: 'about:blank', tab: { id: 7 }, frameId: 9 },
};

const quote = { type: 'TextQuoteSelector', exact: 'A sentence.', prefix: '', suffix: '' };
const claim = sampleAnalysis().claims[0]!;
const HUGE = 'x'.repeat(2_000_000);

function envelope(channel: Channel, method: string, payload: unknown): unknown {
  return { precis: 1, channel, method, payload };
}

/** Well-formed requests, one per method and direction: forged senders replay these. */
const VALID_REQUESTS: ReadonlyArray<readonly [label: string, message: unknown]> = [
  ['analyzeTab', envelope('ui-to-background', 'analyzeTab', { tabId: 7, force: false })],
  ['revealQuote (ui)', envelope('ui-to-background', 'revealQuote', { tabId: 7, quote })],
  ['saveClaim', envelope('ui-to-background', 'saveClaim', { tabId: 7, url: 'https://news.example/story', claim })],
  ['pageChanged', envelope('content-to-background', 'pageChanged', { url: 'https://news.example/next' })],
  ['ping', envelope('background-to-content', 'ping', null)],
  ['analyze', envelope('background-to-content', 'analyze', { force: true })],
  ['revealQuote (content)', envelope('background-to-content', 'revealQuote', { quote })],
  ['tabAnalyzed', envelope('background-to-ui', 'tabAnalyzed', { tabId: 7, analysis: sampleAnalysis() })],
  ['tabChanged', envelope('background-to-ui', 'tabChanged', { tabId: 7, url: 'https://news.example/next' })],
];

/** A legitimate sender per channel, for payload forgeries that must fail on shape alone. */
const LEGIT_SENDER: Record<Channel, SenderInfo> = {
  'ui-to-background': popup,
  'content-to-background': contentTop,
  'background-to-content': backgroundWorker,
  'background-to-ui': backgroundWorker,
};

/** JSON keeps `__proto__` as an own key, exactly as a message arrives from another context. */
const json = (text: string): unknown => JSON.parse(text);

/** Payloads of the wrong shape for each method, sent by the sender that may legitimately call it. */
const BAD_PAYLOADS: Record<string, { channel: Channel; method: string; payloads: unknown[] }> = {
  analyzeTab: {
    channel: 'ui-to-background',
    method: 'analyzeTab',
    payloads: [
      undefined, null, 7, 'tab 7', [7, false], {}, { tabId: '7', force: false }, { tabId: -1, force: false },
      { tabId: 1.5, force: false }, { tabId: Number.NaN, force: false }, { tabId: Number.POSITIVE_INFINITY, force: false },
      { tabId: 2 ** 60, force: false }, { tabId: 7 }, { tabId: 7, force: 'true' }, { tabId: 7, force: 1 },
      { tabId: 7, force: false, url: 'https://evil.example/' }, { tabId: 7, force: false, frameId: 3 },
      json('{"__proto__": {"tabId": 7, "force": false}}'),
      json('{"tabId": 7, "force": false, "__proto__": {"polluted": true}}'),
      json('{"tabId": 7, "force": false, "constructor": {"prototype": {"polluted": true}}}'),
      Object.create({ tabId: 7, force: false }),
    ],
  },
  revealQuote: {
    channel: 'ui-to-background',
    method: 'revealQuote',
    payloads: [
      { tabId: 7 }, { tabId: 7, quote: 'A sentence.' }, { tabId: 7, quote: { exact: 'A sentence.' } },
      { tabId: 7, quote: { ...quote, type: 'TextPositionSelector' } }, { tabId: 7, quote: { ...quote, exact: '   ' } },
      { tabId: 7, quote: { ...quote, exact: HUGE } }, { tabId: 7, quote: { ...quote, prefix: HUGE } },
      { tabId: 7, quote: { ...quote, suffix: 42 } }, { tabId: 7, quote, force: false },
      json('{"tabId": 7, "quote": {"__proto__": {"type": "TextQuoteSelector", "exact": "x", "prefix": "", "suffix": ""}}}'),
    ],
  },
  saveClaim: {
    channel: 'ui-to-background',
    method: 'saveClaim',
    payloads: [
      { tabId: 7, url: 'https://news.example/', claim: {} }, { tabId: 7, url: HUGE, claim },
      { tabId: 7, url: 42, claim }, { tabId: 7, claim }, { tabId: 7, url: 'https://news.example/', claim: { ...claim, score: Number.NaN } },
      { tabId: 7, url: 'https://news.example/', claim: { ...claim, topics: [{ toString: 'x' }] } },
      { tabId: 7, url: 'https://news.example/', claim: { ...claim, text: HUGE } },
      { tabId: 7, url: 'https://news.example/', claim: { ...claim, selector: { ...quote, exact: '' } } },
      { tabId: 7, url: 'https://news.example/', claim: { ...claim, topics: ['x'.repeat(201)] } },
    ],
  },
  pageChanged: {
    channel: 'content-to-background',
    method: 'pageChanged',
    payloads: [
      undefined, null, {}, { url: 42 }, { url: HUGE }, { url: 'https://news.example/', tabId: 99 },
      { url: 'https://news.example/', tab: { id: 99 } }, json('{"url": "https://news.example/", "__proto__": {"tabId": 99}}'),
    ],
  },
  ping: { channel: 'background-to-content', method: 'ping', payloads: [{}, 'ping', 0, false, { force: true }] },
  analyze: {
    channel: 'background-to-content',
    method: 'analyze',
    payloads: [null, {}, { force: 'yes' }, { force: true, url: 'https://evil.example/' }, json('{"__proto__": {"force": true}}')],
  },
  'revealQuote (content)': {
    channel: 'background-to-content',
    method: 'revealQuote',
    payloads: [null, { quote: null }, { quote: { ...quote, exact: HUGE } }, { quote, tabId: 7 }],
  },
  tabAnalyzed: {
    channel: 'background-to-ui',
    method: 'tabAnalyzed',
    payloads: [
      { tabId: 7 }, { tabId: 7, analysis: { ...sampleAnalysis(), version: 2 } },
      { tabId: 7, analysis: { ...sampleAnalysis(), claims: [{ text: '<img src=x onerror=alert(1)>' }] } },
      { tabId: -3, analysis: sampleAnalysis() }, { tabId: 7, analysis: { ...sampleAnalysis(), faq: [{ question: 1, answer: 2 }] } },
    ],
  },
  tabChanged: { channel: 'background-to-ui', method: 'tabChanged', payloads: [{ tabId: 7 }, { tabId: '7', url: 'x' }, { tabId: 7, url: HUGE }] },
};

const UNKNOWN_METHODS: unknown[] = [
  'deleteEverything', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__',
  'analyzeTab ', 'ANALYZETAB', '', HUGE, 42, null, undefined, {}, ['analyzeTab'],
];

/** Messages that are not envelopes of ours at all: every receiver must stay silent. */
const NOT_ENVELOPES: unknown[] = [
  undefined, null, 0, 'analyzeTab', ['ui-to-background', 'analyzeTab'], {},
  { method: 'analyzeTab', payload: { tabId: 7, force: false } },
  { precis: 1, method: 'analyzeTab', payload: { tabId: 7, force: false } },
  { precis: 2, channel: 'ui-to-background', method: 'analyzeTab', payload: { tabId: 7, force: false } },
  { precis: '1', channel: 'ui-to-background', method: 'analyzeTab', payload: { tabId: 7, force: false } },
  { precis: true, channel: 'ui-to-background', method: 'analyzeTab', payload: { tabId: 7, force: false } },
  { precis: 1, channel: 'UI-TO-BACKGROUND', method: 'analyzeTab', payload: { tabId: 7, force: false } },
  { precis: 1, channel: 'background-to-everyone', method: 'analyzeTab', payload: { tabId: 7, force: false } },
  { precis: 1, channel: ['ui-to-background'], method: 'analyzeTab', payload: { tabId: 7, force: false } },
  json('{"__proto__": {"precis": 1, "channel": "ui-to-background"}, "method": "analyzeTab", "payload": {"tabId": 7, "force": false}}'),
];

interface Forgery {
  label: string;
  message: unknown;
  sender: SenderInfo;
}

function forgeries(): Forgery[] {
  const list: Forgery[] = [];
  for (const [who, sender] of Object.entries(FORGED_SENDERS)) {
    for (const [what, message] of VALID_REQUESTS) list.push({ label: `${what} from ${who}`, message, sender });
  }
  // A content script (any page can make it send anything) speaking on every channel but its own.
  for (const [what, message] of VALID_REQUESTS.filter(([, m]) => (m as { channel: Channel }).channel !== 'content-to-background')) {
    list.push({ label: `${what} from our content script in a top frame`, message, sender: contentTop });
  }
  // Our own pages may not pose as a content script: a tab's notices name that tab.
  list.push({ label: 'pageChanged from the popup', message: VALID_REQUESTS[3]![1], sender: popup });
  list.push({ label: 'pageChanged from the panel opened as a tab', message: VALID_REQUESTS[3]![1], sender: { ...popup, tab: { id: 9 }, frameId: 0 } });
  for (const [what, { channel, method, payloads }] of Object.entries(BAD_PAYLOADS)) {
    payloads.forEach((payload, index) => {
      list.push({ label: `${what} with bad payload #${index + 1}`, message: envelope(channel, method, payload), sender: LEGIT_SENDER[channel] });
    });
  }
  for (const channel of Object.keys(LEGIT_SENDER) as Channel[]) {
    for (const method of UNKNOWN_METHODS) {
      const name = typeof method === 'string' && method.length > 40 ? `${method.length} characters` : JSON.stringify(method);
      list.push({ label: `unknown method ${name} on ${channel}`, message: { precis: 1, channel, method, payload: null }, sender: LEGIT_SENDER[channel] });
    }
  }
  NOT_ENVELOPES.forEach((message, index) => list.push({ label: `not an envelope #${index + 1}`, message, sender: popup }));
  return list;
}

/** What a content script's WXT context offers; the forgeries never invalidate it or change the location. */
const contentContext = {
  onInvalidated: () => () => undefined,
  addEventListener: () => undefined,
} as unknown as ContentScriptContext;

/** Every browser API a handler would reach for: touching any of them means a forgery got through. */
function spyOnEffects(): Record<string, MockInstance> {
  const effects = {
    'tabs.get': vi.spyOn(browser.tabs, 'get'),
    'tabs.sendMessage': vi.spyOn(browser.tabs, 'sendMessage'),
    'scripting.executeScript': vi.spyOn(browser.scripting, 'executeScript').mockImplementation(async () => [] as never),
    'runtime.sendMessage': vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => undefined),
    'storage.local.set': vi.spyOn(browser.storage.local, 'set'),
    'storage.local.get': vi.spyOn(browser.storage.local, 'get'),
  };
  return effects;
}

/** Deliver a runtime message as the browser would, to every listener; each listener's reply, in order. */
async function deliver(message: unknown, sender: SenderInfo): Promise<unknown[]> {
  const noReply = () => undefined;
  return (await fakeBrowser.runtime.onMessage.trigger(message, sender as never, noReply)) as unknown[];
}

/** The fake browser throws on events it does not implement; the background subscribes to a few of them. */
function stubUnimplementedEvents(): void {
  const events = [browser.commands?.onCommand, browser.contextMenus?.onClicked, browser.tabs.onRemoved, browser.tabs.onUpdated];
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

describe('forged messages against the receivers as wired', () => {
  const uiEvents = vi.fn();
  let effects: Record<string, MockInstance>;
  let stopUi: () => void;

  beforeAll(async () => {
    fakeBrowser.reset();
    stubUnimplementedEvents();
    await background.main();
    expect(startContentScript(contentContext)).toBe('listening');
    stopUi = createUiServices({ location: { search: '?tab=7' } as Location, canOpenSidePanel: false }).watchTabs(uiEvents);
    effects = spyOnEffects();
  });

  afterAll(() => {
    stopUi?.();
    vi.restoreAllMocks();
  });

  it('accepts none of them, and says which receiver refused what', async () => {
    const list = forgeries();
    const accepted: string[] = [];
    const refusals = new Map<string, number>();
    for (const { label, message, sender } of list) {
      const replies = await deliver(message, sender);
      const answered = replies.filter((reply) => reply !== undefined) as Array<{ ok: boolean; error?: { code: string } }>;
      if (answered.some((reply) => reply.ok)) accepted.push(label);
      const code = answered.map((reply) => reply.error?.code ?? 'ok').join('+') || 'ignored';
      refusals.set(code, (refusals.get(code) ?? 0) + 1);
    }
    const touched = Object.entries(effects).filter(([, spy]) => spy.mock.calls.length > 0).map(([name]) => name);

    console.info(
      `forged messages: ${list.length} tried, ${accepted.length} accepted, ${list.length - accepted.length} rejected ` +
        `(${[...refusals].map(([code, count]) => `${code}: ${count}`).join(', ')}); browser APIs touched: ${touched.length}`,
    );
    expect(list.length).toBeGreaterThan(250);
    expect(accepted).toEqual([]);
    expect(touched).toEqual([]);
    expect(uiEvents).not.toHaveBeenCalled();
  });

  it('leaves Object.prototype as it found it', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('tabId');
    expect(Object.prototype).not.toHaveProperty('force');
  });

  it('still answers the genuine senders (so the refusals above are not a receiver that is simply deaf)', async () => {
    const replies = async (message: unknown, sender: SenderInfo) => (await deliver(message, sender)).filter((reply) => reply !== undefined);
    expect(await replies(VALID_REQUESTS[4]![1], { id: ID })).toEqual([{ ok: true, value: { url: document.location.href } }]);
    expect(await replies(VALID_REQUESTS[3]![1], contentTop)).toEqual([{ ok: true, value: null }]);
    expect(effects['runtime.sendMessage']).toHaveBeenCalledTimes(1);
    await replies(VALID_REQUESTS[8]![1], backgroundWorker);
    expect(uiEvents).toHaveBeenCalledWith({ kind: 'changed', tabId: 7 });
  });
});
