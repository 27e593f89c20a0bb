import { defineContentScript } from 'wxt/utils/define-content-script';
import { startHighlighter } from '../../lib/platform/page/highlighter.ts';

/**
 * Injected by the background after the reader's first analysis of a page, or when a highlight is asked for
 * (activeTab + scripting). No `matches`: WXT would copy them into host_permissions and ask for every site.
 */
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) => startHighlighter(ctx),
});
