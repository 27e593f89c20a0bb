import { describe, expect, it } from 'vitest';
import { splitSections } from './sections.ts';
import type { Block } from './types.ts';

const h = (level: number, text: string): Block => ({ kind: 'heading', level, text });
const p = (text: string): Block => ({ kind: 'paragraph', text });

describe('splitSections', () => {
  it('puts paragraphs before the first heading in a lead section with heading "" and level 0', () => {
    expect(splitSections([p('Lead.'), h(2, 'One'), p('A.'), p('B.')])).toEqual([
      { heading: '', level: 0, paragraphs: ['Lead.'] },
      { heading: 'One', level: 2, paragraphs: ['A.', 'B.'] },
    ]);
  });

  it('drops an empty lead and headings without paragraphs', () => {
    expect(splitSections([h(2, 'Empty'), h(2, 'Full'), p('Text.'), h(2, 'Trailing')])).toEqual([
      { heading: 'Full', level: 2, paragraphs: ['Text.'] },
    ]);
  });

  it('keeps a heading without paragraphs when subsections follow it', () => {
    expect(splitSections([h(2, 'Results'), h(3, 'Speed'), p('Fast.'), h(3, 'Size'), p('Small.')])).toEqual([
      { heading: 'Results', level: 2, paragraphs: [] },
      { heading: 'Speed', level: 3, paragraphs: ['Fast.'] },
      { heading: 'Size', level: 3, paragraphs: ['Small.'] },
    ]);
  });

  it('returns no sections for no blocks', () => {
    expect(splitSections([])).toEqual([]);
  });
});
