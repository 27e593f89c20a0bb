/**
 * Child iteration that stays linear on every DOM. linkedom builds a fresh array on each
 * `childNodes` access, so indexing `childNodes[i]` in a loop is quadratic there; sibling links are
 * cheap everywhere.
 */
export function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Pushes the children of `node` so that popping yields them in document order. */
export function pushChildrenReversed<T>(stack: T[], node: Node, wrap: (child: Node) => T): void {
  const children = childrenOf(node);
  for (let i = children.length - 1; i >= 0; i--) stack.push(wrap(children[i]!));
}
