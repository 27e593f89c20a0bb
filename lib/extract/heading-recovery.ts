/**
 * Puts back section headings that Readability dropped.
 *
 * Readability removes h1/h2 whose class looks negative (`_cleanHeaders`), headings that sit
 * outside its chosen container, and headings resembling the title. Without them the article's
 * sections vanish. A heading of the original page is put back when the very next text after
 * it (in the original) is a block that Readability kept: that is where a section heading sits.
 * Page junk headings ("Latest stories", "LEAVE A REPLY") are followed by links, forms or
 * nothing from the article, so they never qualify.
 */
import { closestWhere, hasDescendantWhere } from '../dom/query.ts';
import type { SourcedBlock } from './blocks.ts';
import { SKIPPED, classOf, headingLevelOf, inlineText, isHidden, pageBody, tagOf } from './dom-text.ts';
import { isFurnitureLabel } from './junk.ts';
import { repeatsTitle } from './title-similarity.ts';
import { normalizeSpaces, visibleLength } from './whitespace.ts';

/** Elements whose whole text may equal one block of Readability's output. */
const MATCHABLE = new Set(['p', 'li', 'blockquote', 'dd', 'dt', 'td', 'th', 'figcaption', 'pre']);

/** Headings inside these are page furniture, wherever they sit. */
const FURNITURE = new Set(['nav', 'aside', 'footer', 'form', 'dialog']);

/** Class or id of a heading that announces furniture. */
const FURNITURE_NAME = /related|comment|share|social|newsletter|subscribe|promo|sponsor|advert|sidebar|widget/i;

const MAX_HEADING_CHARS = 150;

/** Share of a heading's text inside one link that makes it a link to elsewhere. */
const TEASER_LINK_SHARE = 0.9;

interface LostHeading {
  level: number;
  text: string;
}

/** Looks up kept blocks by text. */
class KeptBlocks {
  private readonly byText = new Map<string, number[]>();

  constructor(blocks: SourcedBlock[]) {
    blocks.forEach((sourced, index) => {
      const key = normalizeSpaces(sourced.block.text);
      const list = this.byText.get(key);
      if (list) list.push(index);
      else this.byText.set(key, [index]);
    });
  }

  has(text: string): boolean {
    return this.byText.has(text);
  }

  /** The first kept block with this text after index `after`, or null. */
  indexAfter(text: string, after: number): number | null {
    return this.byText.get(text)?.find((candidate) => candidate > after) ?? null;
  }
}

/** `a[href]` */
const isLink = (el: Element): boolean => tagOf(el) === 'a' && el.hasAttribute('href');
/** `nav, aside, footer, form, dialog` */
const isFurniture = (el: Element): boolean => FURNITURE.has(tagOf(el));

/**
 * A heading that is (or sits in) a link to another page is a teaser for that page ("previous
 * story" boxes, the title linking to its permalink). Links to "#anchors" are section headings.
 */
function isTeaser(el: Element, text: string): boolean {
  const outer = closestWhere(el, isLink);
  if (outer) return !(outer.getAttribute('href') ?? '').startsWith('#');
  const textLength = visibleLength(text);
  return hasDescendantWhere(
    el,
    (link) =>
      isLink(link) &&
      !(link.getAttribute('href') ?? '').startsWith('#') &&
      visibleLength(link.textContent ?? '') >= TEASER_LINK_SHARE * textLength,
  );
}

function isSectionHeadingCandidate(el: Element, text: string, title: string): boolean {
  if (text === '' || text.length > MAX_HEADING_CHARS) return false;
  if (isFurnitureLabel(text) || repeatsTitle(text, title) || isTeaser(el, text)) return false;
  const name = `${classOf(el)} ${el.getAttribute('id') ?? ''}`;
  if (FURNITURE_NAME.test(name)) return false;
  return closestWhere(el, isFurniture) === null;
}

/** The node after `node`'s subtree in document order, staying inside `root`; null at the end. */
function nextAfter(node: Node, root: Element): Node | null {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}

function textOfBlock(el: Element): string {
  return normalizeSpaces(inlineText(el).text);
}

/**
 * `textOfBlock`, remembered for one recovery: headings in one large cell or list item (table layouts) all
 * ask for that container's text, which should be read once.
 */
function rememberedTexts(): (el: Element) => string {
  const texts = new Map<Element, string>();
  return (el) => {
    let text = texts.get(el);
    if (text === undefined) texts.set(el, (text = textOfBlock(el)));
    return text;
  };
}

/** A heading, or an element whose whole text may be one kept block. */
function isComparable(el: Element): boolean {
  return headingLevelOf(el) !== null || MATCHABLE.has(tagOf(el));
}

/**
 * True when reading the page in order reaches `heading`: it sits in the body, not in a skipped or hidden
 * part, and not inside a block that is kept whole (such a block is read as one, its heading with it).
 */
function isReached(heading: Element, body: Element, kept: KeptBlocks, textOf: (el: Element) => string): boolean {
  for (let el: Element | null = heading; el !== body; el = el.parentElement) {
    if (!el) return false;
    if (SKIPPED.has(tagOf(el)) || isHidden(el)) return false;
    if (el !== heading && isComparable(el) && kept.has(textOf(el))) return false;
  }
  return true;
}

/**
 * Reads on from a lost heading to the next text of the page. When that text is a kept block, returns its
 * text with the lost headings met on the way (a sub-heading right under a lost heading is lost too);
 * when it is anything else, null.
 */
function readOn(from: Element, body: Element, kept: KeptBlocks, title: string): { text: string; chain: Element[] } | null {
  const chain: Element[] = [];
  let node = nextAfter(from, body);
  while (node) {
    if (node.nodeType === 3) {
      if (/[\p{L}\p{N}]/u.test(node.nodeValue ?? '')) return null;
      node = nextAfter(node, body);
      continue;
    }
    const el = node as Element;
    if (node.nodeType !== 1 || SKIPPED.has(tagOf(el)) || isHidden(el)) {
      node = nextAfter(node, body);
      continue;
    }
    if (isComparable(el)) {
      const text = textOfBlock(el);
      if (kept.has(text)) return { text, chain };
      if (headingLevelOf(el) !== null) {
        if (!isSectionHeadingCandidate(el, text, title)) return null;
        chain.push(el);
        node = nextAfter(el, body);
        continue;
      }
    }
    node = el.firstChild ?? nextAfter(el, body);
  }
  return null;
}

/**
 * The lost headings, by the index of the kept block each directly precedes. Only the page's headings
 * and the text right after them are read, not the whole page: `headings` are its h1–h6 in document order.
 */
function findLostHeadings(
  original: Document,
  kept: KeptBlocks,
  title: string,
  headings: readonly Element[],
): Map<number, LostHeading[]> {
  const found = new Map<number, LostHeading[]>();
  const body = pageBody(original);
  if (!body) return found;
  const done = new Set<Element>();
  const textOf = rememberedTexts();
  let lastAnchor = -1;
  for (const heading of headings) {
    if (done.has(heading) || !isReached(heading, body, kept, textOf)) continue;
    const text = textOfBlock(heading);
    if (kept.has(text) || !isSectionHeadingCandidate(heading, text, title)) continue;
    const next = readOn(heading, body, kept, title);
    if (!next) continue;
    next.chain.forEach((el) => done.add(el));
    const index = kept.indexAfter(next.text, lastAnchor);
    if (index === null) continue;
    lastAnchor = index;
    found.set(
      index,
      [heading, ...next.chain].map((el) => ({ level: headingLevelOf(el)!, text: textOfBlock(el) })),
    );
  }
  return found;
}

/**
 * `blocks` with the original page's lost section headings put back in place. `headings` are the page's
 * h1–h6 in document order, when the caller already has them (the page survey does).
 */
export function recoverHeadings(
  original: Document,
  blocks: SourcedBlock[],
  title: string,
  headings: readonly Element[] = Array.from(original.querySelectorAll('h1, h2, h3, h4, h5, h6')),
): SourcedBlock[] {
  const lost = findLostHeadings(original, new KeptBlocks(blocks), title, headings);
  if (lost.size === 0) return blocks;
  const out: SourcedBlock[] = [];
  blocks.forEach((sourced, index) => {
    for (const heading of lost.get(index) ?? []) {
      out.push({ block: { kind: 'heading', level: heading.level, text: heading.text }, unlinked: heading.text });
    }
    out.push(sourced);
  });
  return out;
}
