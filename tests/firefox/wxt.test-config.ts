/**
 * The Firefox build the smoke test installs: the production configuration plus two test-only additions that
 * stand in for what a reader does by hand. WebDriver BiDi cannot click the toolbar button (activeTab) nor open
 * moz-extension:// pages, so this variant may read pages on 127.0.0.1 and opens the panel page itself for a tab
 * whose address carries `precis-test=panel` (see test-hook.ts). The hook is added to the background bundle
 * here, at build time: the production build never sees it (firefox-smoke.test.ts checks with grep).
 *
 *   wxt build -b firefox --mode test -c tests/firefox/wxt.test-config.ts   → .output/firefox-mv2-test
 *
 * With `--mode click-only` (→ .output/firefox-mv2-click-only) there is no host access, as in production: the
 * `tabs` permission stands in for the one thing the toolbar click gives that BiDi cannot, the tab's address.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig, type ConfigEnv, type UserManifest } from 'wxt';
import { withLocalHostAccess } from '../support/test-manifest.ts';
import base from '../../wxt.config.ts';

/** The build mode of the variant without host access (its own output folder). */
const CLICK_ONLY = 'click-only';

const TEST_HOOK = fileURLToPath(new URL('./test-hook.ts', import.meta.url));
const BACKGROUND = resolve(fileURLToPath(new URL('../../entrypoints/background.ts', import.meta.url)));

/** Appends the test hook's import to the background entrypoint. */
function precisTestHook(): Plugin {
  return {
    name: 'precis-test-hook',
    enforce: 'pre',
    transform(code, id) {
      if (resolve(id.split('?')[0] ?? id) !== BACKGROUND) return null;
      return { code: `${code}\nimport ${JSON.stringify(TEST_HOOK)};\n`, map: null };
    },
  };
}

export default defineConfig({
  ...base,
  manifest: async (env: ConfigEnv): Promise<UserManifest> => {
    if (env.mode !== CLICK_ONLY) return withLocalHostAccess(base)(env);
    const manifest = await (base.manifest as (env: ConfigEnv) => UserManifest | Promise<UserManifest>)(env);
    return { ...manifest, permissions: [...(manifest.permissions ?? []), 'tabs'] };
  },
  vite: async (env) => {
    const vite = (await base.vite?.(env)) ?? {};
    return { ...vite, plugins: [...(vite.plugins ?? []), precisTestHook()] };
  },
});
