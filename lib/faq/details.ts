/**
 * `<details><summary>` disclosure widgets. The summary is the question when it reads like one, when
 * the widget sits in an FAQ section, or when most of its sibling widgets are questions (an FAQ list
 * with one entry phrased as a topic).
 */
import { acceptedByGroup, type Candidate } from './group.ts';
import { inScope, type FoundPair, type Region } from './region.ts';
import { hasDescendantWhere } from '../dom/query.ts';
import { linesOfNodes, tagOf, textOf } from './text.ts';

function ownSummary(details: Element): Element | null {
  for (let child = details.firstElementChild; child; child = child.nextElementSibling) {
    if (tagOf(child) === 'SUMMARY') return child;
  }
  return null;
}

const isDetails = (el: Element): boolean => tagOf(el) === 'DETAILS';

/** `detailsElements`: the page's `<details>` (see signals.ts), in document order. */
export function readDetails(region: Region, detailsElements: readonly Element[]): FoundPair[] {
  const candidates: Candidate[] = [];
  for (const details of inScope(region, detailsElements)) {
    // A details that wraps other details is a category ("Billing"), its entries are the pairs.
    if (hasDescendantWhere(details, isDetails)) continue;
    const summary = ownSummary(details);
    if (!summary) continue;
    const body = Array.from(details.childNodes).filter((node) => node !== summary);
    candidates.push({
      el: details,
      group: details.parentElement,
      question: textOf(summary),
      answer: () => linesOfNodes(body).join(' '),
    });
  }
  return acceptedByGroup(candidates, region, 'details');
}
