/**
 * A PDF through the same engine as a web page: its text laid out as an article (layout.ts) becomes the blocks
 * and the article element the HTML path's extraction gives, and `analyzeArticle` finds the sections, FAQ and
 * claims. Each claim then gets the page its sentence starts on.
 */
import { analyzeArticle, claimOffset, describeError, stageClock, type AnalyzeOptions } from '../analyze-article.ts';
import type { AnalyzeOutcome, Block, Claim } from '../types.ts';
import { NO_TEXT_MESSAGE, UNMAPPED_TEXT_MESSAGE } from './errors.ts';
import { layoutArticle } from './layout.ts';
import { pdfMeta } from './meta.ts';
import type { PdfBlock, PdfText } from './types.ts';

/** Fewer letters than this per page read, on average, is a scan (a page number or a stamp is all the text). */
const MIN_LETTERS_PER_PAGE = 20;

/** Letters read, and characters drawn that pdf.js could not name (U+0000: drawn with the font's empty glyph). */
function letterCount(pdf: PdfText): { letters: number; unnamed: number } {
  let letters = 0;
  let unnamed = 0;
  for (const page of pdf.pages) {
    for (const item of page.items) {
      letters += (item.str.match(/\p{L}/gu) ?? []).length;
      unnamed += (item.str.match(/\u0000/g) ?? []).length;
    }
  }
  return { letters, unnamed };
}

function sameText(a: string, b: string): boolean {
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return key(a) === key(b);
}

/** The blocks as elements of `doc`'s body, for the FAQ's readers (questions set as headings, "Q:"/"A:" text). */
function articleElement(doc: Document, blocks: Block[]): Element {
  const article = doc.createElement('article');
  for (const block of blocks) {
    const el = doc.createElement(block.kind === 'heading' ? `h${Math.min(6, Math.max(1, block.level))}` : 'p');
    el.textContent = block.text;
    article.appendChild(el);
  }
  (doc.body ?? doc.documentElement).appendChild(article);
  return article;
}

/** The page at each character of the article text (blocks joined by a blank line, as `articleText` does). */
function pageLookup(blocks: PdfBlock[]): (offset: number) => number {
  const starts: { at: number; page: number }[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push({ at, page: block.page });
    for (const pageBreak of block.pageBreaks) starts.push({ at: at + pageBreak.at, page: pageBreak.page });
    at += block.text.length + 2;
  }
  return (offset) => {
    let page = starts[0]?.page ?? 1;
    for (const start of starts) {
      if (start.at > offset) break;
      page = start.page;
    }
    return page;
  };
}

/**
 * Analyses the text read from a PDF. `doc` is an empty HTML document the article is built in (the extension
 * page's `document.implementation.createHTMLDocument()`, or linkedom's in Node); it is not read for anything else.
 */
export function analyzePdf(pdf: PdfText, doc: Document, opts: AnalyzeOptions): AnalyzeOutcome {
  const clock = stageClock(opts.now);
  try {
    const { letters, unnamed } = letterCount(pdf);
    const enough = MIN_LETTERS_PER_PAGE * Math.max(1, pdf.pages.length);
    if (letters < enough) {
      // Text is drawn but none of it can be named: no scan, and saying so would send the user to OCR for nothing.
      return { ok: false, reason: 'empty', message: unnamed >= enough ? UNMAPPED_TEXT_MESSAGE : NO_TEXT_MESSAGE };
    }
    const layout = clock.time('layout', () => layoutArticle(pdf));
    if (!layout.blocks.some((block) => block.kind === 'paragraph')) return { ok: false, reason: 'empty', message: NO_TEXT_MESSAGE };
    const meta = pdfMeta(pdf.info, layout.blocks, opts.url);
    // As Readability does on a web page, the title is the article's metadata, not its first section.
    const first = layout.blocks[0];
    const body = first?.kind === 'heading' && sameText(first.text, meta.title) ? layout.blocks.slice(1) : layout.blocks;
    const blocks: Block[] = body.map((block) =>
      block.kind === 'heading' ? { kind: 'heading', level: block.level, text: block.text } : { kind: 'paragraph', text: block.text },
    );
    const root = articleElement(doc, blocks);
    const analysis = analyzeArticle(doc, { meta, blocks, root, readerable: true, diagnostics: [] }, opts, clock);
    const pageAt = pageLookup(body);
    const withPage = (claim: Claim): Claim => ({ ...claim, page: pageAt(Math.max(0, claimOffset(claim, analysis.text))) });
    return {
      ok: true,
      analysis: {
        ...analysis,
        claims: analysis.claims.map(withPage),
        sections: analysis.sections.map((section) => ({ ...section, claims: section.claims.map(withPage) })),
        pdf: {
          pageCount: pdf.pageCount,
          pagesRead: pdf.pages.length,
          notes: layout.notes.length,
          references: layout.references.filter((block) => block.kind === 'paragraph').length,
        },
      },
    };
  } catch (error) {
    return { ok: false, reason: 'failed', message: `Precis could not read this PDF: ${describeError(error)}` };
  }
}
