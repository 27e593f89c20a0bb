/**
 * Anchoring speed on a big page: the corpus' page texts joined into ~1 M characters, with
 * passages anchored through the exact-quote and the approximate paths. Printed by
 * scripts/report-anchoring.ts; Node DOMs are several times slower than browsers, so compare runs,
 * not absolute numbers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchor, type Selector } from '../../lib/anchoring/index.ts';
import { buildTextIndex } from '../../lib/anchoring/text-index.ts';
import { parseHtml } from './dom.ts';
import { seededRandom } from './synthetic.ts';
import { samplePassages } from './anchoring-baseline.ts';

export interface SpeedReport {
  pageChars: number;
  indexMs: number;
  /** Median and worst milliseconds per highlight, exact quote path and approximate path. */
  quoteMs: { median: number; max: number };
  fuzzyMs: { median: number; max: number };
  placed: number;
  highlights: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The corpus' page texts, largest first, as paragraphs of ~600 characters, up to ~1 M characters. */
function bigPageHtml(corpusDir: string): string {
  const dir = join(corpusDir, 'readability');
  const texts = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .map((name) => buildTextIndex(parseHtml(readFileSync(join(dir, name, 'source.html'), 'utf8')).body).text)
    .sort((a, b) => b.length - a.length);
  const paragraphs: string[] = [];
  let total = 0;
  for (const text of texts) {
    if (total >= 1_000_000) break;
    for (const chunk of text.match(/[\s\S]{1,600}(?=\s|$)/g) ?? []) paragraphs.push(`<p>${escapeText(chunk.trim())}</p>`);
    total += text.length;
  }
  return `<!doctype html><html><body>${paragraphs.join('\n')}</body></html>`;
}

/**
 * Describes `count` passages on a ~1 M-character page, shifts the text (so range and position
 * selectors fail) and, for the approximate path, changes a word in each quote; times anchoring.
 */
export function measureSpeed(corpusDir: string, count = 40, seed = 7): SpeedReport {
  const rand = seededRandom(seed);
  const html = bigPageHtml(corpusDir);
  const original = parseHtml(html).body;
  const began = performance.now();
  const index = buildTextIndex(original);
  const indexMs = performance.now() - began;
  const passages = samplePassages(original, index, count, rand).filter((p) => p.end - p.start >= 60);

  const edited = parseHtml(html.replace('<body>', '<body><p>A new first paragraph shifts every position.</p>')).body;
  const editedIndex = buildTextIndex(edited);
  const time = (selectors: Selector[]) => {
    const t = performance.now();
    const ok = anchor(edited, selectors, { index: editedIndex }).ok;
    return { ms: performance.now() - t, ok };
  };
  const quoteRuns = passages.map((p) => time(p.selectors));
  const fuzzyRuns = passages.map((p) => {
    const [quote, ...rest] = p.selectors;
    if (quote?.type !== 'TextQuoteSelector') return { ms: 0, ok: false };
    const words = quote.exact.split(' ');
    words[Math.floor(words.length / 2)] = 'zzqx';
    return time([{ ...quote, exact: words.join(' ') }, ...rest]);
  });
  const stats = (runs: { ms: number }[]) => ({
    median: +median(runs.map((r) => r.ms)).toFixed(2),
    max: +Math.max(...runs.map((r) => r.ms)).toFixed(2),
  });
  return {
    pageChars: index.text.length,
    indexMs: Math.round(indexMs),
    quoteMs: stats(quoteRuns),
    fuzzyMs: stats(fuzzyRuns),
    placed: [...quoteRuns, ...fuzzyRuns].filter((r) => r.ok).length,
    highlights: passages.length * 2,
  };
}

export function formatSpeed(s: SpeedReport): string {
  return [
    `speed on a ${Math.round(s.pageChars / 1000)} k-character page (Node, linkedom): text index ${s.indexMs} ms`,
    `  per highlight: exact quote median ${s.quoteMs.median} ms (max ${s.quoteMs.max}), ` +
      `approximate median ${s.fuzzyMs.median} ms (max ${s.fuzzyMs.max}); ${s.placed}/${s.highlights} placed`,
  ].join('\n');
}
