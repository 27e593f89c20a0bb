/**
 * The committed anchoring baselines in tests/fixtures/anchoring-baselines/: saved pages, and beside each a JSON file
 * of highlights made on it, each kept exactly as browser storage held it, with the text it marked. Written once by
 * scripts/record-anchoring-baselines.ts, read by lib/anchoring/anchoring-baseline.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rangeToTextSpan } from '../../lib/anchoring/describe.ts';
import { textToStrippedOffset, type TextIndex } from '../../lib/anchoring/text-index.ts';
import { fixturesDir, parseHtml } from './dom.ts';

export const BASELINES_DIR = resolve(fixturesDir, 'anchoring-baselines');

/** How a highlight was made, as a user makes one. */
export type HighlightOrigin = 'selection' | 'saved claim' | 'across blocks' | 'repeated word';

/** Where a highlight sits: its text (whitespace collapsed) and the count of non-space characters before it. */
export interface Marks {
  text: string;
  after: number;
}

export interface RecordedHighlight {
  made: HighlightOrigin;
  /** The record as storage held it under `hl:<id>`: read back through parseHighlight, as Precis reads it. */
  stored: Record<string, unknown>;
  marks: Marks;
  /**
   * Whether its quote selector alone placed it when recorded. It stays unplaced only where the page repeats the
   * quote and its context cannot tell the copies apart (an orphan is better than a highlight on the wrong copy).
   */
  quoteAlone: 'placed' | 'unplaced';
}

export interface Baseline {
  /** The page's HTML file, in BASELINES_DIR. */
  page: string;
  url: string;
  /** Where the page comes from. */
  source: string;
  /** The day the highlights were recorded (ISO date). */
  recorded: string;
  highlights: RecordedHighlight[];
}

/** The range's place in the index, or null when it holds no text. */
export function marksOf(index: TextIndex, range: Range): Marks | null {
  const span = rangeToTextSpan(index, range);
  if (!span) return null;
  return { text: index.text.slice(span[0], span[1]), after: textToStrippedOffset(index, span[0]) };
}

/** The page's body, parsed at the address its highlights were saved on. */
export function pageRoot(page: string, url: string): Element {
  return parseHtml(readFileSync(resolve(BASELINES_DIR, page), 'utf8'), url).body;
}

export const baselinePath = (page: string): string => resolve(BASELINES_DIR, page.replace(/\.html$/, '.json'));

/** Every committed baseline, in file-name order. */
export function loadBaselines(): Baseline[] {
  return readdirSync(BASELINES_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(resolve(BASELINES_DIR, name), 'utf8')) as Baseline);
}
