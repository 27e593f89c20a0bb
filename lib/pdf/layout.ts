/**
 * A PDF's text as an article: headings and paragraphs in reading order, each with its pages, and apart from
 * them the footnotes and the references, which are kept but are never claims.
 */
import { readingOrder } from './columns.ts';
import { footnoteLines } from './footnotes.ts';
import { withoutFurniture } from './furniture.ts';
import { ABSTRACT, findHeadings, REFERENCES } from './headings.ts';
import { pageLines } from './lines.ts';
import { columnEdges, hyphenatedWords, startsParagraph, TextRun } from './paragraphs.ts';
import { bodyStyle } from './styles.ts';
import type { PdfBlock, PdfLine, PdfPageText, PdfText } from './types.ts';

export interface PdfArticleLayout {
  blocks: PdfBlock[];
  /** Footnotes, in reading order. */
  notes: PdfBlock[];
  /** The reference list or bibliography, with its heading. */
  references: PdfBlock[];
}

/** Lines of every page in reading order, page furniture removed. */
export function orderedLines(pages: PdfPageText[], title: string | null = null): PdfLine[] {
  const perPage = withoutFurniture(pages, pages.map(pageLines), title);
  return perPage.flatMap((lines) => readingOrder(lines));
}

const NOTE_START = /^(?:\d{1,3}|[*†‡§¶])\s*\S/u;

/** "Abstract — We show…" opening a paragraph: the abstract's heading run into its text. */
const RUN_IN_ABSTRACT = /^abstract\s*[.:\u2013\u2014-]\s*(?=\S)/i;

export function layoutArticle(pdf: PdfText): PdfArticleLayout {
  const lines = orderedLines(pdf.pages, pdf.info.title);
  const body = bodyStyle(lines);
  const pages = new Map(pdf.pages.map((page) => [page.number, page]));
  const notesAt = footnoteLines(lines, pages, body);
  const flowLines = lines.filter((_, i) => !notesAt.has(i));
  const headings = findHeadings(flowLines, body, pdf.outline);
  const edges = columnEdges(lines);
  const hyphenated = hyphenatedWords(lines);

  const headingAt = new Map(headings.map((mark) => [mark.start, mark]));
  const blocks: PdfBlock[] = [];
  let run: TextRun | null = null;
  const flush = () => {
    if (run) blocks.push({ kind: 'paragraph', text: run.text, page: run.page, pageBreaks: run.pageBreaks });
    run = null;
  };
  for (let i = 0; i < flowLines.length; i++) {
    const heading = headingAt.get(i);
    if (heading) {
      flush();
      const text = new TextRun(flowLines[i]!);
      for (let j = i + 1; j < heading.end; j++) text.add(flowLines[j]!, hyphenated);
      blocks.push({ kind: 'heading', level: heading.level, text: text.text, page: text.page, pageBreaks: [] });
      i = heading.end - 1;
      continue;
    }
    const line = flowLines[i]!;
    const prev = flowLines[i - 1];
    if (run && prev && !headingAt.has(i - 1) && !startsParagraph(prev, line, edges, body)) run.add(line, hyphenated);
    else {
      flush();
      run = new TextRun(line);
    }
  }
  flush();

  const notes: PdfBlock[] = [];
  const noteLines = lines.filter((_, i) => notesAt.has(i));
  for (let i = 0; i < noteLines.length; ) {
    // A note goes on until the next note mark.
    const note = new TextRun(noteLines[i]!);
    let j = i + 1;
    for (; j < noteLines.length && !NOTE_START.test(noteLines[j]!.text); j++) note.add(noteLines[j]!, hyphenated);
    notes.push({ kind: 'paragraph', text: note.text, page: note.page, pageBreaks: note.pageBreaks });
    i = j;
  }

  return { ...splitReferences(withAbstract(blocks)), notes };
}

/** The abstract as a section of its own, also when its heading is run into its first paragraph. */
function withAbstract(blocks: PdfBlock[]): PdfBlock[] {
  if (blocks.some((block) => block.kind === 'heading' && ABSTRACT.test(block.text))) {
    return blocks.map((block) => (block.kind === 'heading' && ABSTRACT.test(block.text) ? { ...block, text: 'Abstract' } : block));
  }
  const at = blocks.findIndex((block) => block.kind === 'paragraph' && RUN_IN_ABSTRACT.test(block.text));
  if (at < 0) return blocks;
  const block = blocks[at]!;
  const cut = RUN_IN_ABSTRACT.exec(block.text)![0].length;
  const rest: PdfBlock = {
    kind: 'paragraph',
    text: block.text.slice(cut),
    page: block.page,
    pageBreaks: block.pageBreaks.map((pageBreak) => ({ ...pageBreak, at: pageBreak.at - cut })),
  };
  return [...blocks.slice(0, at), { kind: 'heading', level: 2, text: 'Abstract', page: block.page, pageBreaks: [] }, rest, ...blocks.slice(at + 1)];
}

/** The reference list, from its heading to the next heading of the same or a higher level. */
function splitReferences(blocks: PdfBlock[]): Omit<PdfArticleLayout, 'notes'> {
  const start = blocks.findIndex((block) => block.kind === 'heading' && REFERENCES.test(block.text));
  if (start < 0) return { blocks, references: [] };
  const level = (blocks[start] as { level: number }).level;
  let end = start + 1;
  while (end < blocks.length) {
    const block = blocks[end]!;
    if (block.kind === 'heading' && block.level <= level) break;
    end++;
  }
  return { blocks: [...blocks.slice(0, start), ...blocks.slice(end)], references: blocks.slice(start, end) };
}
