import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);

// See ../shared/docs/TOOLCHAIN.md for why each setting is here.
/**
 * The extension pages (popup, side panel) load only their own bundled scripts and styles and never frame or submit
 * anything: page text reaches them as data, so even a rendering mistake could not run a page's script or load its
 * resources. Preact sets `style` through the CSSOM, which style-src does not block. Two connections go out, both
 * from the background (which this policy covers too): the fetch of the PDF a tab shows, under the click's activeTab
 * grant, and sync to the WebDAV server the user names, whose address is only known at run time. So connect-src
 * allows http(s); which sites actually answer is decided by the permissions (activeTab, and the one optional host
 * permission asked for when sync is switched on), not by this policy.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Where the build puts pdf.js's worker (lib/platform/ui/pdf-reader.ts loads it from there). */
const PDF_WORKER_FILE = 'pdf.worker.min.mjs';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Static files (the toolbar icons) live with the other assets instead of a top-level public/.
  publicDir: 'assets/public',
  // Auto-imports hide dependencies; every module imports what it uses.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Precis',
    description: 'Key claims, FAQ and saved highlights for the article on the current tab, computed on your machine.',
    // `alarms`: sync runs periodically and retries after a failure (lib/platform/background/sync-service.ts).
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Asked for only when the reader switches on "Show my highlights automatically" (lib/platform/storage/auto-show.ts).
    // MV2 (Firefox) lists optional hosts among its optional permissions.
    ...(browser === 'firefox' ? { optional_permissions: ['<all_urls>'] } : { optional_host_permissions: ['<all_urls>'] }),
    // Shortcuts: open the popup (summarize this tab, grants activeTab) and open the side panel. Firefox names the
    // popup command after MV2's browser_action and toggles its sidebar itself.
    commands:
      browser === 'firefox'
        ? {
            _execute_browser_action: { suggested_key: { default: 'Alt+Shift+P' } },
            _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+O' } },
            'save-highlight': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Save the selected text as a highlight' },
          }
        : {
            _execute_action: { suggested_key: { default: 'Alt+Shift+P' } },
            'open-panel': { suggested_key: { default: 'Alt+Shift+O' }, description: 'Open Precis in the side panel' },
            'save-highlight': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Save the selected text as a highlight' },
          },
    // MV3 (Chrome) takes one policy per kind of page; Firefox's MV2 build takes the string.
    content_security_policy: browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'precis@precis.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The reader (entrypoints/precis.content) only listens for messages and answers through `sendResponse`
    // (lib/platform/wire/messaging.ts), which the browsers' own APIs do without the polyfill: leaving the polyfill out
    // keeps the script the first analysis waits for about 3 kB (gzip) smaller. It only needs to hear when to stop,
    // so it gets that part of WXT's content-script context (lib/platform/page/reader-context.ts): 0.6 kB less.
    'vite:build:extendConfig': (entrypoints, config) => {
      const alias = config.resolve?.alias;
      if (entrypoints.some((entry) => entry.name === 'precis') && alias && !Array.isArray(alias)) {
        delete (alias as Record<string, string>)['wxt/browser'];
        (alias as Record<string, string>)['wxt/utils/content-script-context'] = fileURLToPath(
          new URL('lib/platform/page/reader-context.ts', import.meta.url),
        );
      }
    },
    // pdf.js parses PDFs in a worker, which must come from the extension's own files (the pages' CSP allows only
    // 'self'); it is copied as pdfjs-dist ships it and loaded only when a PDF is read (lib/platform/ui/pdf-reader.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'), relativeDest: PDF_WORKER_FILE });
    },
    // Chrome: the toolbar click goes to the background, which starts reading the tab and opens the popup itself
    // (lib/platform/background/toolbar-click.ts). Firefox keeps the manifest popup.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox' && manifest.action) delete manifest.action.default_popup;
    },
  },
  zip: { excludeSources: ['tests/**', 'scripts/**', 'bench/**', '.ci/**'] },
});
