import { describe, expect, it } from 'vitest';
import { sampleAnalysis } from '../tests/support/sample-analysis.ts';
import { analysisToMarkdown, inline } from './markdown.ts';

describe('analysisToMarkdown', () => {
  it('writes the title, source, claims by section and the FAQ', () => {
    expect(analysisToMarkdown(sampleAnalysis())).toBe(
      [
        '# DeepSeek’s Model Rivals OpenAI',
        '',
        'Source: <https://example.com/deepseek> · Tech Daily · Jane Writer · 4 min read',
        '',
        '## Key claims',
        '',
        '### A Young Group of Geniuses Eager to Prove Themselves',
        '',
        '- DeepSeek hires young PhD graduates from top Chinese universities. _(PhD graduates, hiring)_',
        '',
        '### Innovation Born out of a Crisis',
        '',
        '- US export controls pushed the company to make training more efficient. _(export controls)_',
        '- Its Mixture-of-Experts design uses MLA to cut memory.',
        '',
        '## FAQ',
        '',
        '**What is DeepSeek’s approach to AI research?**',
        '',
        'It hires young PhD students and gives them computing resources.',
        '',
        '**How has DeepSeek overcome US export controls?**',
        '',
        'By optimizing its model architecture.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out empty parts and the heading of the lead section', () => {
    const base = sampleAnalysis();
    const lead = { ...base.claims[0]!, section: '', sectionIndex: 0 };
    const markdown = analysisToMarkdown(
      sampleAnalysis({ faq: [], sections: [{ heading: '', level: 0, claims: [lead] }], meta: { ...base.meta, byline: null, siteName: null } }),
    );
    expect(markdown).not.toContain('## FAQ');
    expect(markdown).not.toContain('###');
    expect(markdown).toContain('Source: <https://example.com/deepseek> · 4 min read');
    expect(markdown).toContain('## Key claims\n\n- DeepSeek hires');
  });

  it('keeps page text from injecting links, images or HTML', () => {
    const base = sampleAnalysis();
    const markdown = analysisToMarkdown(
      sampleAnalysis({ meta: { ...base.meta, title: '![x](https://evil.example/t.png) <script>' } }),
    );
    expect(markdown).toContain('# \\!\\[x\\]\\(https://evil.example/t.png\\) \\<script\\>');
  });
});

describe('inline', () => {
  it('collapses whitespace and escapes block syntax at the start of a line', () => {
    expect(inline('  # Not\n a   heading ')).toBe('\\# Not a heading');
    expect(inline('- not a list')).toBe('\\- not a list');
    expect(inline('1. not a list')).toBe('1\\. not a list');
    expect(inline('*bold* _em_ `code`')).toBe('\\*bold\\* \\_em\\_ \\`code\\`');
  });
});
