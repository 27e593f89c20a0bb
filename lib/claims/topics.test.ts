import { describe, expect, it } from 'vitest';
import { tokeniseAll } from './tokens.ts';
import { countPhrases, topicsForClaims } from './topics.ts';

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
    tokeniseAll(article),
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

describe('countPhrases', () => {
  it('counts each wanted phrase by its stems, wherever it occurs', () => {
    const { counts, sentences } = countPhrases(article, new Set(['export control', 'bank of england', 'chip', 'rate on hold', 'rate cut']));
    expect(sentences).toBe(article.length);
    expect(counts.get('export control')).toBe(3);
    expect(counts.get('bank of england')).toBe(2);
    expect(counts.get('chip')).toBe(2);
    expect(counts.get('rate on hold')).toBe(1);
    expect(counts.get('rate cut')).toBeUndefined();
  });
});
