// @vitest-environment happy-dom
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { beforeEach, expect, it, vi } from 'vitest';
import { startReader } from './reader.ts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

it('hands the page to a second copy of the reader, so exactly one copy answers', () => {
  // The background injects the reader without asking on a page it has not put one in
  // (background/inject-page-scripts.ts), so a page may get a second copy: WXT's context tells the first to stop as
  // the second starts.
  const added = vi.spyOn(browser.runtime.onMessage, 'addListener');
  const removed = vi.spyOn(browser.runtime.onMessage, 'removeListener');
  const first = new ContentScriptContext('precis');
  expect(startReader(first)).toBe('listening');

  const second = new ContentScriptContext('precis');
  expect(first.isValid).toBe(false);
  expect(startReader(second)).toBe('listening');
  expect(added).toHaveBeenCalledTimes(2);
  expect(removed).toHaveBeenCalledTimes(1);
  expect(removed.mock.calls[0]![0]).toBe(added.mock.calls[0]![0]);
  second.abort();
});
