/**
 * Interviews that name their speakers instead of "Q:"/"A:": "<b>TIME:</b> Why now?" followed by
 * "<b>Smith:</b> Because…". The speaker whose turns are mostly questions is the interviewer; each of
 * their turns is a question, answered by the turns that follow until they speak again.
 */
import type { Block } from './blocks.ts';
import { afterQuestionLabel } from './labels.ts';
import { looksLikeQuestion } from './question.ts';
import type { FoundPair, Region } from './region.ts';
import { collapseSpace } from './text.ts';

/** A bold speaker name of at most five words, ending in a colon. */
const SPEAKER = /^([^:：]{1,40}?)\s*[:：]$/u;
const MAX_SPEAKER_WORDS = 5;
const MIN_TURNS = 2;

interface Turn {
  index: number;
  speaker: string;
  text: string;
}

function turnOf(block: Block, index: number): Turn | null {
  if (block.headingLevel > 0 || block.boldLead === '') return null;
  const match = SPEAKER.exec(block.boldLead);
  if (!match?.[1] || match[1].split(/\s+/).length > MAX_SPEAKER_WORDS) return null;
  // "Q:" and "A:" are labels, read by the Q/A text reader.
  if (afterQuestionLabel(block.boldLead) !== null) return null;
  if (!block.text.startsWith(block.boldLead)) return null;
  const text = collapseSpace(block.text.slice(block.boldLead.length));
  return text === '' ? null : { index, speaker: match[1].toLowerCase(), text };
}

/** The speaker with at least MIN_TURNS turns, most of them questions; null when nobody asks. */
function interviewerOf(turns: readonly Turn[]): string | null {
  const tally = new Map<string, { turns: number; questions: number }>();
  for (const turn of turns) {
    const t = tally.get(turn.speaker) ?? { turns: 0, questions: 0 };
    t.turns += 1;
    if (looksLikeQuestion(turn.text)) t.questions += 1;
    tally.set(turn.speaker, t);
  }
  let best: string | null = null;
  let bestQuestions = 0;
  for (const [speaker, t] of tally) {
    if (t.turns >= MIN_TURNS && t.questions * 2 > t.turns && t.questions > bestQuestions) {
      best = speaker;
      bestQuestions = t.questions;
    }
  }
  // An exchange needs someone to answer.
  return best !== null && tally.size > 1 ? best : null;
}

export function readInterview(region: Region): FoundPair[] {
  const { blocks, context } = region;
  const turns = blocks.flatMap((block, index) => turnOf(block, index) ?? []);
  const interviewer = interviewerOf(turns);
  if (interviewer === null) return [];
  const turnAt = new Map(turns.map((turn) => [turn.index, turn]));
  const pairs: FoundPair[] = [];
  turns.forEach((turn) => {
    if (turn.speaker !== interviewer) return;
    const answer: string[] = [];
    for (let i = turn.index + 1; i < blocks.length; i++) {
      const block = blocks[i] as Block;
      const other = turnAt.get(i);
      if (block.headingLevel > 0 || block.italicOnly || other?.speaker === interviewer) break;
      answer.push(other ? other.text : block.text);
    }
    if (answer.length > 0) {
      pairs.push({
        question: turn.text,
        answer: answer.join(' '),
        source: 'qa-text',
        position: context.position((blocks[turn.index] as Block).el),
      });
    }
  });
  return pairs;
}
