import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReader } from '../../lib/platform/page/reader.ts';

/**
 * Injected by the background only when the reader asks (activeTab + scripting). No `matches`: WXT would copy
 * them into host_permissions and ask for every site.
 */
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) => startReader(ctx),
});
