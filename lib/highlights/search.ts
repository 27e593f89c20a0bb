/**
 * Full-text search over highlights: every word of the query must appear (case- and
 * accent-insensitive) in the quote, the note, the page title or the address.
 */
import type { Highlight } from './record.ts';

export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function searchHighlights(highlights: Highlight[], query: string): Highlight[] {
  const terms = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return highlights;
  return highlights.filter((h) => {
    const haystack = foldForSearch([h.exact, h.note, h.title, h.url].join('\n'));
    return terms.every((t) => haystack.includes(t));
  });
}
