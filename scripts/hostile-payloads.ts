/**
 * Regenerates the DOMPurify part of tests/e2e/fixtures/hostile-payloads.json from DOMPurify's own test suite,
 * so the hostile-page test tries the payloads that sanitizer is known to face.
 *
 *   npm pack dompurify@0.8.2 && tar xzf dompurify-0.8.2.tgz
 *   npx tsx scripts/hostile-payloads.ts package/test/fixtures/expect.js
 *
 * 0.8.2 is the last release whose npm package ships `test/fixtures/expect.js` (the file is `expect.mjs` in the
 * repository today). Only titles and payloads are kept; the expected sanitised output is DOMPurify's business.
 * The hand-written `canary` payloads in the fixture are left as they are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { repoRoot } from '../tests/support/dom.ts';

interface DomPurifyCase {
  title?: string;
  payload: string;
}

const FIXTURE = resolve(repoRoot, 'tests/e2e/fixtures/hostile-payloads.json');

function main(expectFile: string | undefined): void {
  if (!expectFile) {
    console.error('usage: tsx scripts/hostile-payloads.ts path/to/dompurify/test/fixtures/expect.js');
    process.exitCode = 1;
    return;
  }
  const cases = createRequire(import.meta.url)(resolve(expectFile)) as DomPurifyCase[];
  // Two cases share a payload; one copy is enough.
  const seen = new Set<string>();
  const payloads = cases
    .filter((entry) => typeof entry.payload === 'string' && !seen.has(entry.payload) && seen.add(entry.payload))
    .map((entry, index) => ({ title: entry.title ?? `DOMPurify case ${index + 1}`, payload: entry.payload }));

  const previous = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { canary: unknown };
  const fixture = {
    dompurify: {
      source: 'DOMPurify test/fixtures/expect.js, npm package dompurify@0.8.2 (https://github.com/cure53/DOMPurify)',
      license: 'MPL-2.0 OR Apache-2.0',
      payloads,
    },
    canary: previous.canary,
  };
  writeFileSync(FIXTURE, `${JSON.stringify(fixture, null, 2)}\n`);
  console.info(`${payloads.length} DOMPurify payloads written to ${FIXTURE}`);
}

main(process.argv[2]);
