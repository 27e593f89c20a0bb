/**
 * What the reader does when the background asks: say which page it is on, and read it up to its claims (the
 * background chooses those). Plain DOM work on the page it runs in; the wiring to `browser.*` is in page/reader.ts.
 */
import { readPage } from '../../read-page.ts';
import type { Handlers } from '../wire/dispatch.ts';
import { ok, type BackgroundToReader } from '../wire/protocol.ts';

export function readerHandlers(doc: Document): Handlers<BackgroundToReader> {
  return {
    ping: () => ok({ url: doc.location.href }),
    read: ({ force }) => {
      // The engine clones what it hands to Readability, so the live page is never changed.
      const url = doc.location.href;
      return ok({ url, outcome: readPage(doc, { url, force }) });
    },
  };
}
