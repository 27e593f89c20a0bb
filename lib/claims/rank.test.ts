import { describe, expect, it } from 'vitest';
import { syntheticSentences } from '../../tests/support/synthetic.ts';
import { selectClaims } from './index.ts';
import { rankSentences } from './rank.ts';

describe('rankSentences', () => {
  const sentences = [
    'Electric car sales doubled in Norway last year, the industry body said.',
    'Electric cars now make up most new car sales in Norway.',
    'Do you drive?',
    'Click here to subscribe to our newsletter.',
    'Tax breaks for electric cars drove the rise in sales, analysts said.',
    'Wow.',
  ];
  const scores = rankSentences('Electric car sales double in Norway', sentences);

  it('scores every sentence', () => {
    expect(scores).toHaveLength(sentences.length);
    expect(scores.every(Number.isFinite)).toBe(true);
  });

  it('puts central, on-title sentences above questions, fragments and boilerplate', () => {
    const best = Math.min(scores[0]!, scores[1]!, scores[4]!);
    expect(scores[2]!).toBeLessThan(best);
    expect(scores[3]).toBe(0);
    expect(scores[5]).toBe(0);
  });

  it('lifts a sentence that echoes its section heading', () => {
    const pair = ['Rainfall in the valley was far above normal this spring.', 'Farmers in the valley planted late this spring.'];
    const plain = rankSentences('', pair, { sectionOf: [0, 0], headings: [''] });
    const headed = rankSentences('', pair, { sectionOf: [0, 0], headings: ['Farmers planted late'] });
    expect(headed[1]! / headed[0]!).toBeGreaterThan(plain[1]! / plain[0]!);
  });

  it('is deterministic', () => {
    expect(rankSentences('Electric car sales double in Norway', sentences)).toEqual(scores);
  });

  it('returns nothing for no sentences', () => {
    expect(rankSentences('Title', [])).toEqual([]);
  });
});

describe('ranking scale', () => {
  // Shape only: how long this takes is the benchmark's business, not a test's.
  it('ranks 10,000 sentences and picks claims from a page of that size', () => {
    const sentences = syntheticSentences(10_000);
    const scores = rankSentences('Export control model', sentences);
    expect(scores).toHaveLength(10_000);
    expect(scores.every((s) => Number.isFinite(s) && s >= 0)).toBe(true);

    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
    const sections = Array.from({ length: 20 }, (_, s) => ({
      heading: `Part ${s + 1}`,
      level: 2,
      paragraphs: paragraphs.slice(s * 100, (s + 1) * 100),
    }));
    const text = sections.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n\n');
    const claims = selectClaims({ title: 'Export control model', sections, text });
    expect(claims).toHaveLength(12);
    for (const claim of claims) expect(text).toContain(claim.selector.prefix + claim.selector.exact + claim.selector.suffix);
  });
});
