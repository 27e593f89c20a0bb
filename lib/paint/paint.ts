/**
 * Painting saved highlights into the page: each covered piece of text is wrapped in
 * `<mark data-precis-highlight="<id>" data-precis-color="<color>">`. Only text nodes are wrapped,
 * so tables, lists and other structure stay valid; removing the marks restores the original text.
 */
import type { HighlightColor } from '../highlights/colors.ts';
import { textPiecesOf } from './range-text-nodes.ts';
import { ensureHighlightStyle } from './style.ts';

export const HIGHLIGHT_ATTRIBUTE = 'data-precis-highlight';
export const COLOR_ATTRIBUTE = 'data-precis-color';

/**
 * Splits a text node so that `offset` starts a new node, which is returned. Native `splitText`
 * keeps live ranges (other highlights still to paint) pointing at the right characters.
 */
function splitAt(node: Text, offset: number): Text {
  if (typeof node.splitText === 'function') return node.splitText(offset);
  const rest = node.ownerDocument.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode!.insertBefore(rest, node.nextSibling);
  return rest;
}

/**
 * Wraps the range's text in marks for highlight `id`; returns the marks in document order.
 * Painting splits text nodes, so anchor each highlight just before painting it (with a fresh text
 * index): a range computed before an earlier paint only stays right in DOMs with live ranges.
 */
export function paintHighlight(range: Range, id: string, color: HighlightColor): HTMLElement[] {
  const pieces = textPiecesOf(range);
  const marks: HTMLElement[] = [];
  for (const piece of pieces) {
    let node = piece.node;
    if (piece.end < node.data.length) splitAt(node, piece.end);
    if (piece.start > 0) node = splitAt(node, piece.start);
    const doc = node.ownerDocument;
    const mark = doc.createElement('mark');
    mark.setAttribute(HIGHLIGHT_ATTRIBUTE, id);
    mark.setAttribute(COLOR_ATTRIBUTE, color);
    node.parentNode!.insertBefore(mark, node);
    mark.appendChild(node);
    marks.push(mark);
  }
  if (marks[0]) ensureHighlightStyle(marks[0].ownerDocument);
  return marks;
}

/** The marks of highlight `id` (compared by attribute value, so any id string is safe). */
export function marksOf(id: string, doc: Document = document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>(`mark[${HIGHLIGHT_ATTRIBUTE}]`)].filter(
    (m) => m.getAttribute(HIGHLIGHT_ATTRIBUTE) === id,
  );
}

/** Removes highlight `id` from the page, merging the text back into single text nodes. */
export function unpaint(id: string, doc: Document = document): void {
  for (const mark of marksOf(id, doc)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    if (typeof parent.normalize === 'function') parent.normalize();
  }
}

export function recolor(id: string, color: HighlightColor, doc: Document = document): void {
  for (const mark of marksOf(id, doc)) mark.setAttribute(COLOR_ATTRIBUTE, color);
}
