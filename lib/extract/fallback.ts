/**
 * The cheap, linear extraction used when Readability is skipped (page over budget) or finds
 * nothing: the tightest container holding most of the page's paragraph text, else the body.
 */
import { pageBody } from './dom-text.ts';
import { visibleLength } from './whitespace.ts';

/** Share of all paragraph text a container must hold to be taken as the article. */
const MIN_COVERAGE = 0.6;

/** How far above a paragraph a container may sit. */
const ANCESTOR_LEVELS = 3;

/** Page parts that are never the article when we fall back to the whole body. */
const FURNITURE = 'nav, aside, footer, form, dialog';

/**
 * The element whose text is the article. When navigation, sidebars or footers have to go, it is a
 * detached clone without them; otherwise the page's own element (cloning a huge page costs more than
 * reading it), which callers only read.
 */
export function fallbackRoot(doc: Document): Element | null {
  const body = pageBody(doc);
  if (!body) return null;
  const container = densestContainer(body) ?? body;
  if (!container.querySelector(FURNITURE)) return container;
  const clone = container.cloneNode(true) as Element;
  withoutFurniture(clone);
  return clone;
}

/** Scores each paragraph's ancestors by its text length; picks the smallest one covering most text. */
function densestContainer(body: Element): Element | null {
  const scores = new Map<Element, number>();
  let total = 0;
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const length = visibleLength(p.textContent ?? '');
    if (length === 0) continue;
    total += length;
    let ancestor = p.parentElement;
    for (let level = 0; ancestor && level < ANCESTOR_LEVELS; level++) {
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + length);
      if (ancestor === body) break;
      ancestor = ancestor.parentElement;
    }
  }
  let best: Element | null = null;
  let bestScore = Infinity;
  for (const [el, score] of scores) {
    if (score >= total * MIN_COVERAGE && score < bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** Removes navigation, sidebars and footers, unless that would leave no text at all. */
function withoutFurniture(root: Element): void {
  // Only the outermost ones: a sidebar inside a footer must not be counted twice.
  const parts = Array.from(root.querySelectorAll(FURNITURE)).filter((el) => !el.parentElement?.closest(FURNITURE));
  if (parts.length === 0) return;
  const removedText = parts.reduce((sum, el) => sum + visibleLength(el.textContent ?? ''), 0);
  if (removedText >= visibleLength(root.textContent ?? '')) return;
  for (const el of parts) el.remove();
}
