/**
 * Highlights of PDFs: the PDF's address, its page (a W3C FragmentSelector, `page=N`) and the sentence as a text
 * quote. The browser's PDF viewer cannot be painted in, so such a highlight is listed, searched and exported like
 * any other and opens the viewer at its page.
 */
import { PDF_FRAGMENT, type FragmentSelector } from '../anchoring/types.ts';
import type { Claim } from '../types.ts';
import { createHighlight, type Highlight } from './record.ts';

export function pageSelector(page: number): FragmentSelector {
  return { type: 'FragmentSelector', conformsTo: PDF_FRAGMENT, value: `page=${Math.max(1, Math.floor(page))}` };
}

/** A claim of a PDF kept as a highlight: its quote and its page. */
export function pdfClaimHighlight(input: { url: string; title: string; claim: Claim & { page: number }; now?: Date }): Highlight {
  return createHighlight({
    url: input.url.split('#', 1)[0]!,
    title: input.title,
    selectors: [input.claim.selector, pageSelector(input.claim.page)],
    now: input.now,
  });
}

/** The PDF page a highlight is on, or null for a web page's highlight. */
export function highlightPage(highlight: Highlight): number | null {
  const fragment = highlight.selectors.find((s): s is FragmentSelector => s.type === 'FragmentSelector');
  const match = fragment && /^page=(\d+)$/.exec(fragment.value);
  return match ? Number(match[1]) : null;
}

/** The address that opens a highlight's place: the PDF viewer at its page. */
export function pdfHighlightUrl(highlight: Highlight): string | null {
  const page = highlightPage(highlight);
  return page === null ? null : `${highlight.url.split('#', 1)[0]}#page=${page}`;
}

/** Said wherever a PDF's highlights are listed: why they are not shown in the PDF itself. */
export const PDF_HIGHLIGHTS_NOTE =
  "Highlights of a PDF are kept and listed here, but cannot be painted inside the browser's PDF viewer; opening one goes to its page.";
