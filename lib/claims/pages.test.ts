/**
 * Claims as a reader sees them on whole pages: the four Wikipedia pages of the Readability corpus (copied,
 * gzipped, into tests/fixtures/wikipedia) and the reference article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixturesDir, parseHtml } from '../../tests/support/dom.ts';
import { analyze } from '../analyze.ts';
import type { Analysis } from '../types.ts';

function analysed(html: string, url: string): Analysis {
  const outcome = analyze(parseHtml(html, url), { url, force: true });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.analysis;
}

const wikipedia = (name: string) =>
  analysed(gunzipSync(readFileSync(join(fixturesDir, 'wikipedia', `${name}.html.gz`))).toString('utf8'), `https://en.wikipedia.org/wiki/${name}`);

const PAGES = ['wikipedia', 'wikipedia-2', 'wikipedia-3', 'wikipedia-4'] as const;
const analyses = new Map(PAGES.map((name) => [name, wikipedia(name)]));
const shown = (name: (typeof PAGES)[number]) => analyses.get(name)!.claims.map((claim) => claim.text);

describe.each(PAGES)('claims on %s', (name) => {
  const analysis = analyses.get(name)!;

  it('show no reference marker, unbalanced bracket or trailing colon, and stand as sentences', () => {
    expect(analysis.claims.length).toBeGreaterThanOrEqual(5);
    for (const { text } of analysis.claims) {
      expect(text).not.toMatch(/\[\s*(?:\d+|[a-z]{1,3} ?\d+|citation needed|edit)\s*\]|\[$|^\d+\]/);
      expect(text.split('(').length).toBe(text.split(')').length);
      expect(text.split('[').length).toBe(text.split(']').length);
      expect(text).not.toMatch(/:\s*["”]?$/);
      expect(text).toMatch(/[.!?]["”’)]*$/);
      expect(text).not.toMatch(/^\^|ISBN \d|needs expansion|^See also|^List of/);
    }
  });

  it('keeps the exact page text as the source the selector points at', () => {
    for (const claim of analysis.claims) {
      expect(claim.selector.exact).toBe(claim.source);
      expect(analysis.text).toContain(claim.source);
    }
  });

  it('drops edit links from section headings', () => {
    for (const section of analysis.sections) expect(section.heading).not.toMatch(/\[edit\]/);
  });
});

describe('what the Wikipedia claims say', () => {
  it('New Zealand: a sentence whose markers split it is whole, shown without them', () => {
    expect(shown('wikipedia-2')).toContain('New Zealand is heavily dependent on international trade, particularly in agricultural products.');
    const trade = analyses.get('wikipedia-2')!.claims.find((claim) => claim.text.startsWith('New Zealand is heavily dependent'))!;
    expect(trade.source).toBe('New Zealand is heavily dependent on international trade,[217] particularly in agricultural products.[218]');
    expect(shown('wikipedia-2')).toContain(
      'The 2013 New Zealand census enumerated a resident population of 4,242,048, an increase of 5.3% over the 2006 figure.',
    );
  });

  it('Hermitian matrix: no sentence cut where a formula begins, no banner', () => {
    const texts = shown('wikipedia-3');
    expect(texts).toContain('An arbitrary square matrix C can be written as the sum of a Hermitian matrix A and a skew-Hermitian matrix B.');
    for (const text of texts) expect(text).not.toMatch(/it satisfies$|is defined as|denoted as ,|This section needs/);
  });

  it('time loops: no reference-list entry, hatnote or See also link', () => {
    for (const text of shown('wikipedia-4')) expect(text).not.toMatch(/^For a list of|McFarland|Time Loop Movies|List of time travel/);
  });

  it('chips are things: no cut names, verbs or bare numbers', () => {
    for (const analysis of analyses.values()) {
      for (const claim of analysis.claims) {
        for (const topic of claim.topics) {
          expect(topic).not.toMatch(/^(?:New|International|Government|Zealand|Eich)$/);
          expect(topic).not.toMatch(/\b(?:aims|traps|visits|offers)$|^\d[\d,.]*$/);
        }
      }
    }
    const zealand = analyses.get('wikipedia-2')!.claims.flatMap((claim) => claim.topics);
    expect(zealand).toContain('New Zealand');
  });
});

describe('claims on the reference article', () => {
  const analysis = analysed(readFileSync(join(fixturesDir, 'deepseek-article.html'), 'utf8'), 'https://example.com/deepseek');

  it('shows the hiring claim with the sentence that names its subject', () => {
    const hiring = analysis.claims.find((claim) => claim.text.includes('PhD students'))!;
    expect(hiring.text).toMatch(/^According to Liang, when he put together DeepSeek’s research team/);
    expect(hiring.text).toContain('Instead, he focused on PhD students');
    // The source is both sentences as they stand in the article; a jump or a save finds them there.
    expect(analysis.text).toContain(hiring.source);
    expect(hiring.selector.exact).toBe(hiring.source);
  });

  it('opens no claim with a connective or a pronoun', () => {
    for (const { text } of analysis.claims) expect(text).not.toMatch(/^(?:Instead|In fact|But|And|He|She|It|This)\b/);
  });

  it('gives no verb or cut phrase as a chip', () => {
    const chips = analysis.claims.flatMap((claim) => claim.topics);
    for (const bad of ['stock fell', 'crash comes', "couldn't ask", 'least 88 billion', 'considerable goodwill within']) {
      expect(chips).not.toContain(bad);
    }
    // Nor a bare adjective, a subject with its verb, or a grade that names nothing.
    for (const bad of ['high-investment', 'models grow', 'better fit', 'significant progress']) expect(chips).not.toContain(bad);
    expect(chips).toEqual(expect.arrayContaining(['low-profit research', 'Multi-head Latent Attention', 'export controls']));
  });
});
