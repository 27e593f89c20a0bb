import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { callReader, notifyBackground } from './messaging.ts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('errors on the wire, in the reader’s words', () => {
  it('tells a content script that the extension was reloaded under its page', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    expect(await notifyBackground('pageHighlights', null)).toEqual({
      ok: false,
      error: { code: 'invalidated', message: 'Precis was updated or reloaded. Reload the page, then try again.' },
    });
  });

  it('gives a content script a plain failure for anything else', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Something odd.'));
    expect(await notifyBackground('pageHighlights', null)).toMatchObject({ ok: false, error: { code: 'failed', message: /Reload the page/ } });
  });

  it('reads the background’s failures with the whole catalogue of injection errors', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await callReader(3, 'ping', null)).toMatchObject({ ok: false, error: { code: 'navigated' } });
  });

  it('refuses a reply that is not a Result', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    expect(await callReader(3, 'ping', null)).toMatchObject({ ok: false, error: { code: 'failed', message: /no answer/ } });
  });
});
