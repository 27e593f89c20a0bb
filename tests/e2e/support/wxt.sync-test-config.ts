/**
 * The Chrome build the sync end-to-end test installs: the production configuration with host access to
 * 127.0.0.1, where the test's WebDAV server runs. A headless browser cannot click the permission prompt that
 * switching sync on shows; with the access granted up front, the request resolves at once. The production
 * manifest keeps that access optional (sync.test.ts checks).
 *
 *   wxt build --mode test -c tests/e2e/support/wxt.sync-test-config.ts   → .output/chrome-mv3-test
 */
import { defineConfig } from 'wxt';
import base from '../../../wxt.config.ts';
import { withLocalHostAccess } from '../../support/test-manifest.ts';

export default defineConfig({ ...base, manifest: withLocalHostAccess(base) });
