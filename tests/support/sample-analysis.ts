/**
 * A small, hand-written analysis shaped like the engine's output on the reference article, for tests of the
 * code that renders or exports an analysis (Markdown, components) without running the engine; and what the reader
 * sends for such a page, for tests of the code around it.
 */
import type { ReadArticle } from '../../lib/read-article.ts';
import type { Analysis, Claim } from '../../lib/types.ts';

function claim(text: string, section: string, sectionIndex: number, topics: string[], score: number): Claim {
  return {
    text,
    source: text,
    section,
    sectionIndex,
    topics,
    score,
    selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
  };
}

export function sampleAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  const hiring = claim(
    'DeepSeek hires young PhD graduates from top Chinese universities.',
    'A Young Group of Geniuses Eager to Prove Themselves',
    1,
    ['PhD graduates', 'hiring'],
    0.9,
  );
  const exports = claim(
    'US export controls pushed the company to make training more efficient.',
    'Innovation Born out of a Crisis',
    3,
    ['export controls'],
    0.8,
  );
  const moe = claim('Its Mixture-of-Experts design uses MLA to cut memory.', 'Innovation Born out of a Crisis', 3, [], 0.7);
  return {
    version: 1,
    url: 'https://example.com/deepseek',
    meta: {
      title: 'DeepSeek’s Model Rivals OpenAI',
      byline: 'Jane Writer',
      siteName: 'Tech Daily',
      lang: 'en',
      dir: 'ltr',
      publishedTime: null,
      excerpt: null,
    },
    text: 'Body.',
    wordCount: 900,
    readingMinutes: 4,
    claims: [hiring, exports, moe],
    sections: [
      { heading: 'A Young Group of Geniuses Eager to Prove Themselves', level: 2, claims: [hiring] },
      { heading: 'Innovation Born out of a Crisis', level: 2, claims: [exports, moe] },
    ],
    faq: [
      {
        question: 'What is DeepSeek’s approach to AI research?',
        answer: 'It hires young PhD students and gives them computing resources.',
        source: 'qa-text',
      },
      {
        question: 'How has DeepSeek overcome US export controls?',
        answer: 'By optimizing its model architecture.',
        source: 'qa-text',
      },
    ],
    forced: false,
    timings: { extract: 5, claims: 3 },
    diagnostics: [],
    ...overrides,
  };
}

/** What the reader sends back for a page like the sample analysis's: its sections and FAQ, before the claims. */
export function sampleReadArticle(overrides: Partial<ReadArticle> = {}): ReadArticle {
  const { url, meta, faq, forced, diagnostics } = sampleAnalysis();
  const sections = [
    {
      heading: 'A Young Group of Geniuses Eager to Prove Themselves',
      level: 2,
      paragraphs: ['DeepSeek hires young PhD graduates from top Chinese universities. The graduates get computing resources and freedom.'],
    },
    {
      heading: 'Innovation Born out of a Crisis',
      level: 2,
      paragraphs: ['US export controls pushed the company to make training more efficient. Its Mixture-of-Experts design uses MLA to cut memory.'],
    },
  ];
  return {
    url,
    meta,
    text: sections.flatMap((section) => [section.heading, ...section.paragraphs]).join('\n\n'),
    sections,
    faq,
    forced,
    timings: { extract: 5 },
    diagnostics,
    ...overrides,
  };
}
