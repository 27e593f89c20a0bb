/**
 * schema.org FAQPage in microdata: `itemscope itemtype=".../Question"` items with `itemprop="name"` and an
 * `acceptedAnswer` whose `itemprop="text"` holds the answer. Questions of a QAPage (a forum thread) are
 * not an FAQ and are left out.
 */
import type { FoundPair, Region } from './region.ts';
import { textOf } from './text.ts';

function hasItemType(el: Element, type: string): boolean {
  return (el.getAttribute('itemtype') ?? '')
    .split(/\s+/)
    .some((t) => t.replace(/^.*[/:#]/, '').toLowerCase() === type.toLowerCase());
}

/** The item an element's property belongs to: its nearest `itemscope` ancestor (not itself). */
function owningItem(el: Element): Element | null {
  return el.parentElement?.closest('[itemscope]') ?? null;
}

/** Value of property `name` of `item`, not of items nested inside it. */
function property(item: Element, name: string): Element | null {
  for (const el of Array.from(item.querySelectorAll('[itemprop]'))) {
    const names = (el.getAttribute('itemprop') ?? '').split(/\s+/);
    if (names.includes(name) && owningItem(el) === item) return el;
  }
  return null;
}

function propertyText(el: Element | null): string {
  if (!el) return '';
  return el.hasAttribute('content') ? (el.getAttribute('content') ?? '').trim() : textOf(el);
}

function insideQaPage(el: Element): boolean {
  for (let item = owningItem(el); item; item = owningItem(item)) if (hasItemType(item, 'QAPage')) return true;
  return false;
}

export function readMicrodata(region: Region): FoundPair[] {
  const pairs: FoundPair[] = [];
  for (const item of Array.from(region.root.querySelectorAll('[itemscope][itemtype]'))) {
    if (!hasItemType(item, 'Question') || insideQaPage(item)) continue;
    const answer = property(item, 'acceptedAnswer') ?? property(item, 'suggestedAnswer');
    const question = propertyText(property(item, 'name'));
    const answerText = answer ? propertyText(property(answer, 'text') ?? answer) : '';
    if (question && answerText) {
      pairs.push({ question, answer: answerText, source: 'microdata', position: region.context.position(item) });
    }
  }
  return pairs;
}
