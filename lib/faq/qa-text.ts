/**
 * "Q:"/"A:" text in its common forms: the question and answer in one paragraph split by `<br>`, in
 * separate paragraphs, with or without bold labels, with the answer unlabelled, or both on one line
 * ("Q: Why? A: Because."). Labels may be words ("Question:", "Answer:") in several languages.
 */
import type { Block } from './blocks.ts';
import { afterAnswerLabel, afterQuestionLabel, splitInlineAnswer } from './labels.ts';
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

function startPair(line: Line, question: string): LabelledPair {
  const inline = splitInlineAnswer(question);
  if (inline) {
    return { block: line.block, question: inline.question, answerLines: [inline.answer], answerLabelled: true, lastBlock: line.block };
  }
  return { block: line.block, question, answerLines: [], answerLabelled: false, lastBlock: line.block };
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
  if (leavesBlock && (block.boldOnly || block.italicOnly)) return false;
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
      open = startPair(line, question);
      pairs.push(open);
    } else if (labelAlone) {
      open = null;
    } else if (open && !extendAnswer(open, line, blocks)) {
      open = null;
    }
  }
  return pairs;
}

export function readQaText(region: Region): FoundPair[] {
  const { blocks, context } = region;
  return labelledPairs(blocks)
    .filter((pair) => pair.answerLines.length > 0)
    .filter((pair) => {
      const el = (blocks[pair.block] as Block).el;
      return pair.answerLabelled || looksLikeQuestion(pair.question) || context.inFaq(el);
    })
    .map((pair) => ({
      question: pair.question,
      answer: pair.answerLines.join(' '),
      source: 'qa-text' as const,
      position: context.position((blocks[pair.block] as Block).el),
    }));
}
