/**
 * `<dl>` lists of questions (`<dt>`) and answers (`<dd>`, possibly several, possibly wrapped in
 * `<div>` as HTML allows). A glossary or a metadata list is not an FAQ: its terms are not questions
 * and it does not sit in an FAQ section.
 */
import { acceptedByGroup, type Candidate } from './group.ts';
import { queryInScope, type FoundPair, type Region } from './region.ts';
import { tagOf, textOf } from './text.ts';

function entriesOf(list: Element): Candidate[] {
  const entries: Candidate[] = [];
  let current: Candidate | null = null;
  for (const item of Array.from(list.querySelectorAll('dt, dd'))) {
    if (item.closest('dl') !== list) continue;
    if (tagOf(item) === 'DT') {
      current = { el: item, group: list, question: textOf(item), answer: '' };
      entries.push(current);
    } else if (current) {
      current.answer = `${current.answer} ${textOf(item)}`.trim();
    }
  }
  return entries;
}

export function readDefinitionLists(region: Region): FoundPair[] {
  return queryInScope(region, 'dl').flatMap((list) => acceptedByGroup(entriesOf(list), region, 'dl'));
}
