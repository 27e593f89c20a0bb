/**
 * Prints the anchoring baselines and speed: `npx tsx scripts/report-anchoring.ts [pages] [passagesPerPage] [seed]`
 * (defaults: all 130 pages, 10 passages each). NO_SPEED=1 skips the ~1 M-character speed run.
 */
import { CORPUS_MISSING, corpusDir } from '../tests/support/dom.ts';
import { formatReport, runAnchoringBaseline } from '../tests/support/anchoring-baseline.ts';
import { formatSpeed, measureSpeed } from '../tests/support/anchoring-speed.ts';

if (!corpusDir) {
  console.log(CORPUS_MISSING);
} else {
  const [pages = '130', perPage = '10', seed = '20240501'] = process.argv.slice(2);
  const report = runAnchoringBaseline({ corpusDir, pages: Number(pages), passagesPerPage: Number(perPage), seed: Number(seed) });
  console.log(formatReport(report));
  if (!process.env.NO_SPEED) console.log(formatSpeed(measureSpeed(corpusDir)));
  process.exitCode = report.edited.misplaced > 0 || report.samePage.failed > 0 ? 1 : 0;
}
