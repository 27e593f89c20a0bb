/**
 * Claim ranking alone on synthetic texts of growing size, beside an npm TextRank (ts-textrank). Precis must
 * grow near-linearly; the peer builds an n×n similarity matrix, so it runs once per size it is asked for
 * (10,000 sentences take it minutes) and never at 100,000 (hours by its own growth).
 */
import { DefaultTextParser, NullLogger, AbsoluteSummarizerConfig, SorensenDiceSimilarity, Summarizer } from 'ts-textrank';
import { selectClaims } from '../lib/claims/index.ts';
import type { Section } from '../lib/types.ts';
import { syntheticSentences } from '../tests/support/synthetic.ts';
import { median, now } from './stats.ts';

export interface ScalingRow {
  sentences: number;
  precis: number;
  peer: number | null;
}

function sectionsOf(sentences: string[]): Section[] {
  const perSection = Math.max(1, Math.ceil(sentences.length / 20));
  const sections: Section[] = [];
  for (let i = 0; i < sentences.length; i += perSection) {
    const chunk = sentences.slice(i, i + perSection);
    const paragraphs: string[] = [];
    for (let p = 0; p < chunk.length; p += 5) paragraphs.push(chunk.slice(p, p + 5).join(' '));
    sections.push({ heading: `Part ${sections.length + 1}`, level: 2, paragraphs });
  }
  return sections;
}

/** Sizes up to this many sentences are timed in interleaved rounds; larger ones (minutes for the peer) once. */
const INTERLEAVED_UP_TO = 10_000;
/** About how long the largest interleaved size runs in all (its rounds), and the bounds on the rounds. */
const ROUNDS_BUDGET_MS = 1_500;
const MAX_ROUNDS = 40;

type ClaimInput = Parameters<typeof selectClaims>[0];

function inputOf(sentences: string[]): ClaimInput {
  const sections = sectionsOf(sentences);
  const text = sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n\n');
  return { title: 'Synthetic article', sections, text };
}

function timeOnce(input: ClaimInput): number {
  const start = now();
  selectClaims(input);
  return now() - start;
}

/**
 * Median ms per call at each size. Every round times each size in turn, so a busy spell on the shared machine (or
 * a garbage collection) falls on all sizes alike instead of on whichever size happened to be running; a size
 * that runs in a tenth of the time of the largest gets about ten calls per round. One untimed call per size
 * first, so the smallest is not charged for the engine's first compilation.
 */
function timeInterleaved(inputs: ClaimInput[], rounds: number): number[] {
  const first = inputs.map((input) => Math.max(timeOnce(input), 0.01));
  const longest = Math.max(...first);
  const callsPerRound = first.map((ms) => Math.max(1, Math.round(longest / ms)));
  const timedRounds = Math.max(rounds, Math.min(MAX_ROUNDS, Math.ceil(ROUNDS_BUDGET_MS / longest)));
  const times = inputs.map((): number[] => []);
  for (let round = 0; round < timedRounds; round++) {
    inputs.forEach((input, size) => {
      for (let call = 0; call < callsPerRound[size]!; call++) times[size]!.push(timeOnce(input));
    });
  }
  return times.map(median);
}

function timePeer(sentences: string[]): number {
  const config = new AbsoluteSummarizerConfig(10, new SorensenDiceSimilarity(), new DefaultTextParser(), 0.85, Summarizer.SORT_SCORE);
  const summarizer = new Summarizer(config, new NullLogger());
  const start = now();
  summarizer.summarize(sentences.join(' '), 'en');
  return now() - start;
}

/** Precis at every size (interleaved medians; one call at 100,000); the peer once at each of `peerSizes`. */
export function benchClaimScaling(sizes: number[], rounds: number, peerSizes: readonly number[]): ScalingRow[] {
  const sentencesOf = new Map(sizes.map((size) => [size, syntheticSentences(size, size)]));
  const interleaved = sizes.filter((size) => size <= INTERLEAVED_UP_TO);
  const medians = timeInterleaved(interleaved.map((size) => inputOf(sentencesOf.get(size)!)), rounds);
  return sizes.map((size) => {
    const sentences = sentencesOf.get(size)!;
    const at = interleaved.indexOf(size);
    const precis = at >= 0 ? medians[at]! : timeOnce(inputOf(sentences));
    const peer = peerSizes.includes(size) ? timePeer(sentences) : null;
    return { sentences: size, precis, peer };
  });
}
