/**
 * Test builds of the extension: the production manifest plus host access to 127.0.0.1, where the tests' pages and
 * servers run. Headless browsers cannot answer a permission prompt; the production manifest keeps that access
 * optional, asked for when the user needs it.
 */
import type { ConfigEnv, UserConfig, UserManifest } from 'wxt';

type ManifestOf = (env: ConfigEnv) => UserManifest | Promise<UserManifest>;

export function withLocalHostAccess(base: UserConfig): (env: ConfigEnv) => Promise<UserManifest> {
  return async (env) => {
    const manifest = await (base.manifest as ManifestOf)(env);
    return { ...manifest, host_permissions: ['http://127.0.0.1/*'] };
  };
}
