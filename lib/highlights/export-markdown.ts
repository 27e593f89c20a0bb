/**
 * Markdown export for reading and pasting elsewhere: grouped by page, each highlight quoted with a
 * text-fragment link back to its place, notes quoted beneath it.
 */
import { COLOR_LABELS } from './colors.ts';
import { quoteOf, type Highlight } from './record.ts';
import { highlightPage, pdfHighlightUrl } from './pdf.ts';
import { textFragmentUrl } from './text-fragment.ts';

/** Backslash-escapes characters Markdown would otherwise interpret, so page text stays literal. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, (ch) => `\\${ch}`);
}

/** A URL safe inside `<...>` link destinations. */
function linkTarget(url: string): string {
  return url.replace(/[\s<>]/g, (ch) => encodeURIComponent(ch));
}

function blockquote(text: string, depth = 1): string {
  const marker = '>'.repeat(depth) + ' ';
  return text
    .split(/\r?\n/)
    .map((line) => (line.trim() ? marker + escapeMarkdown(line) : marker.trimEnd()))
    .join('\n');
}

/** Position on the page, for ordering a page's highlights in reading order. */
function pagePosition(h: Highlight): number {
  const page = highlightPage(h);
  if (page !== null) return page;
  const position = h.selectors.find((s) => s.type === 'TextPositionSelector');
  return position?.type === 'TextPositionSelector' ? position.start : Number.MAX_SAFE_INTEGER;
}

function renderHighlight(h: Highlight): string {
  const quote = quoteOf(h.selectors);
  // A PDF viewer reads a page number, not a text fragment.
  const pdfUrl = pdfHighlightUrl(h);
  const link = pdfUrl
    ? `[Open at page ${highlightPage(h)}](<${linkTarget(pdfUrl)}>)`
    : quote
      ? `[Open at this passage](<${linkTarget(textFragmentUrl(h.url, quote))}>)`
      : '';
  const meta = [link, COLOR_LABELS[h.color], h.created.slice(0, 10)].filter(Boolean).join(' · ');
  const parts = [blockquote(h.exact), '', meta];
  if (h.note.trim()) parts.push('', '**Note:**', '', blockquote(h.note));
  return parts.join('\n');
}

/** Pages in order of their first highlight; each page's highlights in reading order. */
export function groupByPage(highlights: Highlight[]): Highlight[][] {
  const pages = new Map<string, Highlight[]>();
  const byCreation = [...highlights].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  for (const h of byCreation) pages.set(h.url, [...(pages.get(h.url) ?? []), h]);
  return [...pages.values()].map((list) =>
    list.sort((a, b) => pagePosition(a) - pagePosition(b) || a.created.localeCompare(b.created) || a.id.localeCompare(b.id)),
  );
}

export function exportMarkdown(highlights: Highlight[]): string {
  const sections = groupByPage(highlights).map((page) => {
    const first = page[0]!;
    const heading = `## [${escapeMarkdown(first.title || first.url)}](<${linkTarget(first.url)}>)`;
    return [heading, '', page.map(renderHighlight).join('\n\n---\n\n')].join('\n');
  });
  return ['# Highlights', '', ...sections.flatMap((s) => [s, ''])].join('\n');
}
