import { describe, expect, it } from 'vitest';
import { topicsForClaims } from './topics.ts';

const article = [
  'The US tightened export controls on advanced chips in October.',
  'Export controls now cover more chip makers than before.',
  'Firms hit by the export controls are looking for other suppliers.',
  'The Bank of England kept rates on hold.',
  'The Bank of England said inflation was falling.',
];

describe('topicsForClaims', () => {
  const [first, second] = topicsForClaims(
    [
      { text: article[0]!, heading: 'Trade' },
      { text: article[3]!, heading: 'Rates' },
    ],
    article,
  );

  it('finds recurring noun phrases, longest sensible form', () => {
    expect(first).toContain('export controls');
    expect(second).toContain('Bank of England');
  });

  it('only returns phrases from the sentence, none starting or ending with a stop word', () => {
    for (const topic of [...first!, ...second!]) {
      expect(article.join(' ')).toContain(topic);
      expect(topic).not.toMatch(/^(?:the|of|and|a|on|in)\b|\b(?:the|of|and|a|on|in)$/i);
    }
  });

  it('gives at most three topics that do not overlap', () => {
    for (const topics of [first!, second!]) {
      expect(topics.length).toBeLessThanOrEqual(3);
      for (const a of topics) for (const b of topics) if (a !== b) expect(a.includes(b)).toBe(false);
    }
  });
});
