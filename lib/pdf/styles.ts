/**
 * The document's body text style, which every other line is measured against: the font size and the font that
 * carry the most characters. A larger size, or another font at the body size, marks a heading; a smaller size at
 * the foot of a column marks a footnote.
 */
import type { PdfLine } from './types.ts';

export interface BodyStyle {
  size: number;
  font: string;
  /** The usual distance between baselines of consecutive body lines. */
  leading: number;
}

function mostCommon<T>(counts: Map<T, number>, fallback: T): T {
  let best = fallback;
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

export function bodyStyle(lines: PdfLine[]): BodyStyle {
  const sizes = new Map<number, number>();
  for (const line of lines) sizes.set(line.size, (sizes.get(line.size) ?? 0) + line.text.length);
  const size = mostCommon(sizes, 10);
  const fonts = new Map<string, number>();
  const leadings = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!sameSize(line.size, size)) continue;
    fonts.set(line.font, (fonts.get(line.font) ?? 0) + line.text.length);
    const next = lines[i + 1];
    if (next && next.page === line.page && next.column === line.column && sameSize(next.size, size)) {
      const gap = Math.round((line.y - next.y) * 2) / 2;
      if (gap > 0) leadings.set(gap, (leadings.get(gap) ?? 0) + 1);
    }
  }
  return { size, font: mostCommon(fonts, ''), leading: mostCommon(leadings, size * 1.2) };
}

export function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.06 * Math.max(a, b);
}

/** Larger than the body by enough to be a heading's size, not a rounding difference. */
export function isLarger(line: PdfLine, body: BodyStyle): boolean {
  return line.size >= body.size * 1.12;
}

/** Smaller than the body by enough to be a footnote's or a caption's size. */
export function isSmaller(line: PdfLine, body: BodyStyle): boolean {
  return line.size <= body.size * 0.9;
}
