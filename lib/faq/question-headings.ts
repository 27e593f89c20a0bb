/**
 * Questions set as headings (h2–h6) or as bold paragraphs, each answered by the text that follows it up
 * to the next heading. They count inside an FAQ section, or as a run of questions of the same kind (two
 * headings, three bold paragraphs) that make up most of the headings around them: a lone rhetorical
 * heading ("So what happens next?") in a news article is not an FAQ, and neither are two in a row in
 * an essay whose other headings are statements.
 * Bold paragraphs are how interviews set their questions, so those pairs are reported as 'qa-text'.
 */
import { type Block, wrapperOf } from './blocks.ts';
import { looksLikeQuestion } from './question.ts';
import type { FoundPair, Region } from './region.ts';
import { collapseSpace } from './text.ts';

/** Bold paragraphs rank below every real heading. */
const BOLD_LEVEL = 7;
const MIN_RUN = 2;
/** Two bold questions in a row are often rhetorical subheads; an interview asks more. */
const MIN_BOLD_RUN = 3;

interface QuestionStart {
  index: number;
  level: number;
  question: string;
  /** Answer text in the same block as the question (after a bold question, on its line or the next). */
  inlineAnswer: string;
}

function questionStart(block: Block, index: number): QuestionStart | null {
  // A question that is all link text is a teaser for another page, not a question this page answers.
  if (block.linkOnly) return null;
  if (block.headingLevel >= 2 && looksLikeQuestion(block.text)) {
    return { index, level: block.headingLevel, question: block.text, inlineAnswer: '' };
  }
  if (block.headingLevel !== 0) return null;
  if (block.boldOnly && looksLikeQuestion(block.text)) {
    return { index, level: BOLD_LEVEL, question: block.text, inlineAnswer: '' };
  }
  const lead = block.boldLead;
  if (lead !== '' && looksLikeQuestion(lead) && block.text.startsWith(lead)) {
    return { index, level: BOLD_LEVEL, question: lead, inlineAnswer: collapseSpace(block.text.slice(lead.length)) };
  }
  return null;
}

/**
 * The answer: the start's own remainder, then blocks up to the next heading, bold paragraph, question or
 * editor's note in italics.
 * When the question sits in its own wrapper (`<div class="faq-item"><h3>…</h3><p>…</p></div>`), the
 * answer ends with the wrapper, so a closing "Still unsure? Call us" after the list is not part of it.
 */
function answerOf(start: QuestionStart, blocks: readonly Block[], nextStart: number): string {
  const parts = start.inlineAnswer ? [start.inlineAnswer] : [];
  const wrapper = wrapperOf(blocks[start.index] as Block);
  for (let i = start.index + 1; i < nextStart; i++) {
    const block = blocks[i] as Block;
    if (block.headingLevel > 0 || block.boldOnly || block.italicOnly) break;
    if (wrapper && !wrapper.contains(block.el)) break;
    parts.push(block.text);
  }
  return parts.join(' ');
}

/** True when a heading between two question starts ends the run they would form. */
function runBroken(blocks: readonly Block[], from: number, to: number, level: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const heading = (blocks[i] as Block).headingLevel;
    if (heading > 0 && heading <= level) return true;
  }
  return false;
}

/** Runs of starts: consecutive starts of the same level with no heading of that rank or higher between. */
function runsOf(starts: readonly QuestionStart[], blocks: readonly Block[]): number[][] {
  const runs: number[][] = [];
  starts.forEach((start, k) => {
    const previous = starts[k - 1];
    const run = runs[runs.length - 1];
    const continues =
      run !== undefined &&
      previous !== undefined &&
      previous.level === start.level &&
      !runBroken(blocks, previous.index, start.index, start.level);
    if (continues) run.push(k);
    else runs.push([k]);
  });
  return runs;
}

/** The level a block stands at among headings: 1–6, BOLD_LEVEL for a bold paragraph, 0 for body text. */
function rankOf(block: Block): number {
  if (block.headingLevel > 0) return block.headingLevel;
  return block.boldOnly ? BOLD_LEVEL : 0;
}

/** The blocks from `from` to `to` (inclusive): the section, bounded by headings ranking above `level`, around `index`. */
function sectionAround(index: number, level: number, blocks: readonly Block[]): [number, number] {
  let from = index;
  while (from > 0 && !isSectionBound(blocks[from - 1] as Block, level)) from--;
  let to = index;
  while (to + 1 < blocks.length && !isSectionBound(blocks[to + 1] as Block, level)) to++;
  return [from, to];
}

/**
 * True when the run's questions are most of the headings of their level in the section that holds
 * them: an explainer whose headings are questions, not an essay with two rhetorical ones in a row.
 */
function questionsDominate(run: readonly number[], starts: readonly QuestionStart[], blocks: readonly Block[]): boolean {
  const first = starts[run[0] as number] as QuestionStart;
  const level = first.level;
  const [from, to] = sectionAround(first.index, level, blocks);
  let peers = 0;
  for (let i = from; i <= to; i++) if (rankOf(blocks[i] as Block) === level) peers++;
  const questions = starts.filter((s) => s.level === level && s.index >= from && s.index <= to).length;
  return questions * 2 > peers;
}

/**
 * True when a third or more of the question headings of the start's level in its section link to other
 * pages: a listing of questions asked elsewhere (a forum's topics, "related questions"), whose unlinked
 * titles are more of the same, not questions this page answers.
 */
function inListing(start: QuestionStart, blocks: readonly Block[]): boolean {
  const [from, to] = sectionAround(start.index, start.level, blocks);
  let questions = 0;
  let linked = 0;
  for (let i = from; i <= to; i++) {
    const block = blocks[i] as Block;
    if (rankOf(block) !== start.level || !looksLikeQuestion(block.text)) continue;
    questions++;
    if (block.linkOnly) linked++;
  }
  return linked * 3 >= questions && linked > 0;
}

/** A heading that ranks above `level` closes the section a run of that level sits in. */
function isSectionBound(block: Block, level: number): boolean {
  return block.headingLevel > 0 && block.headingLevel < level;
}

/** Indexes (into `starts`) of the starts that form an FAQ on their own, without an FAQ heading. */
function startsInRuns(starts: readonly QuestionStart[], blocks: readonly Block[]): Set<number> {
  const inRun = new Set<number>();
  for (const run of runsOf(starts, blocks)) {
    const first = starts[run[0] as number] as QuestionStart;
    const minimum = first.level === BOLD_LEVEL ? MIN_BOLD_RUN : MIN_RUN;
    if (run.length >= minimum && questionsDominate(run, starts, blocks)) run.forEach((k) => inRun.add(k));
  }
  return inRun;
}

export function readQuestionHeadings(region: Region): FoundPair[] {
  const { blocks, context } = region;
  const starts = blocks.flatMap((block, index) => questionStart(block, index) ?? []);
  const inRun = startsInRuns(starts, blocks);
  const pairs: FoundPair[] = [];
  starts.forEach((start, k) => {
    const block = blocks[start.index] as Block;
    if ((!inRun.has(k) && !context.inFaq(block.el)) || inListing(start, blocks)) return;
    const next = starts[k + 1]?.index ?? blocks.length;
    const answer = answerOf(start, blocks, next);
    if (answer === '') return;
    pairs.push({
      question: start.question,
      answer,
      source: start.level === BOLD_LEVEL ? 'qa-text' : 'heading',
      position: context.position(block.el),
    });
  });
  return pairs;
}
