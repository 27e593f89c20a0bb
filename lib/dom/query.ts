/**
 * `closest`, `querySelector` and `querySelectorAll` with a test function in place of a selector. Some
 * DOMs (linkedom) compile the selector and run a generic matcher on every call, which costs more than
 * the walk itself; these visit the same elements a selector would. The content of a `<template>` is
 * not searched, as a selector does not search it: browsers keep it apart from the document, linkedom
 * keeps it in place.
 */

/** The element or its nearest ancestor that passes `test`, as `closest()` finds it. */
export function closestWhere(el: Element, test: (candidate: Element) => boolean): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) if (test(node)) return node;
  return null;
}

/** Calls `visit` for each descendant of `root` in document order until it returns true; says whether one did. */
function walkDescendants(root: Element, visit: (el: Element) => boolean): boolean {
  // Iterative, last child first, so elements come off the stack in document order.
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (visit(el)) return true;
    // The template itself is matched, its content is not (see above).
    if (el.localName === 'template') continue;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return false;
}

/** The descendants of `root` that pass `test`, in document order. */
export function descendantsWhere(root: Element, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  walkDescendants(root, (el) => {
    if (test(el)) found.push(el);
    return false;
  });
  return found;
}

/** True when some descendant of `root` passes `test`. */
export function hasDescendantWhere(root: Element, test: (el: Element) => boolean): boolean {
  return walkDescendants(root, test);
}
