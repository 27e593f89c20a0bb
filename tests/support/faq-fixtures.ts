/**
 * The FAQ fixture pages (`lib/faq/fixtures/NAME.html` + `NAME.expected.json`), shared by the
 * table-driven test (lib/faq/faq.test.ts) and `npm run report:faq`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FaqPair } from '../../lib/types.ts';
import { repoRoot } from './dom.ts';

export const faqFixturesDir = join(repoRoot, 'lib/faq/fixtures');

export interface FaqFixture {
  name: string;
  html: string;
  expected: FaqPair[];
}

export function loadFaqFixtures(): FaqFixture[] {
  return readdirSync(faqFixturesDir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.html'.length);
      return {
        name,
        html: readFileSync(join(faqFixturesDir, file), 'utf8'),
        expected: JSON.parse(readFileSync(join(faqFixturesDir, `${name}.expected.json`), 'utf8')) as FaqPair[],
      };
    });
}
