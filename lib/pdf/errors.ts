/**
 * What to tell the user when a PDF cannot be read. pdf.js reports why by its exceptions' names, which both
 * loaders (Node and the extension page) pass through here, so the CLI and the panel say the same thing.
 */

export const NO_TEXT_MESSAGE =
  'This PDF is images of pages; it has no text to read. A scanned document needs text recognition (OCR) in a PDF tool first.';
/** Text drawn with the font's empty glyph (made where no font had the language's letters): pdf.js reads U+0000. */
export const UNMAPPED_TEXT_MESSAGE =
  "This PDF's text is drawn with empty glyphs that Precis cannot turn back into letters (it was likely made on a computer without fonts for its language). A PDF tool that exports text may still read it.";
export const PASSWORD_MESSAGE =
  'This PDF is protected by a password, so Precis cannot open it. Open it in a PDF reader with the password, save a copy without one, and open that copy.';
export const DAMAGED_MESSAGE = 'This PDF is damaged or is not a PDF, so Precis could not read it.';

export type PdfProblem = 'password' | 'damaged' | 'no-text' | 'failed';

export interface PdfFailure {
  problem: PdfProblem;
  message: string;
}

/** A failure of pdf.js (or of reading the bytes) as a message for the user. */
export function describePdfError(error: unknown): PdfFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) return { problem: 'password', message: PASSWORD_MESSAGE };
  if (name === 'InvalidPDFException' || name === 'FormatError' || /invalid pdf|bad xref|xref|damaged/i.test(message)) {
    return { problem: 'damaged', message: DAMAGED_MESSAGE };
  }
  return { problem: 'failed', message: `Precis could not read this PDF: ${message}` };
}
