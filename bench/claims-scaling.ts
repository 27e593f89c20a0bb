/**
 * Claim ranking alone on synthetic texts of growing size, beside an npm TextRank (ts-textrank) on the sizes
 * it can finish within a bound. Precis must grow near-linearly; the peer builds an n×n similarity matrix.
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

function timePrecis(sentences: string[], rounds: number): number {
  const sections = sectionsOf(sentences);
  const text = sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n\n');
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = now();
    selectClaims({ title: 'Synthetic article', sections, text, lang: 'en' });
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

/**
 * `peerBoundMs`: the peer runs on a size only when its time at the previous size, grown quadratically,
 * stays under the bound.
 */
export function benchClaimScaling(sizes: number[], rounds: number, peerBoundMs: number): ScalingRow[] {
  const rows: ScalingRow[] = [];
  let previousPeer: { size: number; ms: number } | null = null;
  for (const size of sizes) {
    const sentences = syntheticSentences(size, size);
    const precis = timePrecis(sentences, size >= 100_000 ? 1 : rounds);
    let peer: number | null = null;
    const forecast = previousPeer ? previousPeer.ms * (size / previousPeer.size) ** 2 : 0;
    if (forecast <= peerBoundMs) {
      peer = timePeer(sentences);
      previousPeer = { size, ms: peer };
    }
    rows.push({ sentences: size, precis, peer });
  }
  return rows;
}
