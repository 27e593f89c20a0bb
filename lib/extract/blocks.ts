/**
 * Turns an article's content element into heading and paragraph blocks in reading order.
 *
 * The walk is iterative (an explicit stack, not recursion) so a pathologically nested page
 * cannot overflow the call stack, and it is linear in the size of the element.
 */
import type { Block } from '../types.ts';
import { boldHeadingLevel, isBoldOnlyHeading } from './bold-headings.ts';
import { BLOCK_LEVEL, SKIPPED, headingLevelOf, inlineText, isHidden, tagOf } from './dom-text.ts';
import { collapseRuns, normalizeLines, normalizeSpaces } from './whitespace.ts';

/** A block plus what the junk filter needs to know about where it came from. */
export interface SourcedBlock {
  block: Block;
  /** The block's text outside links ("Related:" in "Related: <a>…</a>"), for link density. */
  unlinked: string;
}

/** Collects the loose inline text between block elements into paragraph blocks. */
class ParagraphBuffer {
  private raw = '';
  private unlinked = '';

  add(text: string, inLink: boolean): void {
    this.raw += text;
    if (!inLink) this.unlinked += text;
  }

  flushInto(out: SourcedBlock[]): void {
    const text = normalizeLines(this.raw);
    if (text) out.push({ block: { kind: 'paragraph', text }, unlinked: normalizeSpaces(this.unlinked) });
    this.raw = '';
    this.unlinked = '';
  }
}

type Step = { node: Node; inLink: boolean } | { exit: Element };

/**
 * The walk behind {@link articleBlocks}, keeping each block's unlinked text for the junk filter. With
 * `maxChars`, the walk stops once its blocks hold that much text (a huge page is cut later anyway).
 */
export function sourcedBlocks(root: Element, maxChars = Infinity): SourcedBlock[] {
  const out: SourcedBlock[] = [];
  const buffer = new ParagraphBuffer();
  // Worked out on first use: most articles have no bold-paragraph headings, and it is a walk of `root`.
  let boldLevel: number | null = null;
  const stack: Step[] = [{ node: root, inLink: false }];
  let chars = 0;
  let counted = 0;

  while (stack.length > 0) {
    // Only new blocks are counted, so the check stays linear.
    for (; counted < out.length; counted++) chars += out[counted]!.block.text.length;
    if (chars >= maxChars) return out;
    const step = stack.pop()!;
    if ('exit' in step) {
      buffer.flushInto(out);
      continue;
    }
    const { node, inLink } = step;
    if (node.nodeType === 3) {
      buffer.add(collapseRuns(node.nodeValue ?? ''), inLink);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = tagOf(el);
    if (SKIPPED.has(tag) || isHidden(el)) continue;
    if (tag === 'br') {
      buffer.add('\n', inLink);
      continue;
    }

    const level = headingLevelOf(el);
    if (level !== null) {
      buffer.flushInto(out);
      const { text, unlinked } = inlineText(el);
      const single = normalizeSpaces(text);
      if (single) out.push({ block: { kind: 'heading', level, text: single }, unlinked });
      continue;
    }
    if (tag === 'p' && isBoldOnlyHeading(el)) {
      buffer.flushInto(out);
      const { text, unlinked } = inlineText(el);
      boldLevel ??= boldHeadingLevel(root);
      out.push({ block: { kind: 'heading', level: boldLevel, text: normalizeSpaces(text) }, unlinked });
      continue;
    }
    if (tag === 'pre') {
      buffer.flushInto(out);
      const text = preText(el);
      if (text) out.push({ block: { kind: 'paragraph', text }, unlinked: text });
      continue;
    }

    const isBlock = BLOCK_LEVEL.has(tag);
    if (isBlock) {
      buffer.flushInto(out);
      stack.push({ exit: el });
    }
    const link = inLink || tag === 'a';
    // Last child first, so nodes come off the stack in document order (`childNodes` would build a list).
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push({ node: child, inLink: link });
  }
  buffer.flushInto(out);
  return out;
}

/** Preformatted text keeps its lines; blank lines go so they cannot read as paragraph breaks. */
function preText(el: Element): string {
  return (el.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/**
 * Headings (h1–h6, and paragraphs that are only a short bold label) and paragraphs (p, li,
 * blockquote, pre, table cells, dt/dd, loose text in divs) of `root`, in reading order.
 * Whitespace is collapsed; `<br>` inside a paragraph becomes "\n".
 */
export function articleBlocks(root: Element): Block[] {
  return sourcedBlocks(root).map((sourced) => sourced.block);
}
