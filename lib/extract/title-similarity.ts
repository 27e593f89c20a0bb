/** Whether a heading merely repeats the article's title (then it is not a section heading). */

function titleWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Share of the heading's words that also occur in the title, as Readability judges title headers. */
export function repeatsTitle(heading: string, title: string): boolean {
  const headingWords = titleWords(heading);
  if (headingWords.length === 0 || title === '') return false;
  const inTitle = new Set(titleWords(title));
  const shared = headingWords.filter((word) => inTitle.has(word)).length;
  // The second test keeps a short section heading ("Results") that happens to be a title word.
  return shared / headingWords.length > 0.75 && shared / inTitle.size > 0.3;
}
