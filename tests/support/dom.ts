/**
 * Node-side helpers shared by tests, the CLI, the evaluation and the benchmark:
 * a DOM for saved pages (linkedom: same Readability output as jsdom on the corpus, ~10x faster)
 * and the location of the read-only shared corpus.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
export const fixturesDir = resolve(repoRoot, 'tests/fixtures');

/** Parse a saved page. `url` becomes the document's URL so relative links resolve as on the live page. */
export function parseHtml(html: string, url = 'https://example.com/article'): Document {
  const { document } = parseHTML(html);
  // linkedom has no notion of the document's address; Readability reads documentURI / baseURI.
  for (const key of ['URL', 'documentURI', 'baseURI'] as const) {
    Object.defineProperty(document, key, { value: url, configurable: true });
  }
  return document as unknown as Document;
}

/**
 * The shared corpus (../shared/corpus beside the checkout), or null when it is absent.
 * Tests that need it call `describe.skipIf(!corpusDir)` with a message saying so.
 */
export const corpusDir: string | null = (() => {
  const dir = resolve(repoRoot, '../shared/corpus');
  return existsSync(dir) ? dir : null;
})();

export const CORPUS_MISSING = 'skipped: ../shared/corpus is absent (it sits beside the checkout in CI)';
