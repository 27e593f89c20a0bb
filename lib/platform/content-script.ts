/**
 * The reader's life in a page: injected on demand by the background when the reader opens Precis, it answers
 * "analyse this page" until the page goes away or the extension reloads, and tells the background when a
 * single-page app moves on (its analysis is then stale). Highlights are the highlighter's (highlighter-script.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentHandlers } from './content-handlers.ts';
import { startOnce, type ContentScriptState } from './content-world.ts';
import { createDispatcher } from './dispatch.ts';
import { extensionIdentity, listen, notifyBackground } from './messaging.ts';
import { backgroundToContentPayloads } from './payloads.ts';
import { fromExtensionContext } from './senders.ts';

export function startContentScript(ctx: ContentScriptContext): ContentScriptState {
  return startOnce('reader', ctx, () => {
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      void notifyBackground('pageChanged', { url: event.newUrl.href });
    });
    return listen(
      createDispatcher({
        channel: 'background-to-content',
        self: extensionIdentity(),
        accepts: fromExtensionContext,
        shapes: backgroundToContentPayloads,
        handlers: contentHandlers(document),
      }),
    );
  });
}
