/** Whitespace rules shared by every block: one space between words, "\n" only where the page had `<br>`. */

/** Collapses every run of whitespace (line breaks included) to one space and trims. */
export function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
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
