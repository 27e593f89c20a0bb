/**
 * A page's text items joined into lines. pdf.js gives runs in the order the page draws them, which is a line's
 * order within a line but may jump between columns, so a run starts a new line when it leaves the baseline, goes
 * back, or leaves a gap wider than a column gutter; fragments of one line drawn apart are joined afterwards.
 */
import { normalizeGlyphText } from './normalize.ts';
import type { PdfLine, PdfPageText, PdfTextItem } from './types.ts';

/** A horizontal gap wider than this many font sizes is a gutter or a table cell, never a word space. */
const GUTTER_GAP = 1.6;
/** A gap wider than this share of the font size between two runs is a space. */
const WORD_GAP = 0.15;
/** Runs whose baselines differ by less than this share of the font size sit on one line (superscripts too). */
const SAME_BASELINE = 0.55;

/** One text item placed on the page: a line's fields, for a single run. */
type Run = Pick<PdfLine, 'x0' | 'x1' | 'y' | 'size' | 'font' | 'text'>;

interface LineDraft {
  runs: Run[];
  x1: number;
  y: number;
  size: number;
}

function runOf(item: PdfTextItem): Run | null {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  // Rotated or vertical text (margin stamps such as an arXiv identifier) is not part of the reading flow.
  if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) return null;
  const size = Math.abs(d) || item.height;
  const text = normalizeGlyphText(item.str);
  if (text === '' || size <= 0) return null;
  return { x0: x, x1: x + Math.max(0, item.width), y, size, font: item.fontName, text };
}

function continues(line: LineDraft, run: Run): boolean {
  // The larger size sets the tolerance, so that a raised note mark stays on the line it follows.
  const size = Math.max(line.size, run.size, 1);
  if (Math.abs(run.y - line.y) > SAME_BASELINE * size) return false;
  const gap = run.x0 - line.x1;
  return gap > -0.5 * size && gap < GUTTER_GAP * size;
}

function lineText(runs: Run[]): string {
  let text = '';
  let end = -Infinity;
  for (const run of runs) {
    const gap = run.x0 - end;
    const size = Math.max(run.size, 1);
    if (text !== '' && gap > WORD_GAP * size && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    text += run.text;
    end = Math.max(end, run.x1);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** The value most of the line's characters have (by character count). */
function dominant<T>(runs: Run[], key: (run: Run) => T): T {
  const counts = new Map<T, number>();
  let best = key(runs[0]!);
  let bestCount = -1;
  for (const run of runs) {
    const value = key(run);
    const count = (counts.get(value) ?? 0) + run.text.trim().length;
    counts.set(value, count);
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** A small raised run of digits or marks inside a line: a note mark ("commands.¹"), not part of the text. */
function isNoteMark(run: Run, size: number, y: number): boolean {
  return run.size < 0.8 * size && run.y > y + 0.15 * size && /^[\d*†‡§¶,]{1,4}$/u.test(run.text.trim());
}

function finish(page: number, draft: LineDraft): PdfLine | null {
  const all = draft.runs.filter((run) => run.text.trim() !== '');
  if (all.length === 0) return null;
  const size = dominant(all, (run) => Math.round(run.size * 10) / 10);
  const base = all.find((run) => Math.round(run.size * 10) / 10 === size)?.y ?? draft.y;
  const runs = all.filter((run) => !isNoteMark(run, size, base));
  if (runs.length === 0) return null;
  const text = lineText(runs);
  if (text === '') return null;
  // The baseline of the line's main text, not of a superscript that happens to come first.
  const y = base;
  return {
    page,
    x0: Math.min(...runs.map((run) => run.x0)),
    x1: Math.max(...runs.map((run) => run.x1)),
    y,
    size,
    font: dominant(runs, (run) => run.font),
    text,
    column: 0,
  };
}

/** Joins fragments of one line that the page drew apart (same baseline, touching or a word space apart). */
function joinFragments(lines: PdfLine[]): PdfLine[] {
  const sorted = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const out: PdfLine[] = [];
  for (const line of sorted) {
    const last = out[out.length - 1];
    const size = last ? Math.min(last.size, line.size) : 0;
    if (last && Math.abs(last.y - line.y) < 0.2 * size && line.x0 - last.x1 > -0.5 * size && line.x0 - last.x1 < 0.9 * size) {
      const space = line.x0 - last.x1 > WORD_GAP * size ? ' ' : '';
      out[out.length - 1] = { ...last, x1: Math.max(last.x1, line.x1), text: last.text + space + line.text };
    } else out.push(line);
  }
  return out;
}

export function pageLines(page: PdfPageText): PdfLine[] {
  const lines: PdfLine[] = [];
  let draft: LineDraft | null = null;
  for (const item of page.items) {
    const run = runOf(item);
    // Spaces are read from the gaps between words; a space run may also bridge a form field or a gutter.
    if (!run || run.text.trim() === '') continue;
    if (draft && continues(draft, run)) {
      draft.runs.push(run);
      draft.x1 = Math.max(draft.x1, run.x1);
      continue;
    }
    if (draft) {
      const line = finish(page.number, draft);
      if (line) lines.push(line);
    }
    draft = { runs: [run], x1: run.x1, y: run.y, size: run.size };
  }
  if (draft) {
    const line = finish(page.number, draft);
    if (line) lines.push(line);
  }
  return joinFragments(lines);
}
