/**
 * Records the anchoring baselines: for each page in PAGES (its HTML is committed in tests/fixtures/anchoring-baselines/),
 * highlights made the ways a user makes them (passages selected, key claims saved, a selection across two blocks, one
 * occurrence of a word the page repeats), stored as `createHighlight` stores them, with the text each one marks. The
 * test in lib/anchoring/anchoring-baseline.test.ts then checks that the code of any later day, reading those records
 * through lib/highlights as storage would hand them over, still places every one at the same text.
 *
 *   npx tsx scripts/record-anchoring-baselines.ts
 *
 * When to run it: only after adding a page to PAGES (and its HTML beside the others). It writes the JSON of pages
 * that have none and leaves every existing file alone.
 *
 * Why re-recording is dangerous: each JSON file stands for highlights users saved with the code of its day, and
 * those stay in their browsers whatever the code becomes. Deleting a file and recording it again with today's code
 * makes the test agree with whatever today's code does, so a change to how selectors are described or read that
 * orphans saved highlights would pass unnoticed. When the baseline test fails, mend the code (or add a step to
 * lib/highlights/migrations.ts for a changed record), never the baseline.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../lib/analyze.ts';
import { anchor, describe, selectorsForQuote, type Selector } from '../lib/anchoring/index.ts';
import { textSpanToRange } from '../lib/anchoring/anchor.ts';
import { buildTextIndex, textOffsetOf, type TextIndex } from '../lib/anchoring/text-index.ts';
import { createHighlight } from '../lib/highlights/index.ts';
import { samplePassages } from '../tests/support/anchoring-baseline.ts';
import { parseHtml } from '../tests/support/dom.ts';
import {
  BASELINES_DIR,
  baselinePath,
  marksOf,
  type Baseline,
  type HighlightOrigin,
  type RecordedHighlight,
} from '../tests/support/recorded-highlights.ts';
import { seededRandom } from '../tests/support/synthetic.ts';

interface PageToRecord {
  page: string;
  url: string;
  source: string;
  /** A word the page repeats: its middle occurrence is highlighted, so prefix and suffix must tell it apart. */
  repeated: string;
}

const PAGES: PageToRecord[] = [
  {
    page: 'reference-article.html',
    url: 'https://example.com/anchoring-baselines/reference-article',
    source: 'tests/fixtures/deepseek-article.html (the reference article)',
    repeated: 'DeepSeek',
  },
  {
    page: 'daringfireball-colophon.html',
    url: 'https://example.com/anchoring-baselines/daringfireball-colophon',
    source: 'mozilla/readability test/test-pages/daringfireball-1/source.html (Apache-2.0 test suite; text © its publisher)',
    repeated: 'Fireball',
  },
  {
    page: 'hukumusume-aesop.html',
    url: 'https://example.com/anchoring-baselines/hukumusume-aesop',
    source: 'mozilla/readability test/test-pages/hukumusume/source.html (Apache-2.0 test suite; text © its publisher)',
    repeated: 'イヌ',
  },
];

const SELECTIONS = 5;
const CLAIMS = 2;
const BLOCKS = 'p, li, td, dd, blockquote, h1, h2, h3';

/** Two neighbouring blocks of text from the middle of the page: a selection from inside one into the next. */
function acrossBlocks(root: Element, index: TextIndex): [number, number] {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter(
    (el) => (el.textContent ?? '').trim().length >= 30 && !el.querySelector(BLOCKS),
  );
  if (blocks.length < 2) throw new Error('no two neighbouring blocks of text');
  const at = Math.floor(blocks.length / 2) - 1;
  const spanOf = (el: Element) => [textOffsetOf(index, el, 0)!, textOffsetOf(index, el, el.childNodes.length)!] as const;
  const [s1, e1] = spanOf(blocks[at]!);
  const [s2, e2] = spanOf(blocks[at + 1]!);
  return [Math.floor((s1 + e1) / 2), Math.floor((s2 + e2) / 2)];
}

/** The middle occurrence of `word`, which must occur at least three times. */
function repeatedWord(index: TextIndex, word: string): [number, number] {
  const starts: number[] = [];
  for (let at = index.text.indexOf(word); at !== -1; at = index.text.indexOf(word, at + 1)) starts.push(at);
  if (starts.length < 3) throw new Error(`"${word}" occurs ${starts.length} times; pick a word the page repeats`);
  const start = starts[Math.floor(starts.length / 2)]!;
  return [start, start + word.length];
}

function record(entry: PageToRecord): Baseline {
  const html = readFileSync(resolve(BASELINES_DIR, entry.page), 'utf8');
  const doc = parseHtml(html, entry.url);
  const root = doc.body;
  const index = buildTextIndex(root);
  const now = new Date();
  const highlights: RecordedHighlight[] = [];
  const keep = (made: HighlightOrigin, selectors: Selector[] | null) => {
    const range = selectors && selectors.length > 0 ? textSpanToRange(index, ...spanOf(selectors)) : null;
    const marks = range && marksOf(index, range);
    if (!selectors || !marks) throw new Error(`${entry.page}: a ${made} highlight could not be described`);
    const id = `${entry.page.replace(/\.html$/, '')}-${highlights.length + 1}`;
    const stored = createHighlight({ id, url: entry.url, title: doc.title.trim(), selectors, now });
    const byQuote = anchor(root, selectors.filter((s) => s.type === 'TextQuoteSelector'), { index });
    const quoteAlone = byQuote.ok && JSON.stringify(marksOf(index, byQuote.range)) === JSON.stringify(marks) ? 'placed' : 'unplaced';
    if (byQuote.ok && quoteAlone === 'unplaced') throw new Error(`${id}: its quote alone is placed on other text`);
    highlights.push({ made, stored: { ...stored }, marks, quoteAlone });
  };
  const spanOf = (selectors: Selector[]): [number, number] => {
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    if (!position) throw new Error('describe gave no text position');
    return [position.start, position.end];
  };
  const describeSpan = ([start, end]: [number, number]) => describe(root, textSpanToRange(index, start, end), { index });

  for (const passage of samplePassages(root, index, SELECTIONS, seededRandom(20261207))) keep('selection', passage.selectors);
  // A claim is saved by finding its quote on the page, as the page script does for the claim's save button.
  const analysed = analyze(parseHtml(html, entry.url), { url: entry.url, force: true });
  if (!analysed.ok) throw new Error(`${entry.page}: ${analysed.message}`);
  for (const claim of analysed.analysis.claims.slice(0, CLAIMS)) keep('saved claim', selectorsForQuote(root, claim.selector, { index }));
  keep('across blocks', describeSpan(acrossBlocks(root, index)));
  keep('repeated word', describeSpan(repeatedWord(index, entry.repeated)));

  return { page: entry.page, url: entry.url, source: entry.source, recorded: now.toISOString().slice(0, 10), highlights };
}

for (const entry of PAGES) {
  const path = baselinePath(entry.page);
  if (existsSync(path)) {
    console.log(`kept ${path} (recorded earlier: see this script's header before deleting it)`);
    continue;
  }
  const baseline = record(entry);
  writeFileSync(path, JSON.stringify(baseline, null, 2) + '\n');
  console.log(`recorded ${baseline.highlights.length} highlights in ${path}`);
}
