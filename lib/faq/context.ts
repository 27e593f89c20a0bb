/**
 * Which parts of a page region are an FAQ section: those after a heading that says "FAQ" (in any of
 * the languages `isFaqHeading` knows) up to the next heading of the same or a higher level, and those
 * inside an element named for it (`id="faq"`, `class="faq-list"`, a schema.org FAQPage scope, an
 * `aria-label` of "FAQ"). Also gives every element its position in reading order.
 */
import type { Block } from './blocks.ts';
import { isFaqHeading, looksLikeQuestion } from './question.ts';
import { classOf } from './text.ts';

/** A bold paragraph saying "FAQ" opens a section that any real heading closes. */
const BOLD_HEADING_LEVEL = 7;

const FAQ_NAME = /faq/i;

/** The element itself is named for the FAQ: `id="faq"`, `class="faq-list"`, a FAQPage scope, an FAQ `aria-label`. */
export function namesFaq(el: Element): boolean {
  return (
    FAQ_NAME.test(`${el.getAttribute('id') ?? ''} ${classOf(el)}`) ||
    /FAQPage/i.test(el.getAttribute('itemtype') ?? '') ||
    isFaqHeading(el.getAttribute('aria-label') ?? '')
  );
}

/**
 * True when the page as a whole is an FAQ: its title and its `<h1>` both name one. Such a page often
 * sets its `<h1>` in a page header the readers skip as furniture, and groups its questions under topic
 * headings ("Billing", "Accounts") with one question or two each, so neither an FAQ heading above them
 * nor a run of questions would tell.
 */
export function isFaqPage(doc: Document): boolean {
  if (!isFaqHeading(doc.title)) return false;
  for (const h1 of Array.from(doc.getElementsByTagName('h1'))) if (isFaqHeading(h1.textContent ?? '')) return true;
  return false;
}

interface SectionMark {
  order: number;
  inFaq: boolean;
}

export class FaqContext {
  private order: Map<Element, number> | null = null;
  private marks: SectionMark[] | null = null;
  private readonly named = new Map<Element, boolean>();

  /**
   * `blocks` is asked for only when FAQ sections are looked for; `mayHaveFaqSections` false (no text on
   * the page could name one) skips that, and numbering waits for the first `position` asked.
   * `wholePage`: the page as a whole is an FAQ (see `isFaqPage`), so every part of it is an FAQ section.
   */
  constructor(
    private readonly root: Element,
    private readonly blocks: () => readonly Block[],
    private readonly mayHaveFaqSections = true,
    private readonly wholePage = false,
  ) {}

  /** Position of an element in reading order (elements outside the region come last). */
  position(el: Element): number {
    this.order ??= this.numberElements();
    return this.order.get(el) ?? Number.MAX_SAFE_INTEGER;
  }

  /** True when the element sits in an FAQ section or inside an element named for the FAQ. */
  inFaq(el: Element): boolean {
    return this.wholePage || this.isNamedFaq(el) || (this.mayHaveFaqSections && this.sectionIsFaq(this.position(el)));
  }

  private numberElements(): Map<Element, number> {
    const order = new Map<Element, number>();
    const stack: Element[] = [this.root];
    let next = 0;
    while (stack.length > 0) {
      const el = stack.pop() as Element;
      order.set(el, next++);
      for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
    }
    return order;
  }

  private markSections(): SectionMark[] {
    const marks: SectionMark[] = [];
    let faqLevel: number | null = null;
    for (const block of this.blocks()) {
      const level = block.headingLevel || (block.boldOnly ? BOLD_HEADING_LEVEL : 0);
      if (level === 0) continue;
      if (isFaqHeading(block.text)) {
        faqLevel = level;
      } else if (block.headingLevel === 0) {
        continue; // an ordinary bold paragraph does not end a section
      } else if (faqLevel !== null && level <= faqLevel && !looksLikeQuestion(block.text)) {
        // Question headings at the FAQ heading's own level are the FAQ's entries, not a new section.
        faqLevel = null;
      }
      marks.push({ order: this.position(block.el), inFaq: faqLevel !== null });
    }
    return marks;
  }

  private sectionIsFaq(order: number): boolean {
    this.marks ??= this.markSections();
    const marks = this.marks;
    // The last mark at or before `order` says which section the element is in.
    let low = 0;
    let high = marks.length - 1;
    let found: SectionMark | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const mark = marks[mid] as SectionMark;
      if (mark.order <= order) {
        found = mark;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found?.inFaq ?? false;
  }

  private isNamedFaq(el: Element): boolean {
    const known = this.named.get(el);
    if (known !== undefined) return known;
    let named = false;
    if (el !== this.root && el.parentElement) named = namesFaq(el) || this.isNamedFaq(el.parentElement);
    this.named.set(el, named);
    return named;
  }
}
