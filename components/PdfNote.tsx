import { PDF_HIGHLIGHTS_NOTE } from '../lib/highlights/pdf.ts';
import type { PdfFacts } from '../lib/types.ts';

/** Above a PDF's claims: how much of it was read, and why its highlights are not painted in it. */
export function PdfNote({ facts }: { facts: PdfFacts }) {
  const partial = facts.pagesRead < facts.pageCount;
  return (
    <p class="pdf-note" data-testid="pdf-note">
      {partial
        ? `PDF: claims from pages 1–${facts.pagesRead} of ${facts.pageCount} (a long document is read up to a budget). `
        : `PDF, ${facts.pageCount} ${facts.pageCount === 1 ? 'page' : 'pages'}. `}
      {PDF_HIGHLIGHTS_NOTE}
    </p>
  );
}
