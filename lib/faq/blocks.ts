/**
 * The content of a page region as a flat list of blocks in reading order: headings and paragraphs-like
 * runs of text, each with its lines (split at `<br>`), whether it is set entirely in bold, and whether
 * an FAQ section contains it. The text-based readers (question headings, "Q:"/"A:" text) work on this list.
 */
import { isFurniture } from './scope.ts';
import { BLOCK_TAGS, collapseSpace, isSkipped, linesOf, piecesToLines, tagOf, wrapsOnly } from './text.ts';

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
const COMMENT_NODE = 8;
const BOLD_TAGS = new Set(['STRONG', 'B']);
const ITALIC_TAGS = new Set(['EM', 'I']);
const HEADING_LEVELS = new Map([['H1', 1], ['H2', 2], ['H3', 3], ['H4', 4], ['H5', 5], ['H6', 6]]);

/** 1–6 for a heading (`h1`–`h6`, or `role="heading"` at its `aria-level`), 0 for anything else. */
export function headingLevel(el: Element): number {
  const level = HEADING_LEVELS.get(tagOf(el));
  if (level !== undefined) return level;
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

/** A run of inline content read once: its text pieces (as `linesOfNodes` reads them) and its style. */
class InlineReader {
  readonly pieces: string[] = [];
  readonly counts: StyleCounts = { all: 0, bold: 0, italic: 0, link: 0 };

  /** The same text and line breaks as `appendText` in text.ts, with the style of every character counted. */
  read(node: Node, bold: boolean, italic: boolean, link: boolean): void {
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      this.pieces.push(text);
      const visible = text.replace(/[\s\u00a0\u200b\ufeff]+/g, '').length;
      this.counts.all += visible;
      if (bold) this.counts.bold += visible;
      if (italic) this.counts.italic += visible;
      if (link) this.counts.link += visible;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || isSkipped(node as Element)) return;
    const el = node as Element;
    const tag = tagOf(el);
    if (tag === 'BR') {
      this.pieces.push('\n');
      return;
    }
    const inBold = bold || BOLD_TAGS.has(tag);
    const inItalic = italic || ITALIC_TAGS.has(tag);
    const inLink = link || (tag === 'A' && isOutboundLink(el));
    const block = BLOCK_TAGS.has(tag);
    if (block) this.pieces.push('\n');
    for (let child = el.firstChild; child; child = child.nextSibling) this.read(child, inBold, inItalic, inLink);
    if (block) this.pieces.push('\n');
  }
}

/** The child nodes of `el`, read one by one (some DOMs build a live list for `childNodes`). */
function childrenOf(el: Element): Node[] {
  const nodes: Node[] = [];
  for (let child = el.firstChild; child; child = child.nextSibling) nodes.push(child);
  return nodes;
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
    return leadingBold(childrenOf(el));
  }
  return '';
}

/** The lines of some nodes and the style of their text, in one walk. */
function readInline(nodes: readonly Node[]): { lines: string[]; style: StyleCounts } {
  const reader = new InlineReader();
  for (const node of nodes) reader.read(node, false, false, false);
  return { lines: piecesToLines(reader.pieces), style: reader.counts };
}

function textBlock(el: Element, nodes: readonly Node[]): Block | null {
  const { lines, style } = readInline(nodes);
  if (lines.length === 0) return null;
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

/** A heading's block: its level ranks it, so bold and italic say nothing about it. */
function headingBlock(el: Element, level: number): Block | null {
  const { lines, style } = readInline(childrenOf(el));
  if (lines.length === 0) return null;
  return {
    el,
    headingLevel: level,
    lines,
    text: lines.join(' '),
    boldOnly: false,
    boldLead: '',
    italicOnly: false,
    linkOnly: style.link === style.all || insideOutboundLink(el),
  };
}

const BLANK = /^[\s\u00a0\u200b\ufeff]*$/;

/** Nodes that can give no line: whitespace between blocks, comments. Most runs between blocks are only that. */
function isBlankRun(nodes: readonly Node[]): boolean {
  return nodes.every(
    (node) => node.nodeType === COMMENT_NODE || (node.nodeType === TEXT_NODE && BLANK.test(node.nodeValue ?? '')),
  );
}

/**
 * Adds to `containers` the elements of `el`'s subtree (itself included) that have a block-level
 * element somewhere inside, in one pass (asking each element with a selector costs a walk of its
 * subtree each time); says whether `el` is one.
 */
function addContainers(el: Element, containers: Set<Element>): boolean {
  let holdsBlock = false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (addContainers(child, containers) || BLOCK_TAGS.has(tagOf(child))) holdsBlock = true;
  }
  if (holdsBlock) containers.add(el);
  return holdsBlock;
}

function collect(el: Element, containers: ReadonlySet<Element>, out: Block[]): void {
  if (isSkipped(el) || isFurniture(el)) return;
  const level = headingLevel(el);
  if (level > 0) {
    const block = headingBlock(el, level);
    if (block) out.push(block);
    return;
  }
  if (!containers.has(el)) {
    const block = textBlock(el, childrenOf(el));
    if (block) out.push(block);
    return;
  }
  // A container: its block children are visited in turn, loose inline runs between them become blocks.
  let inline: Node[] = [];
  const flush = (): void => {
    if (inline.length === 0 || isBlankRun(inline)) {
      inline = [];
      return;
    }
    const first = inline.find((node) => node.nodeType === ELEMENT_NODE) as Element | undefined;
    const block = textBlock(first ?? el, inline);
    if (block) out.push(block);
    inline = [];
  };
  for (let child = el.firstChild; child; child = child.nextSibling) {
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
  const containers = new Set<Element>();
  addContainers(root, containers);
  collect(root, containers, out);
  return out;
}

/**
 * The nearest ancestor holding more than the block itself (page builders wrap each heading alone): where
 * a question set in its own wrapper (`<div class="faq-item">`) ends, its answer ends too.
 */
export function wrapperOf(block: Block): Element | null {
  let inner: Element = block.el;
  let wrapper = inner.parentElement;
  while (wrapper?.parentElement && wrapsOnly(wrapper, inner)) {
    inner = wrapper;
    wrapper = wrapper.parentElement;
  }
  return wrapper;
}
