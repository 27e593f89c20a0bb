import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See ../shared/docs/TOOLCHAIN.md for why each setting is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Auto-imports hide dependencies; every module imports what it uses.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Precis',
    description: 'Key claims, FAQ and saved highlights for the article on the current tab, computed on your machine.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Shortcuts: open the popup (summarize this tab, grants activeTab) and open the side panel. Firefox names the
    // popup command after MV2's browser_action and toggles its sidebar itself.
    commands:
      browser === 'firefox'
        ? {
            _execute_browser_action: { suggested_key: { default: 'Alt+Shift+P' } },
            _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+O' } },
          }
        : {
            _execute_action: { suggested_key: { default: 'Alt+Shift+P' } },
            'open-panel': { suggested_key: { default: 'Alt+Shift+O' }, description: 'Open Precis in the side panel' },
          },
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
  zip: { excludeSources: ['tests/**', 'scripts/**', 'bench/**', '.ci/**'] },
});
