/**
 * Text of a PDF's glyphs as a reader would type it: ligature glyphs spelled out, the many widths of space turned
 * into one, and invisible characters dropped. Soft hyphens go too: Chromium's PDFs carry one wherever the page
 * allowed a break, and only a visible hyphen at a line's end says a word was broken there.
 */

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

const LIGATURE_PATTERN = new RegExp(`[${Object.keys(LIGATURES).join('')}]`, 'g');
/** No-break, en/em/thin/hair spaces, figure and narrow spaces, ideographic space, tabs. */
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Soft hyphen, zero-width space/joiners, word joiner, byte-order mark. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export function normalizeGlyphText(text: string): string {
  return text.replace(LIGATURE_PATTERN, (glyph) => LIGATURES[glyph] ?? glyph).replace(ODD_SPACES, ' ').replace(INVISIBLE, '');
}
