import { describe, expect, it } from 'vitest';
import { CORPUS_MISSING, corpusDir } from '../../tests/support/dom.ts';
import { formatReport, runAnchoringBaseline } from '../../tests/support/anchoring-baseline.ts';

// Readability's test pages, 30 of them (seeded), 10 passages each: same page and an edited copy.
// `npx tsx scripts/report-anchoring.ts` runs the same baseline over all pages.
describe.skipIf(!corpusDir)('anchoring baselines on real pages', () => {
  it('re-anchors every passage on the same page, most on an edited copy, and never misplaces one', () => {
    const report = runAnchoringBaseline({ corpusDir: corpusDir!, pages: 30, passagesPerPage: 10, seed: 20240501 });
    console.log(formatReport(report));
    expect(report.passages).toBeGreaterThan(200);
    expect(report.samePage.failed).toBe(0);
    expect(report.edited.misplaced).toBe(0);
    expect(report.edited.reanchored / report.passages).toBeGreaterThan(0.8);
    expect(report.edited.byMethod.fuzzy).toBeGreaterThan(0);
  });
});

if (!corpusDir) console.log(CORPUS_MISSING);
