/** PDFs: text read through pdf.js by a loader, laid out as an article, and analysed by the one engine. */
export { analyzePdf } from './analyze-pdf.ts';
export { DAMAGED_MESSAGE, describePdfError, NO_TEXT_MESSAGE, PASSWORD_MESSAGE, type PdfFailure, type PdfProblem } from './errors.ts';
export { layoutArticle, orderedLines, type PdfArticleLayout } from './layout.ts';
export { DEFAULT_READ_BUDGET, readPdfText, type PdfJsDocument, type ReadBudget, type ReadOptions, type ReadProgress } from './read.ts';
export type { PdfBlock, PdfInfo, PdfLine, PdfOutlineEntry, PdfPageText, PdfText, PdfTextItem } from './types.ts';
