/**
 * Key claims on the reference page. Extraction is another stage's job, so the sections are read here
 * straight from the page's markup: each h2 under .td-post-content with the paragraphs after it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, parseHtml } from '../../tests/support/dom.ts';
import type { Section } from '../types.ts';
import { selectClaims, type ClaimInput } from './index.ts';

function referenceArticle(): ClaimInput & { faqHeading: string } {
  const doc = parseHtml(readFileSync(join(fixturesDir, 'deepseek-article.html'), 'utf8'));
  const sections: Section[] = [];
  for (const el of doc.querySelectorAll('.td-post-content h2, .td-post-content p')) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (el.tagName === 'H2') sections.push({ heading: text, level: 2, paragraphs: [] });
    else if (text) sections[sections.length - 1]?.paragraphs.push(text);
  }
  const body = sections.filter((s) => s.heading !== 'FAQs');
  const text = body.flatMap((s) => [s.heading, ...s.paragraphs]).join('\n\n');
  const title = doc.querySelector('h1')?.textContent?.trim() ?? '';
  return { title, sections: body, text, faqHeading: 'FAQs' };
}

describe('selectClaims on the reference article', () => {
  const article = referenceArticle();
  const claims = selectClaims(article);

  it('reads the five body sections and leaves the FAQ out', () => {
    expect(article.sections.map((s) => s.heading)).toEqual([
      'A Young Group of Geniuses Eager to Prove Themselves',
      'The Advantage of Youth',
      'Innovation Born out of a Crisis',
      'The Impact of Open Source Models',
      'Conclusion',
    ]);
  });

  it('puts the hiring strategy, export controls and MLA/MoE efficiency in the top five', () => {
    const top = claims.slice(0, 5).map((c) => c.text);
    expect(top.some((t) => /PhD students|graduated|hiring strategy/.test(t))).toBe(true);
    expect(top.some((t) => /export controls/.test(t))).toBe(true);
    expect(top.some((t) => /Multi-head Latent Attention|Mixture-of-Experts|one-tenth/.test(t))).toBe(true);
  });

  it('represents every section and nothing from the FAQ', () => {
    expect(new Set(claims.map((c) => c.sectionIndex))).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(claims.every((c) => c.section === article.sections[c.sectionIndex]!.heading)).toBe(true);
    expect(claims.some((c) => /^Q:|What is DeepSeek/.test(c.text))).toBe(false);
  });

  it('picks a count scaled to the article, without repeats or headings', () => {
    expect(claims.length).toBeGreaterThanOrEqual(5);
    expect(claims.length).toBeLessThanOrEqual(12);
    expect(new Set(claims.map((c) => c.text)).size).toBe(claims.length);
    const headings = new Set(article.sections.map((s) => s.heading));
    expect(claims.some((c) => headings.has(c.text))).toBe(false);
  });

  it('labels claims with key phrases taken from the text', () => {
    const topics = claims.flatMap((c) => c.topics);
    expect(topics).toContain('export controls');
    expect(topics.some((t) => /PhD students|Mixture-of-Experts|Multi-head Latent Attention/.test(t))).toBe(true);
    for (const claim of claims) {
      expect(claim.topics.length).toBeGreaterThanOrEqual(1);
      expect(claim.topics.length).toBeLessThanOrEqual(3);
      for (const topic of claim.topics) expect(claim.text).toContain(topic);
    }
  });

  it('gives each claim a quote selector that finds it in the text', () => {
    for (const claim of claims) {
      const { exact, prefix, suffix } = claim.selector;
      expect(claim.selector.type).toBe('TextQuoteSelector');
      expect(exact).toBe(claim.source);
      expect(prefix.length).toBeLessThanOrEqual(32);
      expect(suffix.length).toBeLessThanOrEqual(32);
      expect(article.text.indexOf(prefix + exact + suffix)).toBeGreaterThanOrEqual(0);
    }
  });

  it('is deterministic', () => {
    expect(selectClaims(referenceArticle())).toEqual(claims);
  });

  it('caps the flat list with max', () => {
    const three = selectClaims(article, { max: 3 });
    expect(three).toHaveLength(3);
    expect(three[0]).toEqual(claims[0]);
    expect(selectClaims(article, { max: 0 })).toEqual([]);
  });
});

describe('selectClaims edge cases', () => {
  it('returns nothing for an empty article', () => {
    expect(selectClaims({ title: '', sections: [], text: '' })).toEqual([]);
    expect(selectClaims({ title: 'T', sections: [{ heading: 'H', level: 2, paragraphs: [] }], text: 'H' })).toEqual([]);
  });

  it('never offers boilerplate as a claim when real sentences exist', () => {
    const paragraphs = [
      'The council approved a new budget for the city library on Monday evening.',
      'Click here to sign up for our newsletter and never miss a story.',
      'The budget adds two branches and extends opening hours at the library.',
      'Library visits rose by a third last year, the council said in its report.',
      'Critics say the library budget still leaves the rural branches short of staff.',
      'The new branches are due to open in the spring of next year.',
    ];
    const text = paragraphs.join('\n\n');
    const claims = selectClaims({ title: 'City library budget', sections: [{ heading: '', level: 0, paragraphs }], text });
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.some((c) => /Click here/.test(c.text))).toBe(false);
  });
});
