/**
 * Lines joined into paragraphs. A paragraph ends where the space between lines grows, where the next line is
 * indented, where the size changes, or where a line stops short after a full stop; it goes on across a column or
 * page break otherwise. A word broken by a hyphen at a line's end is joined again, unless the document spells it
 * with that hyphen elsewhere ("well-known").
 */
import { sameSize, type BodyStyle } from './styles.ts';
import type { PageBreak, PdfLine } from './types.ts';

export interface ColumnEdges {
  left: number;
  right: number;
}

/** Left and right edges of each column of each page (keyed "page:column"). */
export function columnEdges(lines: PdfLine[]): Map<string, ColumnEdges> {
  const edges = new Map<string, ColumnEdges>();
  for (const line of lines) {
    const id = `${line.page}:${line.column}`;
    const edge = edges.get(id);
    if (!edge) edges.set(id, { left: line.x0, right: line.x1 });
    else {
      edge.left = Math.min(edge.left, line.x0);
      edge.right = Math.max(edge.right, line.x1);
    }
  }
  return edges;
}

export function startsParagraph(prev: PdfLine, cur: PdfLine, edges: Map<string, ColumnEdges>, body: BodyStyle): boolean {
  if (!sameSize(prev.size, cur.size)) return true;
  const size = cur.size;
  const prevEdge = edges.get(`${prev.page}:${prev.column}`)!;
  const curEdge = edges.get(`${cur.page}:${cur.column}`)!;
  const indented = cur.x0 > curEdge.left + 0.6 * size;
  const prevIndented = prev.x0 > prevEdge.left + 0.6 * size;
  const endsShort = prev.x1 < prevEdge.right - 2 * size;
  const endsSentence = /[.!?:;"”’)\]]$/.test(prev.text);
  if (prev.page === cur.page && prev.column === cur.column) {
    const leading = body.leading * (size / body.size);
    if (prev.y - cur.y > leading * 1.35 + 0.5) return true;
  }
  // A first-line indent opens a paragraph; in an indented block (a quote, a list) only a short line before it does.
  if (indented && (!prevIndented || endsShort)) return true;
  return endsShort && endsSentence;
}

const BROKEN_WORD = /(\p{L}+)[-\u2010\u2011]$/u;
const WORD_START = /^(\p{L}[\p{L}'’-]*)/u;

/** Words the document writes with a hyphen inside a line ("state-of-the-art" gives "state-of" and "of-the"…). */
export function hyphenatedWords(lines: PdfLine[]): Set<string> {
  const found = new Set<string>();
  for (const line of lines) {
    for (const match of line.text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) {
      const parts = match[0].toLowerCase().split('-');
      for (let i = 1; i < parts.length; i++) found.add(`${parts[i - 1]}-${parts[i]}`);
    }
  }
  return found;
}

/** `text` with `next` appended, as the line break between them reads. */
export function joinLine(text: string, next: string, hyphenated: Set<string>): string {
  if (text === '') return next;
  // Only the end of the text can hold the broken word; a regex over the whole paragraph would scan it per line.
  const broken = BROKEN_WORD.exec(text.slice(-64));
  const start = WORD_START.exec(next);
  if (broken && start) {
    const head = broken[1]!;
    const tail = start[1]!;
    const keep = /^\p{Lu}/u.test(tail) || /-/.test(tail) || hyphenated.has(`${head}-${tail.split('-')[0]}`.toLowerCase());
    return keep ? `${text}${next}` : `${text.slice(0, -1)}${next}`;
  }
  const end = text.slice(-2);
  if (/[\u2013\u2014/]$/.test(end) && !/\s[\u2013\u2014]$/.test(end)) return text + next;
  return `${text} ${next}`;
}

/** Joins lines into one text, noting where a new page starts inside it. */
export class TextRun {
  text = '';
  readonly page: number;
  readonly pageBreaks: PageBreak[] = [];
  private lastPage: number;

  constructor(first: PdfLine) {
    this.page = first.page;
    this.lastPage = first.page;
    this.text = first.text;
  }

  add(line: PdfLine, hyphenated: Set<string>): void {
    const joined = joinLine(this.text, line.text, hyphenated);
    if (line.page !== this.lastPage) {
      this.pageBreaks.push({ at: joined.length - line.text.length, page: line.page });
      this.lastPage = line.page;
    }
    this.text = joined;
  }
}
