/**
 * `npm run report:faq`: runs the FAQ extractor over every fixture page in lib/faq/fixtures and prints
 * precision, recall and F1 per FAQ form and overall, then the pairs it missed or invented.
 * A pair matches under `pairsMatch` (lib/faq/score.ts), the same rule the fixture test uses.
 */
import { extractFaq } from '../lib/faq/index.ts';
import { loadFaqFixtures } from '../tests/support/faq-fixtures.ts';
import { matchPairs, scoreCounts, type Score } from '../lib/faq/score.ts';
import type { FaqPair, FaqSource } from '../lib/types.ts';
import { parseHtml } from '../tests/support/dom.ts';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

interface Miss {
  page: string;
  kind: 'missed' | 'invented';
  pair: FaqPair;
}

const tallies = new Map<FaqSource | 'all', Tally>();
const misses: Miss[] = [];

function tally(form: FaqSource | 'all'): Tally {
  let t = tallies.get(form);
  if (!t) {
    t = { tp: 0, fp: 0, fn: 0 };
    tallies.set(form, t);
  }
  return t;
}

/**
 * Recall is counted under the expected pair's form, precision under the extracted pair's form, so a
 * form's row says both how much of it was found and how much of what it reported was right.
 */
function record(page: string, expected: readonly FaqPair[], got: readonly FaqPair[]): void {
  const { expectedToGot, gotMatched } = matchPairs(expected, got);
  expected.forEach((pair, i) => {
    const found = expectedToGot[i] !== -1;
    for (const form of [pair.source, 'all'] as const) {
      if (found) tally(form).tp += 1;
      else tally(form).fn += 1;
    }
    if (!found) misses.push({ page, kind: 'missed', pair });
  });
  got.forEach((pair, i) => {
    if (gotMatched[i]) return;
    tally(pair.source).fp += 1;
    tally('all').fp += 1;
    misses.push({ page, kind: 'invented', pair });
  });
}

function formatRow(form: string, s: Score): string {
  const pct = (x: number): string => x.toFixed(3).padStart(7);
  const count = (x: number): string => String(x).padStart(5);
  return `${form.padEnd(10)}${count(s.truePositives)}${count(s.falsePositives)}${count(s.falseNegatives)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}`;
}

function main(): void {
  const fixtures = loadFaqFixtures();
  const started = performance.now();
  for (const fixture of fixtures) {
    record(fixture.name, fixture.expected, extractFaq(parseHtml(fixture.html), null));
  }
  const elapsed = performance.now() - started;

  console.log(`FAQ extraction on ${fixtures.length} fixture pages (${elapsed.toFixed(0)} ms, parsing included)\n`);
  console.log(`${'form'.padEnd(10)}${'tp'.padStart(5)}${'fp'.padStart(5)}${'fn'.padStart(5)}${'prec'.padStart(7)}${'recall'.padStart(7)}${'F1'.padStart(7)}`);
  const forms = [...tallies.keys()].filter((f) => f !== 'all').sort();
  for (const form of [...forms, 'all' as const]) {
    const t = tally(form);
    console.log(formatRow(form, scoreCounts(t.tp, t.fp, t.fn)));
  }
  if (misses.length > 0) {
    console.log('\nDifferences:');
    for (const m of misses) console.log(`  ${m.page}: ${m.kind} [${m.pair.source}] ${m.pair.question} — ${m.pair.answer.slice(0, 80)}`);
  }
}

main();
