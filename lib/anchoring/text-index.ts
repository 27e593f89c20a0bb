/**
 * The normalised text of a root element with a map from every character back to its DOM text node.
 * All anchoring works on this text, so it never depends on how the page indents or wraps its markup.
 *
 * - `text`: whitespace runs collapsed to one space; block boundaries (`<p>`, `<li>`, `<br>`...) count
 *   as whitespace, so `<p>a</p><p>b</p>` reads "a b" just like Readability's "a\n\nb".
 * - `stripped`: `text` without spaces, the form matchers compare (see normalize.ts).
 * Text in `script`, `style`, `noscript`, `template` and our own UI (`[data-precis-ui]`) is left out.
 */
import { pushChildrenReversed } from './dom-walk.ts';

const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'img', 'picture', 'body', 'html',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface TextIndex {
  root: Element;
  text: string;
  stripped: string;
  /** For each character of `stripped`, its index in `text`. */
  strippedToText: Int32Array;
  /** Text nodes in document order; `charNode[i]` indexes this array. */
  nodes: Text[];
  /** Pre-order number of each entry of `nodes`, for ordering boundary points. */
  nodePre: Int32Array;
  charNode: Int32Array;
  /** Offset of the character inside its text node (for a collapsed space: of the next character). */
  charOffset: Int32Array;
  /** Pre-order number of every node under the root, and of the last node of each element's subtree. */
  pre: Map<Node, number>;
  last: Map<Node, number>;
}

export function tagOf(node: Node): string {
  return node.nodeName.toLowerCase();
}

/** True for subtrees whose text is never part of the page's readable text. */
export function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(tagOf(el)) || el.hasAttribute('data-precis-ui');
}

/** Whitespace as `\s` defines it, by char code (a regular expression per character is too slow on big pages). */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** The characters normalize.ts ignores: soft hyphen, zero-width space/joiners, word joiner, BOM. */
function isIgnorableCode(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Accumulates the normalised text and, per character, its text node and offset. */
class Builder {
  parts: string[] = [];
  length = 0;
  charNode = new Int32Array(1024);
  charOffset = new Int32Array(1024);
  nodes: Text[] = [];
  nodePre: number[] = [];
  pendingSpace = false;

  private push(ch: string, node: number, offset: number): void {
    if (this.length === this.charNode.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.charNode = grow(this.charNode);
      this.charOffset = grow(this.charOffset);
    }
    this.charNode[this.length] = node;
    this.charOffset[this.length] = offset;
    this.length++;
    this.parts.push(ch);
  }

  appendTextNode(node: Text, pre: number): void {
    const data = node.data;
    const nodeIndex = this.nodes.length;
    this.nodes.push(node);
    this.nodePre.push(pre);
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isIgnorableCode(c)) continue;
      if (isSpaceCode(c)) {
        this.pendingSpace = true;
        continue;
      }
      if (this.pendingSpace && this.length > 0) this.push(' ', nodeIndex, i);
      this.pendingSpace = false;
      this.push(data.charAt(i), nodeIndex, i);
    }
  }
}

/** Walks the root once (iteratively: some pages nest thousands of levels deep). */
export function buildTextIndex(root: Element): TextIndex {
  const b = new Builder();
  const pre = new Map<Node, number>();
  const last = new Map<Node, number>();
  let counter = 0;
  // Each entry is a node to enter, or (exit = true) an element whose subtree is finished.
  const stack: { node: Node; exit: boolean; skipped: boolean }[] = [{ node: root, exit: false, skipped: false }];
  while (stack.length > 0) {
    const { node, exit, skipped } = stack.pop()!;
    if (exit) {
      last.set(node, counter - 1);
      if (BLOCK_TAGS.has(tagOf(node))) b.pendingSpace = true;
      continue;
    }
    pre.set(node, counter++);
    if (node.nodeType === TEXT_NODE) {
      if (!skipped) b.appendTextNode(node as Text, counter - 1);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const childSkipped = skipped || (node !== root && isSkippedElement(node as Element));
    if (BLOCK_TAGS.has(tagOf(node))) b.pendingSpace = true;
    stack.push({ node, exit: true, skipped: childSkipped });
    pushChildrenReversed(stack, node, (child) => ({ node: child, exit: false, skipped: childSkipped }));
  }
  const text = b.parts.join('');
  const strippedToText = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 32) strippedToText[n++] = i;
  return {
    root,
    text,
    stripped: text.replace(/ /g, ''),
    strippedToText: strippedToText.slice(0, n),
    nodes: b.nodes,
    nodePre: Int32Array.from(b.nodePre),
    charNode: b.charNode.slice(0, b.length),
    charOffset: b.charOffset.slice(0, b.length),
    pre,
    last,
  };
}

/**
 * A DOM boundary point as a sortable key (pre-order number, offset), comparable with the keys of
 * the index's characters. Null when the point is not under the root.
 */
function boundaryKey(index: TextIndex, container: Node, offset: number): [number, number] | null {
  const p = index.pre.get(container);
  if (p === undefined) return null;
  if (container.nodeType === TEXT_NODE) return [p, offset];
  const child = container.childNodes[offset];
  if (child) {
    const childPre = index.pre.get(child);
    return childPre === undefined ? null : [childPre, 0];
  }
  return [(index.last.get(container) ?? p) + 1, 0];
}

/** Index of the first character of `text` at or after the boundary point (text.length if none). */
export function textOffsetOf(index: TextIndex, container: Node, offset: number): number | null {
  const key = boundaryKey(index, container, offset);
  if (!key) return null;
  let lo = 0;
  let hi = index.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const p = index.nodePre[index.charNode[mid]!]!;
    const before = p < key[0] || (p === key[0] && index.charOffset[mid]! < key[1]);
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Narrows [start, end) of `text` so it neither starts nor ends with a space. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return [start, end];
}

/** Converts a span of `stripped` to the matching span of `text`. */
export function strippedSpanToText(index: TextIndex, start: number, end: number): [number, number] {
  const s = index.strippedToText[start]!;
  const e = index.strippedToText[end - 1]! + 1;
  return [s, e];
}

/** First index of `stripped` whose character sits at or after `textOffset`. */
export function textToStrippedOffset(index: TextIndex, textOffset: number): number {
  let lo = 0;
  let hi = index.strippedToText.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.strippedToText[mid]! < textOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
