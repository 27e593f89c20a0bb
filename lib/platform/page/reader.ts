/**
 * The reader's life in a page: injected on demand by the background when the reader opens Precis, it answers
 * "analyse this page" until the page goes away or the extension reloads. Everything else a page does for Precis
 * (highlights, noticing that a single-page app moved on) is the highlighter's (page/highlighter.ts), which
 * follows it in once the analysis is on its way.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readerHandlers } from './reader-handlers.ts';
import { startOnce, type ContentScriptState } from './content-world.ts';
import { createDispatcher } from '../wire/dispatch.ts';
import { extensionIdentity, listen } from '../wire/messaging.ts';
import { backgroundToReaderPayloads } from '../wire/payloads.ts';
import { fromExtensionContext } from '../wire/senders.ts';

export function startReader(ctx: ContentScriptContext): ContentScriptState {
  return startOnce('reader', ctx, () =>
    listen(
      createDispatcher({
        channel: 'background-to-reader',
        self: extensionIdentity(),
        accepts: fromExtensionContext,
        shapes: backgroundToReaderPayloads,
        handlers: readerHandlers(document),
      }),
    ),
  );
}
