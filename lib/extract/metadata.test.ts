import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tests/support/dom.ts';
import { articleMetadata, normalizePublishedTime } from './metadata.ts';

const doc = (head: string, body = '') => parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

describe('articleMetadata', () => {
  it('prefers Readability’s values', () => {
    const meta = articleMetadata(
      doc('<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG site">'),
      { title: 'Readability title', siteName: 'Site', byline: 'By Someone', lang: 'fr', dir: 'rtl', publishedTime: '2024-03-01' },
      null,
    );
    expect(meta).toMatchObject({ title: 'Readability title', siteName: 'Site', byline: 'By Someone', lang: 'fr', dir: 'rtl', publishedTime: '2024-03-01' });
  });

  it('falls back to og:title, then <title> without the site suffix, then the h1', () => {
    expect(articleMetadata(doc('<meta property="og:title" content="From OG"><title>T</title>'), null, null).title).toBe('From OG');
    expect(articleMetadata(doc('<title>How Chips Are Made | Tech Daily Wire</title>'), null, null).title).toBe('How Chips Are Made');
    expect(articleMetadata(doc('', '<h1> Only a heading </h1>'), null, null).title).toBe('Only a heading');
    expect(articleMetadata(doc(''), null, null).title).toBe('');
  });

  it('reads lang from <html lang> or content-language, and treats empty strings as absent', () => {
    expect(articleMetadata(parseHtml('<!DOCTYPE html><html lang="de-AT" dir="RTL"><body></body></html>'), null, null)).toMatchObject({
      lang: 'de-AT',
      dir: 'rtl',
    });
    const meta = articleMetadata(doc('<meta http-equiv="content-language" content="pt-BR">'), { lang: '', title: '', byline: '  ' }, null);
    expect(meta).toMatchObject({ lang: 'pt-BR', byline: null });
  });

  it('finds the published time in article:published_time, <time datetime> or JSON-LD, skipping empty ones', () => {
    expect(articleMetadata(doc('<meta property="article:published_time" content="2025-01-28T09:00:00Z">'), null, null).publishedTime).toBe(
      '2025-01-28T09:00:00Z',
    );
    expect(
      articleMetadata(doc('<meta property="article:published_time" content="">', '<time datetime=""></time><time datetime="2025-02-01">Feb 1</time>'), null, null)
        .publishedTime,
    ).toBe('2025-02-01');
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-03-04T05:06:07+01:00"}]}</script>';
    expect(articleMetadata(doc(ld), null, null).publishedTime).toBe('2025-03-04T05:06:07+01:00');
    expect(articleMetadata(doc('<script type="application/ld+json">{ not json</script>'), null, null).publishedTime).toBeNull();
  });

  it('takes the excerpt from the page’s description, else the first paragraph (cut when long)', () => {
    expect(articleMetadata(doc('<meta name="description" content="The summary.">'), { excerpt: 'Readability excerpt' }, 'First.').excerpt).toBe(
      'The summary.',
    );
    expect(articleMetadata(doc(''), null, 'First paragraph.').excerpt).toBe('First paragraph.');
    const long = articleMetadata(doc(''), null, 'word '.repeat(200)).excerpt!;
    expect(long.length).toBeLessThanOrEqual(301);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('normalizePublishedTime', () => {
  it('keeps ISO dates, converts zoned dates to ISO and keeps other strings as written', () => {
    expect(normalizePublishedTime('2025-01-28T09:00:00+00:00')).toBe('2025-01-28T09:00:00+00:00');
    expect(normalizePublishedTime('Tue, 28 Jan 2025 09:00:00 GMT')).toBe('2025-01-28T09:00:00.000Z');
    expect(normalizePublishedTime('January 28, 2025')).toBe('January 28, 2025');
    expect(normalizePublishedTime(null)).toBeNull();
  });
});
