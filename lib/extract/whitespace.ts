/** Whitespace rules shared by every block: one space between words, "\n" only where the page had `<br>`. */

/**
 * Whitespace runs that are not already a single space: two or more characters, or one that is not
 * U+0020. Replacing only these gives what replacing every `\s+` with a space gives, but leaves text
 * that is already collapsed (most of it, and every block text asked again) untouched instead of
 * copying it.
 */
const UNCOLLAPSED_SPACE = /\s{2,}|[^\S ]/g;

/** Every run of whitespace (line breaks included) as one space. */
export function collapseRuns(text: string): string {
  return text.replace(UNCOLLAPSED_SPACE, ' ');
}

/** Collapses every run of whitespace (line breaks included) to one space and trims. */
export function normalizeSpaces(text: string): string {
  return collapseRuns(text).trim();
}

/** Keeps line breaks as "\n" but collapses spaces inside each line and drops empty lines. */
export function normalizeLines(text: string): string {
  return text
    .split('\n')
    .map(normalizeSpaces)
    .filter((line) => line !== '')
    .join('\n');
}

/** Characters that are not whitespace: the measure used for link density. */
export function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}
