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
import type { SourcedBlock } from './blocks';
import { SKIPPED, headingLevelOf, inlineText, isHidden, pageBody, tagOf } from './dom-text';
import { isFurnitureLabel } from './junk';
import { repeatsTitle } from './title-similarity';
import { normalizeSpaces, visibleLength } from './whitespace';

/** Elements whose whole text may equal one block of Readability's output. */
const MATCHABLE = new Set(['p', 'li', 'blockquote', 'dd', 'dt', 'td', 'th', 'figcaption', 'pre']);

/** Headings inside these are page furniture, wherever they sit. */
const FURNITURE = 'nav, aside, footer, form, dialog';

/** Class or id of a heading that announces furniture. */
const FURNITURE_NAME = /related|comment|share|social|newsletter|subscribe|promo|sponsor|advert|sidebar|widget/i;

const MAX_HEADING_CHARS = 150;

/** Share of a heading's text inside one link that makes it a link to elsewhere. */
const TEASER_LINK_SHARE = 0.9;

interface LostHeading {
  level: number;
  text: string;
}

/** Looks up kept blocks by text, in reading order. */
class KeptBlocks {
  private readonly byText = new Map<string, number[]>();
  private last = -1;

  constructor(blocks: SourcedBlock[]) {
    blocks.forEach((sourced, index) => {
      const key = normalizeSpaces(sourced.block.text);
      const list = this.byText.get(key);
      if (list) list.push(index);
      else this.byText.set(key, [index]);
    });
  }

  /** The index of the next kept block with this text after the previous match, or null. */
  take(text: string): number | null {
    const list = this.byText.get(normalizeSpaces(text));
    const index = list?.find((candidate) => candidate > this.last);
    if (index === undefined) return null;
    this.last = index;
    return index;
  }
}

/**
 * A heading that is (or sits in) a link to another page is a teaser for that page ("previous
 * story" boxes, the title linking to its permalink). Links to "#anchors" are section headings.
 */
function isTeaser(el: Element, text: string): boolean {
  const outer = el.closest('a[href]');
  if (outer) return !(outer.getAttribute('href') ?? '').startsWith('#');
  return Array.from(el.querySelectorAll('a[href]')).some(
    (link) =>
      !(link.getAttribute('href') ?? '').startsWith('#') &&
      visibleLength(link.textContent ?? '') >= TEASER_LINK_SHARE * visibleLength(text),
  );
}

function isSectionHeadingCandidate(el: Element, text: string, title: string): boolean {
  if (text === '' || text.length > MAX_HEADING_CHARS) return false;
  if (isFurnitureLabel(text) || repeatsTitle(text, title) || isTeaser(el, text)) return false;
  const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (FURNITURE_NAME.test(name)) return false;
  return el.closest(FURNITURE) === null;
}

/**
 * Walks the original page in document order and returns, per kept block index, the lost
 * headings that directly precede it.
 */
function findLostHeadings(original: Document, kept: KeptBlocks, title: string): Map<number, LostHeading[]> {
  const found = new Map<number, LostHeading[]>();
  let pending: LostHeading[] = [];
  const anchorAt = (index: number): void => {
    if (pending.length > 0) found.set(index, pending);
    pending = [];
  };

  const body = pageBody(original);
  const stack: Node[] = body ? [body] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      // Any other text between a heading and the article's next block: not a section heading.
      if (/[\p{L}\p{N}]/u.test(node.nodeValue ?? '')) pending = [];
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = tagOf(el);
    if (SKIPPED.has(tag) || isHidden(el)) continue;

    const level = headingLevelOf(el);
    if (level !== null || MATCHABLE.has(tag)) {
      const text = normalizeSpaces(inlineText(el).text);
      const index = kept.take(text);
      if (index !== null) {
        anchorAt(index);
        continue;
      }
      if (level !== null) {
        if (isSectionHeadingCandidate(el, text, title)) pending.push({ level, text });
        else pending = [];
        continue;
      }
    }
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return found;
}

/** `blocks` with the original page's lost section headings put back in place. */
export function recoverHeadings(original: Document, blocks: SourcedBlock[], title: string): SourcedBlock[] {
  const lost = findLostHeadings(original, new KeptBlocks(blocks), title);
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
