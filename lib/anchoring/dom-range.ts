/**
 * Creating DOM ranges. Browsers and happy-dom give a live `Range`; linkedom (the Node DOM the
 * engine's tests and CLI use) has a `Range` without `setStart`/`setEnd`, so there anchoring returns
 * a static stand-in with the boundary-point part of the Range interface (what describe() and
 * paintHighlight() read) and `toString()`.
 */

import { pushChildrenReversed } from './dom-walk.ts';

function supportsRanges(doc: Document): boolean {
  try {
    return typeof doc.createRange === 'function' && typeof doc.createRange().setStart === 'function';
  } catch {
    return false;
  }
}

function commonAncestor(a: Node, b: Node): Node {
  const ancestors = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) ancestors.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (ancestors.has(n)) return n;
  return a;
}

/** Text nodes under `root` in document order (iterative: pages can nest deeply). */
function* textNodesUnder(root: Node): Generator<Text> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) yield node as Text;
    pushChildrenReversed(stack, node, (child) => child);
  }
}

/** A fixed range between two points inside text nodes. */
class StaticTextRange {
  readonly collapsed: boolean;
  readonly commonAncestorContainer: Node;
  constructor(
    readonly startContainer: Node,
    readonly startOffset: number,
    readonly endContainer: Node,
    readonly endOffset: number,
  ) {
    this.collapsed = startContainer === endContainer && startOffset === endOffset;
    this.commonAncestorContainer = commonAncestor(startContainer, endContainer);
  }

  toString(): string {
    let out = '';
    let inside = false;
    for (const node of textNodesUnder(this.commonAncestorContainer)) {
      const start = node === this.startContainer ? this.startOffset : 0;
      if (node === this.startContainer) inside = true;
      if (!inside) continue;
      if (node === this.endContainer) return out + node.data.slice(start, this.endOffset);
      out += node.data.slice(start);
    }
    return out;
  }
}

/** A range from (startNode, startOffset) to (endNode, endOffset); both nodes are normally text nodes. */
export function createRange(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const doc = startNode.ownerDocument;
  if (doc && supportsRanges(doc)) {
    const range = doc.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range;
  }
  return new StaticTextRange(startNode, startOffset, endNode, endOffset) as unknown as Range;
}
