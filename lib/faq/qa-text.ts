/**
 * "Q:"/"A:" text in its common forms: the question and answer in one paragraph split by `<br>`, in
 * separate paragraphs, with or without bold labels, with the answer unlabelled, or both on one line
 * ("Q: Why? A: Because."). Labels may be words ("Question:", "Answer:") in several languages.
 */
import { type Block, wrapperOf } from './blocks.ts';
import { afterAnswerLabel, afterQuestionLabel, splitInlineAnswer, startsWithQuestionLabel } from './labels.ts';
import { looksLikeQuestion } from './question.ts';
import type { FoundPair, Region } from './region.ts';

/** One line of a text block, with the block it came from. */
interface Line {
  block: number;
  text: string;
}

/** A labelled question with the lines that answer it. */
interface LabelledPair {
  block: number;
  question: string;
  answerLines: string[];
  answerLabelled: boolean;
  /** The block of the last line taken so far. */
  lastBlock: number;
  /** Where the question's own wrapper ends, the answer ends (see `wrapperOf`). */
  wrapper: Element | null;
}

/** Text lines in reading order, with null where a heading ends any pair before it. */
function linesOf(blocks: readonly Block[]): (Line | null)[] {
  const lines: (Line | null)[] = [];
  blocks.forEach((block, index) => {
    if (block.headingLevel > 0) {
      lines.push(null);
      return;
    }
    for (const text of block.lines) lines.push({ block: index, text });
  });
  return lines;
}

function startPair(line: Line, question: string, blocks: readonly Block[]): LabelledPair {
  const inline = splitInlineAnswer(question);
  const wrapper = wrapperOf(blocks[line.block] as Block);
  const start = { block: line.block, lastBlock: line.block, wrapper };
  if (inline) return { ...start, question: inline.question, answerLines: [inline.answer], answerLabelled: true };
  return { ...start, question, answerLines: [], answerLabelled: false };
}

/**
 * Adds a line to the open pair's answer and says whether it belonged there. The first answer line may
 * carry the answer label.
 */
function extendAnswer(pair: LabelledPair, line: Line, blocks: readonly Block[]): boolean {
  const leavesBlock = line.block !== pair.lastBlock;
  // An answer that began in its question's own paragraph ("Q: …<br>A: …") ends with that paragraph.
  if (leavesBlock && pair.answerLines.length > 0 && pair.lastBlock === pair.block) return false;
  // A bold paragraph is the next (interview-style) question, an italic one an editor's note: not more answer.
  const block = blocks[line.block] as Block;
  if (leavesBlock && (block.boldOnly || block.italicOnly || (pair.wrapper && !pair.wrapper.contains(block.el)))) return false;
  if (pair.answerLines.length === 0 || (pair.answerLabelled && pair.answerLines.join('') === '')) {
    const labelled = afterAnswerLabel(line.text);
    pair.answerLabelled ||= labelled !== null;
    pair.answerLines.push(labelled ?? line.text);
  } else {
    pair.answerLines.push(line.text);
  }
  pair.lastBlock = line.block;
  return true;
}

function labelledPairs(blocks: readonly Block[]): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  let open: LabelledPair | null = null;
  // A label on a line of its own ("<b>Q:</b><br>What is…?") puts the question on the next line.
  let labelAlone = false;
  for (const line of linesOf(blocks)) {
    if (line === null) {
      open = null;
      labelAlone = false;
      continue;
    }
    const labelled = afterQuestionLabel(line.text);
    const question = labelAlone && afterAnswerLabel(line.text) === null ? line.text : labelled;
    labelAlone = labelled === '';
    if (question !== null && question !== '') {
      open = startPair(line, question, blocks);
      pairs.push(open);
    } else if (labelAlone) {
      open = null;
    } else if (open && !extendAnswer(open, line, blocks)) {
      open = null;
    }
  }
  return pairs;
}

/** Its question label is set in bold ("<b>Q.</b> …", "<b>Q: Returns</b>"), as a heading would be. */
function boldLabelled(pair: LabelledPair, blocks: readonly Block[]): boolean {
  return startsWithQuestionLabel((blocks[pair.block] as Block).boldLead);
}

/**
 * A series of bold-labelled questions (two or more) is an FAQ even where some of them are set as topics
 * without a question mark ("Q: Returns bought in a store", "Q4：面試形式"): the bold label marks them.
 */
const MIN_BOLD_LABELLED = 2;

export function readQaText(region: Region): FoundPair[] {
  const { blocks, context } = region;
  const pairs = labelledPairs(blocks).filter((pair) => pair.answerLines.length > 0);
  const boldSeries = pairs.filter((pair) => boldLabelled(pair, blocks)).length >= MIN_BOLD_LABELLED;
  return pairs
    .filter((pair) => {
      const el = (blocks[pair.block] as Block).el;
      return (
        pair.answerLabelled ||
        looksLikeQuestion(pair.question) ||
        context.inFaq(el) ||
        (boldSeries && boldLabelled(pair, blocks))
      );
    })
    .map((pair) => ({
      question: pair.question,
      answer: pair.answerLines.join(' '),
      source: 'qa-text' as const,
      position: context.position((blocks[pair.block] as Block).el),
    }));
}
