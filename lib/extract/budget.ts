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

/**
 * Above this many characters of page text Readability is skipped too: it took over a second on 5 MB of
 * plain paragraphs, and the text budget below keeps a fraction of such a page anyway. The largest of
 * the 130 test pages (wikipedia-2) has under 500,000.
 */
export const MAX_READABILITY_TEXT_CHARS = 1_500_000;

/** Above this nesting depth Readability is skipped (real pages: < 40). */
export const MAX_DEPTH = 150;

/** Above this many elements even the linear fallback is not attempted. */
export const HARD_MAX_ELEMS = 500_000;

/** The article text handed on is cut here (~40,000 words, several long chapters). */
export const MAX_TEXT_CHARS = 300_000;
