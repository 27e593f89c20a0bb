/**
 * One list from all readers: pairs in the page's visible order (structured data, which has no place on
 * the page, after), one pair per question. When two readers found the same question (JSON-LD repeating
 * the visible FAQ, an accordion whose trigger is also a heading), the pair with the fuller answer wins and
 * takes the earlier place; between equal answers, the markup made for FAQs wins.
 */
import type { FaqPair, FaqSource } from '../types.ts';
import type { FoundPair } from './region.ts';
import { comparisonWords } from './score.ts';

/** Questions this similar (word-level F1) are the same question written twice… */
const SAME_QUESTION = 0.9;
/** …provided their answers do not plainly differ (share at least this much of the shorter one). */
const ANSWERS_NOT_DIFFERENT = 0.5;
/**
 * Questions only this similar are the same when one answer is (nearly) contained in the other: JSON-LD
 * often words a question a little differently from the page, or the page shortens the answer, while two
 * different questions that share most words ("How do I cancel my order?" / "… my subscription?") have
 * different answers.
 */
const SIMILAR_QUESTION = 0.6;
const SAME_ANSWER = 0.9;

/** A pair with its words split and sorted once, for the many comparisons a merge makes. */
interface Comparable {
  pair: FaqPair;
  questionWords: string[];
  answerWords: string[];
}

function comparable(pair: FaqPair): Comparable {
  const sorted = (text: string): string[] => comparisonWords(text).sort();
  return { pair, questionWords: sorted(pair.question), answerWords: sorted(pair.answer) };
}

/** Words two sorted bags share, each occurrence once: one walk, no allocation. */
function commonSorted(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}

function questionF1(a: Comparable, b: Comparable): number {
  const total = a.questionWords.length + b.questionWords.length;
  return total === 0 ? 1 : (2 * commonSorted(a.questionWords, b.questionWords)) / total;
}

/** Share of the shorter answer's words found in the other (1 when one answer contains the other). */
function answerOverlap(a: Comparable, b: Comparable): number {
  const shorter = Math.min(a.answerWords.length, b.answerWords.length);
  return shorter === 0 ? 0 : commonSorted(a.answerWords, b.answerWords) / shorter;
}

function same(a: Comparable, b: Comparable): boolean {
  // Cheap bound first: F1 can reach SIMILAR_QUESTION only if the lengths are close enough.
  const shorter = Math.min(a.questionWords.length, b.questionWords.length);
  const longer = Math.max(a.questionWords.length, b.questionWords.length);
  if ((2 * shorter) / (shorter + longer || 1) < SIMILAR_QUESTION) return false;
  const questions = questionF1(a, b);
  if (questions === 1) return true;
  const answers = answerOverlap(a, b);
  if (questions >= SAME_QUESTION) return answers >= ANSWERS_NOT_DIFFERENT;
  return questions >= SIMILAR_QUESTION && answers >= SAME_ANSWER;
}

/** True for two pairs that ask the same question, however differently punctuated or worded. */
export function sameQuestion(a: FaqPair, b: FaqPair): boolean {
  return same(comparable(a), comparable(b));
}

/** On equal answers, the markup made for FAQs names the pair; structured data, which is not shown, comes last. */
const SOURCE_RANK: Record<FaqSource, number> = {
  microdata: 0,
  details: 1,
  dl: 2,
  accordion: 3,
  heading: 4,
  'qa-text': 5,
  'json-ld': 6,
};

/** True when `candidate` should replace `kept` as the pair for their shared question. */
function isBetter(candidate: FaqPair, kept: FaqPair): boolean {
  if (candidate.answer.length !== kept.answer.length) return candidate.answer.length > kept.answer.length;
  return SOURCE_RANK[candidate.source] < SOURCE_RANK[kept.source];
}

export function mergePairs(found: readonly FoundPair[]): FaqPair[] {
  // Stable sort: equal positions keep the order the readers were run in.
  const ordered = found
    .map((pair, index) => ({ pair, index }))
    .sort((a, b) => a.pair.position - b.pair.position || a.index - b.index)
    .map(({ pair }) => comparable({ question: pair.question, answer: pair.answer, source: pair.source }));
  const kept: Comparable[] = [];
  for (const candidate of ordered) {
    const twin = kept.findIndex((other) => same(other, candidate));
    if (twin === -1) kept.push(candidate);
    else if (isBetter(candidate.pair, (kept[twin] as Comparable).pair)) kept[twin] = candidate;
  }
  return kept.map((entry) => entry.pair);
}
