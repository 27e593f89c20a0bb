import { describe, expect, it } from 'vitest';
import { normaliseForMatch } from './normalise.ts';

describe('normaliseForMatch', () => {
  it('folds case, typographic quotes, dashes and whitespace', () => {
    expect(normaliseForMatch('  DeepSeek\u2019s  \u201Cmodel\u201D\n\u2014 fast ')).toBe(`deepseek's "model" - fast`);
  });

  it('keeps words and punctuation that carry meaning', () => {
    expect(normaliseForMatch('U.S. export controls?')).toBe('u.s. export controls?');
  });
});
