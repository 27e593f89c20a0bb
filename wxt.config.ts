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
