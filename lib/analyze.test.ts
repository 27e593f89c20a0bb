import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, parseHtml, repoRoot } from '../tests/support/dom.ts';
import { analyze } from './analyze.ts';
import type { Analysis } from './types.ts';

/** The reference article in two layouts: the given page and the same text in another CMS's markup. */
const LAYOUTS = {
  'reference page': join(fixturesDir, 'deepseek-article.html'),
  'entry-content layout': join(repoRoot, 'lib/extract/fixtures/deepseek-entry-content.html'),
};

const SEED_TOPICS: [string, RegExp][] = [
  ['hiring strategy', /PhD students|graduated this year|young graduates/],
  ['US export controls', /export controls/],
  ['MLA / Mixture-of-Experts efficiency', /Multi-head Latent Attention|Mixture-of-Experts|one-tenth the computing power/],
];

const FAQ_QUESTIONS = [
  'What is DeepSeek’s approach to AI research?',
  'How has DeepSeek overcome the challenges posed by US export controls?',
  'What is the impact of DeepSeek’s open source models?',
  'What is the future outlook for DeepSeek?',
];

const JUNK = [
  'Advertisement', 'Read More', 'LEAVE A REPLY', 'Latest stories', 'Must Read', 'Stay Connected', 'Post Comment',
  'Previous article', 'Next article', 'All rights reserved', 'Please enter your', 'Facebook', 'WhatsApp', 'TAGS',
];

function analyseFile(path: string, maxClaims?: number): Analysis {
  const outcome = analyze(parseHtml(readFileSync(path, 'utf8')), { url: 'https://example.com/deepseek', maxClaims });
  if (!outcome.ok) throw new Error(`${path}: ${outcome.message}`);
  return outcome.analysis;
}

describe.each(Object.entries(LAYOUTS))('analyze on the %s', (_name, path) => {
  const analysis = analyseFile(path);

  it.each(SEED_TOPICS)('has a claim on %s among the top five', (_topic, pattern) => {
    expect(analysis.claims.slice(0, 5).some((claim) => pattern.test(claim.text))).toBe(true);
  });

  it('keeps the seed topics in the top five when the list is capped at five', () => {
    const capped = analyseFile(path, 5);
    expect(capped.claims).toHaveLength(5);
    for (const [, pattern] of SEED_TOPICS) expect(capped.claims.some((claim) => pattern.test(claim.text))).toBe(true);
    // A cap keeps the head of the engine's own ranking.
    expect(capped.claims.map((c) => c.text)).toEqual(analysis.claims.slice(0, 5).map((c) => c.text));
  });

  it('finds exactly the four FAQ pairs, without their labels', () => {
    expect(analysis.faq.map((pair) => pair.question)).toEqual(FAQ_QUESTIONS);
    for (const pair of analysis.faq) {
      expect(pair.answer).toMatch(/^DeepSeek|^As the global/);
      expect(pair.answer).not.toMatch(/^A:/);
    }
  });

  it('gives every section of the article a claim, the conclusion too (the FAQ repeats one of its sentences)', () => {
    expect(analysis.sections.map((section) => section.heading)).toEqual([
      'A Young Group of Geniuses Eager to Prove Themselves',
      'The Advantage of Youth',
      'Innovation Born out of a Crisis',
      'The Impact of Open Source Models',
      'Conclusion',
    ]);
  });

  it('labels the export-controls claim with its topic', () => {
    const claim = analysis.claims.find((c) => c.text.startsWith('In October 2022, the US government'));
    expect(claim?.topics).toContain('export controls');
  });

  it('takes no claim from the FAQ and groups claims under the article’s own headings', () => {
    const headings = analysis.sections.map((section) => section.heading);
    expect(headings).not.toContain('FAQs');
    expect(headings).toContain('Innovation Born out of a Crisis');
    for (const claim of analysis.claims) {
      expect(claim.text).not.toMatch(/^(Q|A):/);
      expect(headings).toContain(claim.section);
      expect(claim.topics.length).toBeGreaterThanOrEqual(1);
      expect(claim.topics.length).toBeLessThanOrEqual(3);
      expect(analysis.text).toContain(claim.selector.prefix + claim.selector.exact + claim.selector.suffix);
    }
  });

  it('carries no page junk anywhere', () => {
    const json = JSON.stringify(analysis);
    for (const junk of JUNK) expect(json).not.toContain(junk);
  });

  it('reports metadata and reading time', () => {
    expect(analysis.meta.title).toBe('DeepSeek’s Model Rivals OpenAI');
    expect(analysis.wordCount).toBeGreaterThan(600);
    expect(analysis.readingMinutes).toBe(Math.round(analysis.wordCount / 230));
  });
});

describe('analyze on pages that are not articles', () => {
  const links = `<!doctype html><html><head><title>Links</title></head><body><ul>${Array.from(
    { length: 40 },
    (_, i) => `<li><a href="/p/${i}">Story number ${i}</a></li>`,
  ).join('')}</ul></body></html>`;

  it('says so instead of guessing', () => {
    const outcome = analyze(parseHtml(links), { url: 'https://example.com/' });
    expect(outcome).toMatchObject({ ok: false, reason: 'not-an-article' });
  });

  it('summarizes anyway when asked, and says it was forced', () => {
    const outcome = analyze(parseHtml(links), { url: 'https://example.com/', force: true });
    expect(outcome.ok && outcome.analysis.forced).toBe(true);
  });

  it('gives a typed outcome for an empty page', () => {
    const outcome = analyze(parseHtml('<html><body></body></html>'), { url: 'https://example.com/', force: true });
    expect(outcome.ok).toBe(false);
  });

  it('is deterministic', () => {
    const path = LAYOUTS['reference page'];
    const strip = (a: Analysis) => ({ ...a, timings: {} });
    expect(strip(analyseFile(path))).toEqual(strip(analyseFile(path)));
  });
});
