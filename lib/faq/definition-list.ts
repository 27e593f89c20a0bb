/**
 * `<dl>` lists of questions (`<dt>`) and answers (`<dd>`, possibly several, possibly wrapped in
 * `<div>` as HTML allows). A glossary or a metadata list is not an FAQ: its terms are not questions
 * and it does not sit in an FAQ section.
 */
import { acceptedByGroup, type Candidate } from './group.ts';
import { closestWhere, descendantsWhere } from '../dom/query.ts';
import { inScope, type FoundPair, type Region } from './region.ts';
import { tagOf, textOf } from './text.ts';

const isItem = (el: Element): boolean => tagOf(el) === 'DT' || tagOf(el) === 'DD';
const isList = (el: Element): boolean => tagOf(el) === 'DL';

/** The `<dt>` and `<dd>` elements of `list` itself (not of lists nested in it), in document order. */
function itemsOf(list: Element): Element[] {
  return descendantsWhere(list, isItem).filter((item) => closestWhere(item, isList) === list);
}

interface Entry {
  term: Element;
  descriptions: Element[];
}

function entriesOf(list: Element): Candidate[] {
  const entries: Entry[] = [];
  let current: Entry | null = null;
  for (const item of itemsOf(list)) {
    if (tagOf(item) === 'DT') {
      current = { term: item, descriptions: [] };
      entries.push(current);
    } else if (current) {
      current.descriptions.push(item);
    }
  }
  return entries.map(({ term, descriptions }) => ({
    el: term,
    group: list,
    question: textOf(term),
    answer: () => descriptions.reduce((answer, description) => `${answer} ${textOf(description)}`.trim(), ''),
  }));
}

/** `lists`: the page's `<dl>` elements (see signals.ts), in document order. */
export function readDefinitionLists(region: Region, lists: readonly Element[]): FoundPair[] {
  return inScope(region, lists).flatMap((list) => acceptedByGroup(entriesOf(list), region, 'dl'));
}
