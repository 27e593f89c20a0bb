/**
 * XPath-like element paths relative to a root (`/div[2]/p[3]`; `/` is the root), and character
 * offsets into an element's readable text, for the RangeSelector.
 */
import { pushChildrenReversed } from './dom-walk.ts';
import { isSkippedElement, tagOf } from './text-index.ts';

export function pathFromRoot(root: Element, el: Element): string | null {
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node !== root) {
    const tag = tagOf(node);
    let position = 1;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) if (tagOf(s) === tag) position++;
    steps.push(`${tag}[${position}]`);
    node = node.parentElement;
  }
  if (node !== root) return null;
  return '/' + steps.reverse().join('/');
}

const STEP = /^([a-z0-9:_-]+)\[(\d+)\]$/i;

export function elementAtPath(root: Element, path: string): Element | null {
  let node: Element | null = root;
  for (const step of path.split('/').filter(Boolean)) {
    const m = STEP.exec(step);
    if (!m || !node) return null;
    const tag = m[1]!.toLowerCase();
    let remaining = Number(m[2]);
    let found: Element | null = null;
    for (let c: Element | null = node.firstElementChild; c; c = c.nextElementSibling) {
      if (tagOf(c) === tag && --remaining === 0) {
        found = c;
        break;
      }
    }
    node = found;
  }
  return node;
}

/** The element's readable text nodes in document order (skipping script, style and our UI). */
export function readableTextNodes(el: Element): Text[] {
  const out: Text[] = [];
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out.push(node as Text);
    else if (node.nodeType === 1 && (node === el || !isSkippedElement(node as Element))) {
      pushChildrenReversed(stack, node, (child) => child);
    }
  }
  return out;
}

/** Characters of the element's readable text before the point (text node, offset). */
export function charOffsetIn(el: Element, textNode: Text, offset: number): number | null {
  let total = 0;
  for (const node of readableTextNodes(el)) {
    if (node === textNode) return total + offset;
    total += node.data.length;
  }
  return null;
}

/** The inverse of charOffsetIn: the text node and offset `offset` characters into the element's text. */
export function pointAtCharOffset(el: Element, offset: number): { node: Text; offset: number } | null {
  let remaining = offset;
  let lastNode: Text | null = null;
  for (const node of readableTextNodes(el)) {
    if (remaining < node.data.length) return { node, offset: remaining };
    remaining -= node.data.length;
    lastNode = node;
  }
  return lastNode && remaining === 0 ? { node: lastNode, offset: lastNode.data.length } : null;
}
