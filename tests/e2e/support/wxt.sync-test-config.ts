/**
 * The Chrome build the sync end-to-end test installs: the production configuration with host access to
 * 127.0.0.1, where the test's WebDAV server runs. A headless browser cannot click the permission prompt that
 * switching sync on shows; with the access granted up front, the request resolves at once. The production
 * manifest keeps that access optional (sync.test.ts checks).
 *
 *   wxt build --mode test -c tests/e2e/support/wxt.sync-test-config.ts   → .output/chrome-mv3-test
 */
import { defineConfig, type ConfigEnv, type UserManifest } from 'wxt';
import base from '../../../wxt.config.ts';

type ManifestOf = (env: ConfigEnv) => UserManifest | Promise<UserManifest>;

export default defineConfig({
  ...base,
  manifest: async (env) => {
    const manifest = await (base.manifest as ManifestOf)(env);
    return { ...manifest, host_permissions: ['http://127.0.0.1/*'] };
  },
});
