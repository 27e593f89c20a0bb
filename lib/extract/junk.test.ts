import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tests/support/dom.ts';
import { sourcedBlocks } from './blocks.ts';
import { dropJunk, isFurnitureLabel } from './junk.ts';

describe('isFurnitureLabel', () => {
  it.each([
    '- Advertisement -', 'ADVERTISEMENT', 'Read More', 'Read more »', 'Share this article', 'Share on Facebook',
    'Sign up for our newsletter', 'SIGN UP FOR OUR NEWSLETTER', 'Related Stories', 'Tweet', 'Email', 'Print',
    'Post a comment', 'Reply', 'Continue reading', 'Must Read', 'Latest stories', 'Follow us on X',
  ])('"%s" is a label', (text) => {
    expect(isFurnitureLabel(text)).toBe(true);
  });

  it.each([
    'Conclusion', 'The Advantage of Youth', 'Read the full report before you share it with colleagues.',
    'Sharing with a single developer', 'Share prices fell 4% on Monday after the announcement.', 'Email is old.',
    '', '* * *', 'Share share share share share share share share share share share',
  ])('"%s" is not a label', (text) => {
    expect(isFurnitureLabel(text)).toBe(false);
  });
});

describe('dropJunk', () => {
  const texts = (html: string) => {
    const doc = parseHtml(`<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`);
    return dropJunk(sourcedBlocks(doc.getElementById('root')!)).map((sourced) => sourced.block.text);
  };

  it('drops labelled navigation links but keeps lists of linked items', () => {
    expect(
      texts(
        '<p>Real text of the article, long enough to matter.</p>' +
          '<p>Related: <a href="/a">Another story about chips</a></p>' +
          '<p><a href="/b"><span>Read more: Why tariffs matter</span></a></p>' +
          '<p><a href="/c"><span>Previous article</span> Nvidia Weighs New China Chip</a></p>' +
          '<ul><li><a href="/bug/1">Bug 1677080 – Fullscreen window is affected by switching source</a></li>' +
          '<li><a href="/tools/webide">Learn more about WebIDE</a></li></ul>',
      ),
    ).toEqual([
      'Real text of the article, long enough to matter.',
      'Bug 1677080 – Fullscreen window is affected by switching source',
      'Learn more about WebIDE',
    ]);
  });

  it('drops separators without letters or digits', () => {
    expect(texts('<p>One.</p><p>* * *</p><p>___</p><p>Two.</p>')).toEqual(['One.', 'Two.']);
  });

  it('drops credit lines, bare dates and labels in other languages, keeping text that mentions them', () => {
    expect(
      texts(
        '<p>Eine Fracking-Anlage im US-Bundesstaat Pennsylvania © Noah Addis</p>' +
          '<p>(crédito: Minervino Júnior/CB/D.A.Press)</p>' +
          '<p>16 marca 2021</p><p>Stand: 05. Februar 2020</p><p>Reklama</p><p>Diesen Artikel teilen</p>' +
          '<p>In 2021 the council met on 16 March and voted, after a long debate, to keep the library open.</p>' +
          '<p>gsoc-2018 3.3 GB/s</p><p>^ King 2003, p. 41.</p>' +
          '<p>The photo agency sued: its lawyers argued that the “© Getty Images” line under every picture of the ' +
          'match was part of the licence, and that cropping it out of the frame broke the contract.</p>',
      ),
    ).toEqual([
      'In 2021 the council met on 16 March and voted, after a long debate, to keep the library open.',
      'gsoc-2018 3.3 GB/s',
      '^ King 2003, p. 41.',
      'The photo agency sued: its lawyers argued that the “© Getty Images” line under every picture of the match was part of the licence, and that cropping it out of the frame broke the contract.',
    ]);
  });
});
