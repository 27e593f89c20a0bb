import { describe, expect, it, vi } from 'vitest';
import { sampleAnalysis } from '../../../tests/support/sample-analysis.ts';
import { createDispatcher, type Handlers } from './dispatch.ts';
import { backgroundToReaderPayloads, backgroundToUiPayloads, pageToBackgroundPayloads, uiToBackgroundPayloads } from './payloads.ts';
import { fail, message, ok, type BackgroundToReader, type UiToBackground } from './protocol.ts';
import { fromExtensionContext, fromExtensionPage, fromTopFrameOfTab, type SenderInfo } from './senders.ts';

const self = { id: 'precis-id', origin: 'chrome-extension://precis-id/' };
const popup: SenderInfo = { id: self.id, url: `${self.origin}popup.html` };
const panelAsTab: SenderInfo = { id: self.id, url: `${self.origin}sidepanel.html?tab=7`, tab: { id: 9 }, frameId: 0 };
const background: SenderInfo = { id: self.id, url: `${self.origin}background.js` };
const contentTop: SenderInfo = { id: self.id, url: 'https://news.example/story', tab: { id: 7 }, frameId: 0 };
const contentFrame: SenderInfo = { ...contentTop, frameId: 3 };
const otherExtension: SenderInfo = { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' };
const quote = { type: 'TextQuoteSelector', exact: 'A sentence.', prefix: '', suffix: '' } as const;

function uiToBackground() {
  const handlers: Handlers<UiToBackground> = {
    analyzeTab: vi.fn(({ tabId }) => ok({ tabId, analysis: sampleAnalysis() })),
    revealQuote: vi.fn(() => ok(null)),
    saveClaim: vi.fn(() => fail('unavailable', 'Not in this test.')),
    saveSelection: vi.fn(() => fail('no-selection', 'Not in this test.')),
    showHighlights: vi.fn(() => ok({ painted: [], orphans: [] })),
    revealHighlight: vi.fn(() => ok(null)),
    syncNow: vi.fn(() => ok({ running: false, lastSync: null, pending: 0, error: null, problems: 0 })),
    testSync: vi.fn(() => ok('Connected.')),
    pdfAddressOfTab: vi.fn(() => fail('unavailable', 'Not in this test.')),
    openPdfPage: vi.fn(() => ok(null)),
    savePdfClaim: vi.fn(() => fail('unavailable', 'Not in this test.')),
  };
  const dispatch = createDispatcher({
    channel: 'ui-to-background',
    self,
    accepts: fromExtensionPage,
    shapes: uiToBackgroundPayloads,
    handlers,
  });
  return { dispatch, handlers };
}

describe('createDispatcher (extension pages → background)', () => {
  it('runs the handler named by the method for our own pages, even one opened as a tab', async () => {
    const { dispatch, handlers } = uiToBackground();
    const reply = await dispatch(message.uiToBackground('analyzeTab', { tabId: 7, force: false, fresh: false }), popup);
    expect(reply).toMatchObject({ ok: true, value: { tabId: 7 } });
    await dispatch(message.uiToBackground('revealQuote', { tabId: 7, quote }), panelAsTab);
    expect(handlers.revealQuote).toHaveBeenCalledWith({ tabId: 7, quote }, panelAsTab);
  });

  it.each([
    ['a content script (our id, a web page URL)', contentTop],
    ['another extension', otherExtension],
    ['a sender without id', { url: popup.url }],
    ['our id with a look-alike origin', { id: self.id, url: 'chrome-extension://precis-id.evil/popup.html' }],
  ])('refuses %s', async (_label, sender) => {
    const { dispatch, handlers } = uiToBackground();
    const reply = await dispatch(message.uiToBackground('analyzeTab', { tabId: 7, force: false, fresh: false }), sender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers.analyzeTab).not.toHaveBeenCalled();
  });

  it.each([
    ['a string tab id', { tabId: '7', force: false }],
    ['a negative tab id', { tabId: -1, force: false }],
    ['a missing flag', { tabId: 7 }],
    ['an extra key', { tabId: 7, force: false, url: 'x' }],
    ['no payload', undefined],
  ])('refuses a payload with %s', async (_label, payload) => {
    const { dispatch, handlers } = uiToBackground();
    const reply = await dispatch({ precis: 1, channel: 'ui-to-background', method: 'analyzeTab', payload }, popup);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(handlers.analyzeTab).not.toHaveBeenCalled();
  });

  it('refuses a quote that is not a TextQuoteSelector', async () => {
    const { dispatch } = uiToBackground();
    const reply = await dispatch({ precis: 1, channel: 'ui-to-background', method: 'revealQuote', payload: { tabId: 1, quote: { exact: 'x' } } }, popup);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it.each(['deleteEverything', 'toString', '__proto__', 42])('refuses the unknown method %s', async (method) => {
    const { dispatch } = uiToBackground();
    const reply = await dispatch({ precis: 1, channel: 'ui-to-background', method, payload: null }, popup);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('stays silent on messages that are not addressed to it', () => {
    const { dispatch } = uiToBackground();
    expect(dispatch({ precis: 1, channel: 'background-to-ui', method: 'tabChanged', payload: { tabId: 1, url: 'x' } }, background)).toBeUndefined();
    expect(dispatch({ method: 'analyzeTab', payload: { tabId: 1, force: false } }, popup)).toBeUndefined();
    expect(dispatch('analyzeTab', popup)).toBeUndefined();
    expect(dispatch(null, popup)).toBeUndefined();
  });

  it('turns a throwing handler into an error result', async () => {
    const { dispatch, handlers } = uiToBackground();
    vi.mocked(handlers.saveClaim).mockImplementation(() => {
      throw new Error('disk full');
    });
    const claim = sampleAnalysis().claims[0]!;
    const reply = await dispatch(message.uiToBackground('saveClaim', { tabId: 1, url: 'https://a.example/', claim }), popup);
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: '"saveClaim" failed: disk full' } });
  });
});

describe('createDispatcher (content script → background)', () => {
  const pageChanged = vi.fn((_payload: { url: string }, sender: SenderInfo) => ok(sender.tab?.id ?? null));
  const dispatch = createDispatcher({
    channel: 'page-to-background',
    self,
    accepts: fromTopFrameOfTab,
    shapes: pageToBackgroundPayloads,
    handlers: {
      pageChanged: (payload, sender) => (pageChanged(payload, sender), ok(null)),
      pageHighlights: () => ok([]),
      savePassage: () => fail('unavailable', 'Not in this test.'),
    },
  });

  it('accepts the top frame of a tab', async () => {
    const reply = await dispatch(message.pageToBackground('pageChanged', { url: 'https://news.example/next' }), contentTop);
    expect(reply).toEqual({ ok: true, value: null });
    expect(pageChanged).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a sub-frame', contentFrame],
    ['an extension page', popup],
    ['a sender without tab', { id: self.id, url: 'https://news.example/', frameId: 0 }],
    ['another extension in a tab', { ...contentTop, id: 'someone-else' }],
  ])('refuses %s', async (_label, sender) => {
    const reply = await dispatch(message.pageToBackground('pageChanged', { url: 'https://x.example/' }), sender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('createDispatcher (background → content script)', () => {
  const handlers: Handlers<BackgroundToReader> = {
    ping: () => ok({ url: 'https://news.example/story' }),
    read: () => ok({ url: 'https://news.example/story', outcome: { ok: false, reason: 'not-an-article', message: 'No.' } }),
  };
  const dispatch = createDispatcher({
    channel: 'background-to-reader',
    self,
    accepts: fromExtensionContext,
    shapes: backgroundToReaderPayloads,
    handlers,
  });

  it('accepts the background, with or without a URL', async () => {
    expect(await dispatch(message.backgroundToReader('ping', null), background)).toMatchObject({ ok: true });
    expect(await dispatch(message.backgroundToReader('ping', null), { id: self.id })).toMatchObject({ ok: true });
  });

  it('refuses other extensions and anything in a tab that is not ours', async () => {
    expect(await dispatch(message.backgroundToReader('ping', null), otherExtension)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch(message.backgroundToReader('ping', null), { id: self.id, tab: { id: 3 } })).toMatchObject({ ok: false });
  });

  it('refuses a ping that carries data and a read without its flag', async () => {
    expect(await dispatch({ precis: 1, channel: 'background-to-reader', method: 'ping', payload: {} }, background)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await dispatch({ precis: 1, channel: 'background-to-reader', method: 'read', payload: {} }, background)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('payload shapes (background → extension pages)', () => {
  it('accepts a real analysis and refuses a forged one', () => {
    expect(backgroundToUiPayloads.tabAnalyzed({ tabId: 3, analysis: sampleAnalysis() })).toBe(true);
    const forged = { ...sampleAnalysis(), claims: [{ text: 'x' }] };
    expect(backgroundToUiPayloads.tabAnalyzed({ tabId: 3, analysis: forged })).toBe(false);
    expect(backgroundToUiPayloads.tabAnalyzed({ tabId: 3, analysis: { ...sampleAnalysis(), version: 2 } })).toBe(false);
  });
});

describe('a channel and its method map', () => {
  it('cannot be built with another channel’s shapes or handlers (a type error, checked by typecheck)', () => {
    const readerHandlers: Handlers<BackgroundToReader> = { ping: () => ok({ url: 'https://a.example/' }), read: () => fail('failed', 'no') };
    const wrongHandlers = () =>
      createDispatcher({
        channel: 'ui-to-background',
        self,
        accepts: fromExtensionPage,
        // @ts-expect-error: the background-to-reader payload shapes are not the ui-to-background ones.
        shapes: backgroundToReaderPayloads,
        // @ts-expect-error: the reader's handlers do not answer ui-to-background.
        handlers: readerHandlers,
      });
    expect(typeof wrongHandlers).toBe('function');
  });
});
