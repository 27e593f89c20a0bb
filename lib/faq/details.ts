/**
 * `<details><summary>` disclosure widgets. The summary is the question when it reads like one, when
 * the widget sits in an FAQ section, or when most of its sibling widgets are questions (an FAQ list
 * with one entry phrased as a topic).
 */
import { acceptedByGroup, type Candidate } from './group.ts';
import { queryInScope, type FoundPair, type Region } from './region.ts';
import { linesOfNodes, tagOf, textOf } from './text.ts';

function ownSummary(details: Element): Element | null {
  for (const child of Array.from(details.children)) if (tagOf(child) === 'SUMMARY') return child;
  return null;
}

export function readDetails(region: Region): FoundPair[] {
  const candidates: Candidate[] = [];
  for (const details of queryInScope(region, 'details')) {
    // A details that wraps other details is a category ("Billing"), its entries are the pairs.
    if (details.querySelector('details')) continue;
    const summary = ownSummary(details);
    if (!summary) continue;
    const body = Array.from(details.childNodes).filter((node) => node !== summary);
    candidates.push({
      el: details,
      group: details.parentElement,
      question: textOf(summary),
      answer: linesOfNodes(body).join(' '),
    });
  }
  return acceptedByGroup(candidates, region, 'details');
}
