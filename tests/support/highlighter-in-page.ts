/**
 * The highlighter's real message handlers over a test document, reached the way the background's messages reach
 * them in a browser (the dispatcher with its sender check and payload shapes). Tests route tabs.sendMessage here.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { highlighterHandlers } from '../../lib/platform/page/highlighter-handlers.ts';
import { createDispatcher } from '../../lib/platform/wire/dispatch.ts';
import { backgroundToHighlighterPayloads } from '../../lib/platform/wire/payloads.ts';
import { fromExtensionContext } from '../../lib/platform/wire/senders.ts';

export function highlighterInPage(doc: Document): (message: unknown) => Promise<unknown> {
  const dispatch = createDispatcher({
    channel: 'background-to-highlighter',
    self: { id: fakeBrowser.runtime.id, origin: `chrome-extension://${fakeBrowser.runtime.id}/` },
    accepts: fromExtensionContext,
    shapes: backgroundToHighlighterPayloads,
    handlers: highlighterHandlers(doc),
  });
  return async (message) => dispatch(message, { id: fakeBrowser.runtime.id });
}
