// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import { beforeEach, expect, it } from 'vitest';
import { ContentScriptContext } from './reader-context.ts';

beforeEach(() => {
  fakeBrowser.reset();
});

it('stops a copy when a newer one starts in the page, and runs what the older one asked for', () => {
  const first = new ContentScriptContext('precis');
  const stopped: string[] = [];
  first.onInvalidated(() => stopped.push('first'));
  const second = new ContentScriptContext('precis');
  expect(first.isValid).toBe(false);
  expect(stopped).toEqual(['first']);
  expect(second.isValid).toBe(true);
  second.abort();
});

it('leaves another content script alone', () => {
  const reader = new ContentScriptContext('precis');
  const other = new ContentScriptContext('highlighter');
  expect(reader.isValid).toBe(true);
  expect(other.isValid).toBe(true);
  reader.abort();
  other.abort();
});

it("sends and hears WXT's own signal, so a copy built with WXT's context and one built with this stop each other", () => {
  // WXT names its signal after the entrypoint being built, which a test leaves unset.
  const name = String(import.meta.env.ENTRYPOINT);
  const wxtFirst = new WxtContext(name);
  const slim = new ContentScriptContext(name);
  expect(wxtFirst.isValid).toBe(false);
  expect(slim.isValid).toBe(true);
  const wxtAfter = new WxtContext(name);
  expect(slim.isValid).toBe(false);
  expect(wxtAfter.isValid).toBe(true);
  wxtAfter.abort();
});

it('counts as stopped once the extension is gone from under the page', () => {
  const ctx = new ContentScriptContext('precis');
  const stopped: string[] = [];
  ctx.onInvalidated(() => stopped.push('stopped'));
  const runtime = fakeBrowser.runtime as { id?: string };
  const id = runtime.id;
  runtime.id = undefined;
  try {
    expect(ctx.isValid).toBe(false);
  } finally {
    runtime.id = id;
  }
  expect(stopped).toEqual(['stopped']);
});
