/**
 * The acceptance rule shared by the widget-based readers (details, definition lists, accordions):
 * an entry is an FAQ pair when its question reads like a question, when it sits in an FAQ section,
 * or when most entries of its group (siblings in the same list) read like questions.
 */
import type { FaqSource } from '../types.ts';
import { looksLikeQuestion } from './question.ts';
import type { FoundPair, Region } from './region.ts';

export interface Candidate {
  /** The element that stands for the entry in reading order. */
  el: Element;
  /** Entries with the same group are judged together (null: judged alone). */
  group: Element | null;
  question: string;
  /** Read only for an entry that passes every other test: most entries of a page without an FAQ never do. */
  answer: () => string;
}

/** Controls that sit in FAQ sections without being entries: "Show more", "Expand all", "Close". */
const CONTROL_LABEL =
  /^(?:(?:show|read|load|see|view) (?:more|less|all)\b|(?:expand|collapse|open|close) all\b|(?:menu|close|open|toggle|more|less)$)/i;

/** At least this many entries, and at least half of them questions, make a group an FAQ list. */
const MIN_GROUP = 2;

function questionGroups(candidates: readonly Candidate[]): Set<Element> {
  const counts = new Map<Element, { questions: number; total: number }>();
  for (const c of candidates) {
    if (!c.group) continue;
    const count = counts.get(c.group) ?? { questions: 0, total: 0 };
    count.total += 1;
    if (looksLikeQuestion(c.question)) count.questions += 1;
    counts.set(c.group, count);
  }
  const groups = new Set<Element>();
  for (const [group, count] of counts) {
    if (count.total >= MIN_GROUP && count.questions * 2 >= count.total) groups.add(group);
  }
  return groups;
}

export function acceptedByGroup(candidates: readonly Candidate[], region: Region, source: FaqSource): FoundPair[] {
  const faqGroups = questionGroups(candidates);
  const pairs: FoundPair[] = [];
  for (const c of candidates) {
    if (c.question === '') continue;
    const asks = looksLikeQuestion(c.question);
    if (!asks && CONTROL_LABEL.test(c.question)) continue;
    const answer = c.answer();
    if (answer === '') continue;
    // FAQ sections are asked about last: finding them may mean reading the whole region's blocks.
    if (!asks && !(c.group !== null && faqGroups.has(c.group)) && !region.context.inFaq(c.el)) continue;
    pairs.push({ question: c.question, answer, source, position: region.context.position(c.el) });
  }
  return pairs;
}
