/**
 * Limits that keep extraction fast on huge or hostile pages.
 *
 * Readability's cost grows faster than linearly: on linkedom a flat 15,000-element page takes
 * ~1.4 s, and nesting is far worse (2 paragraphs under 200 nested divs ~0.4 s, 500 ~3.4 s,
 * 2,000 ~3 minutes). The 130 Readability test pages stay under 10,000 elements and 40 levels,
 * so pages beyond these limits skip Readability for a linear fallback.
 */

/** Above this many elements Readability is skipped. */
export const DEFAULT_MAX_ELEMS = 15_000;

/** Above this nesting depth Readability is skipped (real pages: < 40). */
export const MAX_DEPTH = 150;

/** Above this many elements even the linear fallback is not attempted. */
export const HARD_MAX_ELEMS = 500_000;

/** The article text handed on is cut here (~40,000 words, several long chapters). */
export const MAX_TEXT_CHARS = 300_000;

export interface PageSize {
  elements: number;
  maxDepth: number;
  /** True when counting stopped early at `stopAt`. */
  stopped: boolean;
}

/**
 * Counts elements and the deepest nesting in one linear pass. (`getElementsByTagName('*')`
 * would be the cheap count in a browser, but linkedom answers 0 for it.)
 */
export function measurePage(doc: Document, stopAt = HARD_MAX_ELEMS): PageSize {
  let elements = 0;
  let maxDepth = 0;
  const stack: Array<[Element, number]> = doc.documentElement ? [[doc.documentElement, 1]] : [];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    elements++;
    if (elements > stopAt) return { elements, maxDepth, stopped: true };
    if (depth > maxDepth) maxDepth = depth;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      stack.push([child, depth + 1]);
    }
  }
  return { elements, maxDepth, stopped: false };
}
