import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from './normalize.ts';

describe('normalizeForMatch', () => {
  it('folds case, typographic quotes, dashes and whitespace', () => {
    expect(normalizeForMatch('  DeepSeek\u2019s  \u201Cmodel\u201D\n\u2014 fast ')).toBe(`deepseek's "model" - fast`);
  });

  it('keeps words and punctuation that carry meaning', () => {
    expect(normalizeForMatch('U.S. export controls?')).toBe('u.s. export controls?');
  });
});
