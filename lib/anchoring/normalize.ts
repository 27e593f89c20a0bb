/**
 * One definition of "the same text" for every matcher. Page DOM text and the article text that
 * Readability extracted differ in whitespace (indentation, "\n\n" between paragraphs, none between
 * adjacent blocks), so matching compares text with whitespace removed, and zero-width characters
 * that pages sprinkle into words (soft hyphens, zero-width spaces) never count. text-index.ts applies
 * the same two character classes, by char code, while it walks the page.
 */

/** Whitespace runs become one space, ignorable characters disappear, ends are trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/** The form matchers compare: no whitespace and no ignorable characters at all. */
export function stripWhitespace(text: string): string {
  return text.replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g, '');
}
