/**
 * The full pipeline beside Readability alone on the same pages, in one run.
 * Both sides parse the HTML (linkedom) themselves; the order alternates every round so neither side
 * always runs on a warm cache.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { analyze } from '../lib/analyze.ts';
import { parseHtml } from '../tests/support/dom.ts';
import { median, now } from './stats.ts';

export interface PageTiming {
  page: string;
  readability: number;
  pipeline: number;
  stages: Record<string, number>;
}

const URL = 'http://fakehost/test/page.html';

function timeReadability(html: string): number {
  const start = now();
  const doc = parseHtml(html, URL);
  new Readability(doc.cloneNode(true) as Document).parse();
  return now() - start;
}

function timePipeline(html: string): { total: number; stages: Record<string, number> } {
  const start = now();
  const doc = parseHtml(html, URL);
  const parsed = now() - start;
  const outcome = analyze(doc, { url: URL, force: true });
  const total = now() - start;
  const stages = outcome.ok ? { parse: parsed, ...outcome.analysis.timings } : { parse: parsed };
  return { total, stages };
}

export function benchCorpus(dir: string, rounds: number): PageTiming[] {
  const pages = readdirSync(dir).sort();
  const results: PageTiming[] = [];
  for (const page of pages) {
    const html = readFileSync(join(dir, page, 'source.html'), 'utf8');
    const readability: number[] = [];
    const pipeline: number[] = [];
    const stageRuns: Record<string, number[]> = {};
    for (let round = 0; round < rounds; round++) {
      const runPipeline = () => {
        const run = timePipeline(html);
        pipeline.push(run.total);
        for (const [stage, value] of Object.entries(run.stages)) (stageRuns[stage] ??= []).push(value);
      };
      if (round % 2 === 0) {
        readability.push(timeReadability(html));
        runPipeline();
      } else {
        runPipeline();
        readability.push(timeReadability(html));
      }
    }
    const stages = Object.fromEntries(Object.entries(stageRuns).map(([stage, values]) => [stage, median(values)]));
    results.push({ page, readability: median(readability), pipeline: median(pipeline), stages });
  }
  return results;
}
