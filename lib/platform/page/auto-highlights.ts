/**
 * The content script registered for "Show my highlights automatically": on every page load it asks the
 * background for the page's saved highlights and paints them. It answers no messages and adds no UI: the full
 * content script (page/reader.ts) still comes only when the reader opens Precis on the tab.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { restorePageHighlights } from './saved-highlights.ts';

export function startAutoHighlights(ctx: ContentScriptContext): void {
  void restorePageHighlights(document);
  // A single-page app that moves on shows another page: paint that page's set instead.
  ctx.addEventListener(window, 'wxt:locationchange', () => void restorePageHighlights(document));
}
