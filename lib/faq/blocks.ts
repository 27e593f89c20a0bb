/**
 * The content of a page region as a flat list of blocks in reading order: headings and paragraphs-like
 * runs of text, each with its lines (split at `<br>`), whether it is set entirely in bold, and whether
 * an FAQ section contains it. The text-based readers (question headings, "Q:"/"A:" text) work on this list.
 */
import { isFurniture } from './scope.ts';
import { BLOCK_TAGS, collapseSpace, isSkipped, linesOf, linesOfNodes, tagOf } from './text.ts';

export interface Block {
  /** The element the text was read from (for loose text inside a container: the container). */
  el: Element;
  /** 1–6 for a heading, 0 for text. */
  headingLevel: number;
  lines: string[];
  text: string;
  /** Every character is inside `<strong>`/`<b>`: a paragraph standing in for a heading. */
  boldOnly: boolean;
  /** The bold text the block opens with ('' when it does not open in bold). */
  boldLead: string;
  /** Every character is in `<em>`/`<i>`: an editor's note ("This interview has been edited"), never an answer. */
  italicOnly: boolean;
  /** Every character is link text: a teaser pointing to another page ("Read: Is coffee bad for you?"). */
  linkOnly: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const BOLD_TAGS = new Set(['STRONG', 'B']);
const ITALIC_TAGS = new Set(['EM', 'I']);

function headingLevel(el: Element): number {
  const tag = tagOf(el);
  if (/^H[1-6]$/.test(tag)) return Number(tag[1]);
  if (el.getAttribute('role') === 'heading') {
    const level = Number(el.getAttribute('aria-level') ?? '2');
    return level >= 1 && level <= 6 ? level : 2;
  }
  return 0;
}

/** A link to another page; "#anchor" permalinks on FAQ headings do not make them teasers. */
function isOutboundLink(el: Element): boolean {
  const href = el.getAttribute('href');
  return href !== null && !href.startsWith('#') && !/^javascript:/i.test(href);
}

/** A heading wrapped in a link (`<a href="/story"><h3>…</h3></a>`) is a teaser card. */
function insideOutboundLink(el: Element): boolean {
  // A parent walk rather than `closest('a')`: this runs for every block, and some DOMs compile the selector per call.
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (tagOf(node) === 'A') return isOutboundLink(node);
  }
  return false;
}

/** Visible characters (whitespace aside) of some nodes, in all and inside bold, italic and link elements. */
interface StyleCounts {
  all: number;
  bold: number;
  italic: number;
  link: number;
}

/** One walk over the text, so a block's style costs the same as reading it. */
function styleCounts(nodes: readonly Node[]): StyleCounts {
  const counts: StyleCounts = { all: 0, bold: 0, italic: 0, link: 0 };
  const visit = (node: Node, bold: boolean, italic: boolean, link: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const visible = (node.nodeValue ?? '').replace(/[\s\u00a0\u200b\ufeff]+/g, '').length;
      counts.all += visible;
      if (bold) counts.bold += visible;
      if (italic) counts.italic += visible;
      if (link) counts.link += visible;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || isSkipped(node as Element)) return;
    const el = node as Element;
    const tag = tagOf(el);
    const inBold = bold || BOLD_TAGS.has(tag);
    const inItalic = italic || ITALIC_TAGS.has(tag);
    const inLink = link || (tag === 'A' && isOutboundLink(el));
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child, inBold, inItalic, inLink);
  };
  for (const node of nodes) visit(node, false, false, false);
  return counts;
}

/** The bold element the nodes open with, looking through wrappers such as `<span>` or `<a>`. */
function leadingBold(nodes: readonly Node[]): string {
  for (const node of nodes) {
    if (node.nodeType === TEXT_NODE) {
      if (collapseSpace(node.nodeValue ?? '') !== '') return '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (tagOf(el) === 'BR' || isSkipped(el)) continue;
    if (BOLD_TAGS.has(tagOf(el))) return linesOf(el).join(' ');
    return leadingBold(Array.from(el.childNodes));
  }
  return '';
}

function textBlock(el: Element, nodes: readonly Node[]): Block | null {
  const lines = linesOfNodes(nodes);
  if (lines.length === 0) return null;
  const style = styleCounts(nodes);
  return {
    el,
    headingLevel: 0,
    lines,
    text: lines.join(' '),
    boldOnly: style.bold === style.all,
    boldLead: leadingBold(nodes),
    italicOnly: style.italic === style.all,
    linkOnly: style.link === style.all || insideOutboundLink(el),
  };
}

/**
 * The elements that have a block-level element somewhere inside, found in one pass (asking each
 * element with a selector costs a walk of its subtree each time).
 */
function containersIn(root: Element): Set<Element> {
  const containers = new Set<Element>();
  const visit = (el: Element): boolean => {
    let holdsBlock = false;
    for (const child of Array.from(el.children)) {
      if (visit(child) || BLOCK_TAGS.has(tagOf(child))) holdsBlock = true;
    }
    if (holdsBlock) containers.add(el);
    return holdsBlock;
  };
  visit(root);
  return containers;
}

function collect(el: Element, containers: ReadonlySet<Element>, out: Block[]): void {
  if (isSkipped(el) || isFurniture(el)) return;
  const level = headingLevel(el);
  if (level > 0) {
    const block = textBlock(el, Array.from(el.childNodes));
    if (block) out.push({ ...block, headingLevel: level, boldOnly: false, boldLead: '', italicOnly: false });
    return;
  }
  if (!containers.has(el)) {
    const block = textBlock(el, Array.from(el.childNodes));
    if (block) out.push(block);
    return;
  }
  // A container: its block children are visited in turn, loose inline runs between them become blocks.
  let inline: Node[] = [];
  const flush = (): void => {
    const first = inline.find((node) => node.nodeType === ELEMENT_NODE) as Element | undefined;
    const block = inline.length > 0 ? textBlock(first ?? el, inline) : null;
    if (block) out.push(block);
    inline = [];
  };
  for (const child of Array.from(el.childNodes)) {
    const isBlockElement =
      child.nodeType === ELEMENT_NODE &&
      (BLOCK_TAGS.has(tagOf(child as Element)) || containers.has(child as Element));
    if (isBlockElement) {
      flush();
      collect(child as Element, containers, out);
    } else {
      inline.push(child);
    }
  }
  flush();
}

/** The blocks of `root` in reading order, leaving out page furniture. */
export function readBlocks(root: Element): Block[] {
  const out: Block[] = [];
  collect(root, containersIn(root), out);
  return out;
}
