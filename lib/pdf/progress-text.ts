/**
 * How far the reading of a PDF has got, in the words and numbers a progress bar shows: its bytes arriving from the
 * site, then its pages read by pdf.js.
 */
export type ReadingStage =
  | { kind: 'fetching'; received: number; total: number | null }
  | { kind: 'reading'; pagesRead: number; pageCount: number };

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);
}

export function progressText(stage: ReadingStage): string {
  if (stage.kind === 'reading') return `Reading page ${stage.pagesRead} of ${stage.pageCount}`;
  // A compressed transfer's declared size can be below what arrives: never "12 of 10 MB".
  if (stage.total !== null && stage.total >= stage.received) return `Fetching the PDF: ${megabytes(stage.received)} of ${megabytes(stage.total)} MB`;
  return `Fetching the PDF: ${megabytes(stage.received)} MB`;
}

/** The bar's value and maximum; no value while the size is unknown (an indeterminate bar). */
export function progressValue(stage: ReadingStage): { value?: number; max: number } {
  if (stage.kind === 'reading') return { value: stage.pagesRead, max: Math.max(1, stage.pageCount) };
  if (stage.total !== null && stage.total >= stage.received) return { value: stage.received, max: Math.max(1, stage.total) };
  return { max: 1 };
}
