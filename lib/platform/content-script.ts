/**
 * The content script's life in a page: injected on demand by the background, it answers the background until
 * the page goes away or the extension reloads, tells the background when a single-page app moves on, paints
 * the page's saved highlights and offers a "Save highlight" button next to the reader's selection.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { contentHandlers } from './content-handlers.ts';
import { restorePageHighlights, saveRange } from './content-highlights.ts';
import { createDispatcher } from './dispatch.ts';
import { extensionIdentity, listen, notifyBackground } from './messaging.ts';
import { backgroundToContentPayloads } from './payloads.ts';
import { mountSelectionButton } from './selection-button.ts';
import { fromExtensionContext } from './senders.ts';

/** Set on the isolated world's global while a copy of the script listens, so a second injection stays idle. */
const LISTENING = Symbol.for('precis.content-script.listening');

type Scope = typeof globalThis & { [LISTENING]?: boolean };

export type ContentScriptState = 'listening' | 'already-listening';

export function startContentScript(ctx: ContentScriptContext): ContentScriptState {
  const scope = globalThis as Scope;
  if (scope[LISTENING]) return 'already-listening';
  scope[LISTENING] = true;

  const stopListening = listen(
    createDispatcher({
      channel: 'background-to-content',
      self: extensionIdentity(),
      accepts: fromExtensionContext,
      shapes: backgroundToContentPayloads,
      handlers: contentHandlers(document),
    }),
  );
  // A revisit: the reader opened Precis on a page with saved highlights, so they come back.
  void restorePageHighlights(document);
  const selectionButton = mountSelectionButton(document, (range) => saveRange(document, range));
  // Invalidated when the extension reloads or a newer copy starts: stop answering and let that copy take over.
  ctx.onInvalidated(() => {
    stopListening();
    selectionButton.destroy();
    scope[LISTENING] = false;
  });
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    void notifyBackground('pageChanged', { url: event.newUrl.href });
    // Another address may have other highlights (or none): paint exactly that page's set.
    void restorePageHighlights(document);
  });
  return 'listening';
}
