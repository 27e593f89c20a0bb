import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAutoHighlights } from '../../lib/platform/page/auto-highlights.ts';

/**
 * Registered at run time only when the reader switches on "Show my highlights automatically" (and grants all
 * sites); it paints the page's saved highlights as it loads. No `matches`: WXT would copy them into
 * host_permissions and ask for every site up front.
 */
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) => startAutoHighlights(ctx),
});
