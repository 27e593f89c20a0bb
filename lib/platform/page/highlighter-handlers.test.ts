// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { revealQuote } from './highlighter-handlers.ts';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function page(): HTMLElement {
  const article = document.createElement('article');
  for (const text of ['First paragraph of the story.', 'DeepSeek hires young   PhD graduates\nfrom top universities.']) {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    article.append(paragraph);
  }
  document.body.append(article);
  return article;
}

describe('revealQuote', () => {
  it('scrolls the sentence’s element to the centre, whitespace differences notwithstanding', () => {
    const article = page();
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    const result = revealQuote(document, {
      type: 'TextQuoteSelector',
      exact: 'DeepSeek hires young PhD graduates from top universities.',
      prefix: '',
      suffix: '',
    });
    expect(result).toEqual({ ok: true, value: null });
    expect(scrolled).toEqual([article.children[1]]);
  });

  it('says so when the sentence is no longer on the page', () => {
    page();
    const result = revealQuote(document, { type: 'TextQuoteSelector', exact: 'A sentence that was edited away entirely.', prefix: '', suffix: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
