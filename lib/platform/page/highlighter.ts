/**
 * The highlighter's life in a page: injected by the background after the first analysis (or when a highlight is
 * asked for), it paints the page's saved highlights (a revisit brings them back), offers a "Save highlight"
 * button next to the reader's selection, answers the background's requests to find, paint and scroll to
 * passages, and tells the background when a single-page app moves on (the analysis is then stale), until the
 * page goes away or the extension reloads.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { restorePageHighlights, saveRange } from './saved-highlights.ts';
import { startOnce, type ContentScriptState } from './content-world.ts';
import { createDispatcher } from '../wire/dispatch.ts';
import { highlighterHandlers } from './highlighter-handlers.ts';
import { extensionIdentity, listen, notifyBackground } from '../wire/messaging.ts';
import { backgroundToHighlighterPayloads } from '../wire/payloads.ts';
import { mountSelectionButton } from './selection-button.ts';
import { fromExtensionContext } from '../wire/senders.ts';

export function startHighlighter(ctx: ContentScriptContext): ContentScriptState {
  return startOnce('highlighter', ctx, () => {
    const stopListening = listen(
      createDispatcher({
        channel: 'background-to-highlighter',
        self: extensionIdentity(),
        accepts: fromExtensionContext,
        shapes: backgroundToHighlighterPayloads,
        handlers: highlighterHandlers(document),
      }),
    );
    void restorePageHighlights(document);
    const selectionButton = mountSelectionButton(document, (range) => saveRange(document, range));
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      void notifyBackground('pageChanged', { url: event.newUrl.href });
      // Another address may have other highlights (or none): paint exactly that page's set.
      void restorePageHighlights(document);
    });
    return () => {
      stopListening();
      selectionButton.destroy();
    };
  });
}
