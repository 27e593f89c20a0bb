/**
 * Walking a whole document once for several readers. Each full walk of a page costs about as much as
 * the little each reader does per node, so the page survey (page-survey.ts) lets another stage read
 * the page during its own walk (the FAQ survey does: see lib/faq/signals.ts), and this walk serves a
 * reader that has no survey to ride along with.
 */

/** A reader of every element and text node under the document element, in document order. */
export interface NodeVisitor {
  /**
   * An element, before anything it holds; `depth` is 1 for the document element, one more per level below.
   * Returning `false` ends the walk there (a reader with a budget, such as the page survey).
   */
  element(el: Element, depth: number): void | false;
  /** A text node; `depth` as for elements. */
  text(node: Node, depth: number): void;
}

/**
 * Visits every element and text node under `doc`'s document element in document order. It follows
 * child, sibling and parent links, so a deep page cannot overflow the call stack and no stack is kept.
 */
export function walkDocument(doc: Document, visitor: NodeVisitor): void {
  const root = doc.documentElement;
  if (!root) return;
  let node: Node = root;
  let depth = 1;
  for (;;) {
    if (node.nodeType === 3) visitor.text(node, depth);
    else if (node.nodeType === 1) {
      if (visitor.element(node as Element, depth) === false) return;
      const first = node.firstChild;
      if (first) {
        node = first;
        depth++;
        continue;
      }
    }
    // Done with this node and what it holds: on to its next sibling, or its nearest ancestor's.
    let next: Node | null = null;
    while (node !== root) {
      next = node.nextSibling;
      if (next) break;
      node = node.parentNode as Node;
      depth--;
    }
    if (!next) return;
    node = next;
  }
}
