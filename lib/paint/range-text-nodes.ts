/**
 * The text nodes a range covers, with the part of the first and last that is inside it, ready
 * for wrapping. Whitespace-only nodes between blocks (and inside tables and lists, where an
 * element in the wrong place breaks the structure) and text of script, style and our UI are left
 * out.
 */
import { childrenOf } from '../anchoring/dom-walk.ts';
import { isSkippedElement, tagOf } from '../anchoring/text-index.ts';

export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

const STRUCTURAL = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'ul', 'ol', 'dl', 'select', 'optgroup', 'head', 'html']);
const BLOCK = /^(address|article|aside|blockquote|details|div|dl|dd|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|ul|br)$/;

function isBlock(node: Node | null): boolean {
  return node !== null && node.nodeType === 1 && BLOCK.test(tagOf(node));
}

/** Whether wrapping this node would add nothing but a stray inline element between blocks. */
function isSkippableWhitespace(node: Text): boolean {
  if (node.data.trim().length > 0) return false;
  const parent = node.parentNode;
  if (!parent || STRUCTURAL.has(tagOf(parent))) return true;
  return !node.previousSibling || !node.nextSibling || isBlock(node.previousSibling) || isBlock(node.nextSibling);
}

function insideSkippedElement(node: Node, stop: Node | null): boolean {
  for (let el = node.parentElement; el && el !== stop; el = el.parentElement) if (isSkippedElement(el)) return true;
  return false;
}

/** Text nodes under `root` in document order. */
function textNodesIn(root: Node): Text[] {
  const out: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out.push(node as Text);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

const PRECEDING = 2;

/** How many of `nodes` (in document order) lie before the boundary point (container, offset). */
function countBefore(nodes: Text[], container: Node, offset: number): number {
  const child = childrenOf(container)[offset];
  const isBefore = child
    ? (t: Text) => (child.compareDocumentPosition(t) & PRECEDING) !== 0
    : (t: Text) => container.contains(t) || (container.compareDocumentPosition(t) & PRECEDING) !== 0;
  let count = 0;
  while (count < nodes.length && isBefore(nodes[count]!)) count++;
  return count;
}

/** A boundary point as (index into `nodes`, offset), moved into the nearest text node inside the range. */
function textPoint(nodes: Text[], container: Node, offset: number, side: 'start' | 'end'): { index: number; offset: number } | null {
  if (container.nodeType === 3) {
    const index = nodes.indexOf(container as Text);
    return index < 0 ? null : { index, offset };
  }
  const count = countBefore(nodes, container, offset);
  if (side === 'start') return count < nodes.length ? { index: count, offset: 0 } : null;
  const last = nodes[count - 1];
  return last ? { index: count - 1, offset: last.data.length } : null;
}

export function textPiecesOf(range: Range): TextPiece[] {
  const scope = range.commonAncestorContainer;
  const root = scope.nodeType === 3 ? scope.parentNode ?? scope : scope;
  const nodes = textNodesIn(root);
  const start = textPoint(nodes, range.startContainer, range.startOffset, 'start');
  const end = textPoint(nodes, range.endContainer, range.endOffset, 'end');
  if (!start || !end) return [];
  const pieces: TextPiece[] = [];
  for (let i = start.index; i <= end.index; i++) {
    const node = nodes[i]!;
    const from = i === start.index ? start.offset : 0;
    const to = i === end.index ? end.offset : node.data.length;
    if (from >= to || isSkippableWhitespace(node) || insideSkippedElement(node, null)) continue;
    pieces.push({ node, start: from, end: to });
  }
  return pieces;
}
