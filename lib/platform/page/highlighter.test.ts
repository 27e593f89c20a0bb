// @vitest-environment happy-dom
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../wire/protocol.ts';
import { startReader } from './reader.ts';
import { startHighlighter } from './highlighter.ts';

/** A WXT context that keeps its listeners, so a test can play the events the page would raise. */
function fakeContext() {
  const listeners = new Map<string, (event: unknown) => void>();
  const invalidated: Array<() => void> = [];
  const ctx = {
    addEventListener: (_target: unknown, type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    onInvalidated: (stop: () => void) => invalidated.push(stop),
  } as unknown as ContentScriptContext;
  return { ctx, listeners, invalidate: () => invalidated.forEach((stop) => stop()) };
}

const sentMethods = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map(([message]) => (message as { method: string; payload: unknown }));

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the highlighter in a page', () => {
  it('asks for the page’s highlights on start, and on a single-page move says the page changed and asks again', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(ok([]) as never);
    const page = fakeContext();
    expect(startHighlighter(page.ctx)).toBe('listening');
    expect(sentMethods(send).map((m) => m.method)).toEqual(['pageHighlights']);

    page.listeners.get('wxt:locationchange')!({ newUrl: new URL('https://news.example/next') });
    expect(sentMethods(send).slice(1)).toEqual([
      expect.objectContaining({ method: 'pageChanged', payload: { url: 'https://news.example/next' } }),
      expect.objectContaining({ method: 'pageHighlights', payload: null }),
    ]);
    page.invalidate();
  });

  it('stays idle when a copy already listens in the page, and the reader is unaffected', () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(ok([]) as never);
    const first = fakeContext();
    const reader = fakeContext();
    expect(startHighlighter(first.ctx)).toBe('listening');
    expect(startHighlighter(fakeContext().ctx)).toBe('already-listening');
    expect(startReader(reader.ctx)).toBe('listening');
    // The reader only analyses: it watches no address changes of its own.
    expect(reader.listeners.size).toBe(0);
    first.invalidate();
    reader.invalidate();
    expect(startHighlighter(fakeContext().ctx)).toBe('listening');
  });
});
