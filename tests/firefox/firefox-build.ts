/**
 * Builds of the Firefox extension for the tests in this folder: the production build (what web-ext lints and
 * what ships) and the test variant from wxt.test-config.ts (production code plus test-hook.ts, in its own
 * folder so the two never mix).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { repoRoot } from '../support/dom.ts';

export const PRODUCTION_DIR = resolve(repoRoot, '.output/firefox-mv2');
export const TEST_BUILD_DIR = resolve(repoRoot, '.output/firefox-mv2-test');

/** Build the production Firefox extension from the current sources; returns its folder. */
export function buildFirefox(): string {
  wxt(['build', '-b', 'firefox']);
  return PRODUCTION_DIR;
}

/**
 * Build the test variant (host access to 127.0.0.1, opens the panel on a marked page); returns its folder. With
 * `hostAccess: false`, the production manifest's permissions and the same test hook.
 */
export function buildFirefoxTestVariant({ hostAccess = true } = {}): string {
  const mode = hostAccess ? 'test' : 'click-only';
  wxt(['build', '-b', 'firefox', '--mode', mode, '-c', 'tests/firefox/wxt.test-config.ts']);
  return hostAccess ? TEST_BUILD_DIR : resolve(repoRoot, `.output/firefox-mv2-${mode}`);
}

function wxt(args: string[]): void {
  execFileSync(resolve(repoRoot, 'node_modules/.bin/wxt'), args, { cwd: repoRoot, stdio: 'pipe', timeout: 120_000 });
}
