/**
 * Claim ranking alone on synthetic texts of growing size, beside an npm TextRank (ts-textrank). Precis must
 * grow near-linearly; the peer builds an n×n similarity matrix, so it runs once per size it is asked for
 * (10,000 sentences take it ~50 s) and never at 100,000 (over an hour by its own growth).
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

/** Time the timed rounds of one size should take at least, and the most rounds a size gets for it. */
const ROUNDS_BUDGET_MS = 500;
const MAX_ROUNDS = 50;

function timePrecis(sentences: string[], rounds: number): number {
  const sections = sectionsOf(sentences);
  const text = sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n\n');
  // One untimed run first, so the smallest size is not charged for the engine's first compilation. Small sizes
  // then run for more rounds (about half a second in all), so that one garbage collection or a busy neighbour
  // cannot move their median, which every scaling ratio divides by.
  const first = now();
  selectClaims({ title: 'Synthetic article', sections, text });
  const firstMs = now() - first;
  const times: number[] = [];
  const timedRounds = Math.max(rounds, Math.min(MAX_ROUNDS, Math.ceil(ROUNDS_BUDGET_MS / Math.max(firstMs, 1))));
  for (let round = 0; round < timedRounds; round++) {
    const start = now();
    selectClaims({ title: 'Synthetic article', sections, text });
    times.push(now() - start);
  }
  return median(times);
}

function timePeer(sentences: string[]): number {
  const config = new AbsoluteSummarizerConfig(10, new SorensenDiceSimilarity(), new DefaultTextParser(), 0.85, Summarizer.SORT_SCORE);
  const summarizer = new Summarizer(config, new NullLogger());
  const start = now();
  summarizer.summarize(sentences.join(' '), 'en');
  return now() - start;
}

/** Precis at every size (median of `rounds`, one round at 100,000); the peer once at each of `peerSizes`. */
export function benchClaimScaling(sizes: number[], rounds: number, peerSizes: readonly number[]): ScalingRow[] {
  return sizes.map((size) => {
    const sentences = syntheticSentences(size, size);
    const precis = timePrecis(sentences, size >= 100_000 ? 1 : rounds);
    const peer = peerSizes.includes(size) ? timePeer(sentences) : null;
    return { sentences: size, precis, peer };
  });
}
