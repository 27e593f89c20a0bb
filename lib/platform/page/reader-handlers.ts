/**
 * What the reader does when the background asks: say which page it is on, and analyse it. Plain DOM work on the
 * page it runs in; the wiring to `browser.*` is in page/reader.ts.
 */
import { analyze } from '../../analyze.ts';
import type { Handlers } from '../wire/dispatch.ts';
import { ok, type BackgroundToReader } from '../wire/protocol.ts';

export function readerHandlers(doc: Document): Handlers<BackgroundToReader> {
  return {
    ping: () => ok({ url: doc.location.href }),
    analyze: ({ force }) => {
      // The engine clones what it hands to Readability, so the live page is never changed.
      const url = doc.location.href;
      return ok({ url, outcome: analyze(doc, { url, force }) });
    },
  };
}
