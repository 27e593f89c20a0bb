/**
 * Putting a page's saved highlights back: anchor every highlight on one text index, then paint
 * them from the last to the first. Painting only splits and wraps text nodes at and after the
 * painted passage, so the index stays valid for everything before it; it is rebuilt only when
 * highlights overlap.
 */
import { anchor, type AnchorMethod, type Selector } from '../anchoring/index.ts';
import { textSpanToRange } from '../anchoring/anchor.ts';
import { rangeToTextSpan } from '../anchoring/describe.ts';
import { buildTextIndex } from '../anchoring/text-index.ts';
import type { HighlightColor } from '../highlights/colors.ts';
import { paintHighlight, unpaint } from './paint.ts';

export interface Placeable {
  id: string;
  color: HighlightColor;
  selectors: Selector[];
}

export interface Placement {
  /** Highlight ids painted, with the selector that found each. */
  placed: { id: string; method: AnchorMethod }[];
  /** Highlights whose text is no longer on the page: shown in the list, never painted. */
  orphans: string[];
}

/** Anchors and paints the highlights under `root`, replacing any earlier paint of the same ids. */
export function placeHighlights(root: Element, highlights: Placeable[]): Placement {
  const doc = root.ownerDocument;
  for (const h of highlights) unpaint(h.id, doc);
  let index = buildTextIndex(root);
  const orphans: string[] = [];
  const found: { h: Placeable; method: AnchorMethod; start: number; end: number }[] = [];
  for (const h of highlights) {
    const result = anchor(root, h.selectors, { index });
    const span = result.ok ? rangeToTextSpan(index, result.range) : null;
    if (result.ok && span) found.push({ h, method: result.method, start: span[0], end: span[1] });
    else orphans.push(h.id);
  }
  found.sort((a, b) => b.start - a.start || b.end - a.end);
  let paintedFrom = Number.POSITIVE_INFINITY;
  for (const f of found) {
    if (f.end > paintedFrom) index = buildTextIndex(root);
    paintHighlight(textSpanToRange(index, f.start, f.end), f.h.id, f.h.color);
    paintedFrom = Math.min(paintedFrom, f.start);
  }
  const placed = found
    .sort((a, b) => a.start - b.start)
    .map((f) => ({ id: f.h.id, method: f.method }));
  return { placed, orphans };
}
