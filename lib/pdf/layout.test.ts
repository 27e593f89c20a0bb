import { describe, expect, it } from 'vitest';
import { layoutArticle } from './layout.ts';
import { normalizeGlyphText } from './normalize.ts';
import type { PdfOutlineEntry, PdfPageText, PdfText, PdfTextItem } from './types.ts';

/** A run of text at (x, y) in a font of `size`; its width as a 0.5-em-per-character font would give. */
function run(str: string, x: number, y: number, size = 10, fontName = 'body'): PdfTextItem {
  return { str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size, fontName, hasEOL: false };
}

function page(number: number, items: PdfTextItem[]): PdfPageText {
  return { number, width: 612, height: 792, items };
}

function pdf(pages: PdfPageText[], outline: PdfOutlineEntry[] = []): PdfText {
  return { pageCount: pages.length, pages, outline, info: { title: null, author: null, lang: null, creationDate: null } };
}

/** Lines of a column, 12 points apart from `top` down, starting at x. */
function column(lines: string[], x: number, top: number, size = 10): PdfTextItem[] {
  return lines.map((text, i) => run(text, x, top - i * 12, size));
}

const texts = (article: ReturnType<typeof layoutArticle>) => article.blocks.map((block) => block.text);

describe('PDF layout: reading order', () => {
  it('reads the left column before the right one, even when the page draws them line by line across', () => {
    const left = ['Left column opens the story and it goes', 'on for a while in the left column until', 'it reaches the bottom of the left side.', 'More left text here to fill the column up', 'and the last left line ends the first part.'];
    const right = ['Right column continues the story after', 'the left one, and it keeps going along', 'the right side of the page until it ends', 'with more right text in the right column', 'and the final words of the right column.'];
    // Interleaved drawing order: left line, right line, left line...
    const items = left.flatMap((text, i) => [run(text, 50, 700 - i * 12), run(right[i]!, 320, 700 - i * 12)]);
    const article = layoutArticle(pdf([page(1, items)]));
    expect(texts(article)).toEqual([`${left.join(' ')} ${right.join(' ')}`]);
  });

  it('reads a title across both columns first, then the columns', () => {
    const items = [
      run('A Title Across the Page', 150, 740, 18),
      ...column(['alpha one alpha two alpha three alpha four', 'alpha five alpha six alpha seven alpha', 'alpha eight alpha nine alpha ten alpha.', 'alpha eleven alpha twelve alpha thirteen'], 50, 700),
      ...column(['beta one beta two beta three beta four b', 'beta five beta six beta seven beta eight', 'beta nine beta ten beta eleven beta twelv', 'beta thirteen beta fourteen beta fifteen.'], 320, 700),
    ];
    const article = layoutArticle(pdf([page(1, items)]));
    expect(article.blocks[0]).toMatchObject({ kind: 'heading', text: 'A Title Across the Page' });
    const body = texts(article).slice(1).join(' ');
    expect(body.indexOf('alpha thirteen')).toBeLessThan(body.indexOf('beta one'));
  });
});

describe('PDF layout: words, furniture and notes', () => {
  it('joins a word hyphenated across lines, and keeps a compound the document writes with its hyphen', () => {
    const items = column(['The reading order of a page is recon-', 'structed from the lines, and a well-known', 'rule keeps the two-column layout. A well-', 'known compound keeps its hyphen here.'], 50, 700);
    const [block] = layoutArticle(pdf([page(1, items)])).blocks;
    expect(block!.text).toContain('reconstructed from');
    expect(block!.text).toContain('A well-known compound');
  });

  it('removes running headers, footers and page numbers that come back on every page', () => {
    const words = ['first', 'second', 'third'];
    const pages = [1, 2, 3].map((n) =>
      page(n, [
        run('Journal of Examples · Vol. 3', 200, 760, 8),
        ...column([`Body text of the ${words[n - 1]} page says something about`, `its subject and goes on to the end of page ${n}.`], 50, 700),
        run(String(n), 300, 40, 8),
      ]),
    );
    const article = layoutArticle(pdf(pages));
    const all = texts(article).join('\n');
    expect(all).not.toContain('Journal of Examples');
    expect(all).not.toMatch(/^\d+$/m);
    expect(all).toContain('Body text of the third page');
  });

  it('sets a footnote apart, so that the paragraph it interrupts runs on into the next column', () => {
    const leftBody = column(['The paragraph starts in the left column and', 'it keeps going for several lines of text in', 'this column, right down to the foot of it,', 'where it breaks off in the middle of a'], 50, 700);
    const rightBody = column(['sentence that goes on at the top of the right', 'column and finally ends with a full stop.', 'Another sentence follows in this column to', 'give the right column a few lines of text.'], 320, 700);
    const note = run('1 A note at the foot of the column, set small.', 50, 100, 7);
    const article = layoutArticle(pdf([page(1, [...leftBody, note, ...rightBody])]));
    expect(texts(article)[0]).toContain('in the middle of a sentence that goes on');
    expect(article.notes.map((block) => block.text)).toEqual(['1 A note at the foot of the column, set small.']);
  });

  it('spells out ligature glyphs and turns odd spaces into plain ones', () => {
    expect(normalizeGlyphText('the \uFB01rst e\uFB03cient\u00A0way\u2009to\u00ADday')).toBe('the first efficient way today');
  });
});

describe('PDF layout: sections', () => {
  const lines = (texts: string[], top: number) => column(texts, 50, top);

  it('finds numbered headings from their type, the abstract, and keeps references out of the article', () => {
    const items = [
      run('Abstract', 50, 740, 10, 'bold'),
      ...lines(['We study how papers are read and find that the', 'order of their lines can be recovered well.'], 726),
      run('1 Introduction', 50, 680, 12, 'bold'),
      ...lines(['Papers are read in the browser more and more,', 'and their text has to be read in order too.'], 664),
      run('2.1 Related work', 50, 620, 10, 'bold'),
      ...lines(['Earlier tools printed the glyphs in the order', 'the page drew them, which is often wrong.'], 604),
      run('References', 50, 560, 12, 'bold'),
      ...lines(['[1] A. Author. A paper about reading. 2020.', '[2] B. Author. Another paper. 2021.'], 544),
    ];
    const article = layoutArticle(pdf([page(1, items)]));
    const headings = article.blocks.filter((block) => block.kind === 'heading').map((block) => [block.text, block.kind === 'heading' ? block.level : 0]);
    expect(headings).toEqual([
      ['Abstract', 2],
      ['1 Introduction', 2],
      ['2.1 Related work', 3],
    ]);
    expect(texts(article).join(' ')).not.toContain('A paper about reading');
    expect(article.references.map((block) => block.text)).toContain('References');
  });

  it('makes the abstract a section of its own when its heading runs into its text', () => {
    const items = lines(['Abstract—We show that the order of lines can be', 'recovered from their positions alone.'], 700);
    const article = layoutArticle(pdf([page(1, items)]));
    expect(article.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Abstract'],
      ['paragraph', 'We show that the order of lines can be recovered from their positions alone.'],
    ]);
  });

  it('takes the sections from the outline when the headings look like body text', () => {
    const items = [
      ...lines(['Overview'], 740),
      ...lines(['The overview paragraph describes the year in a', 'few sentences and ends here.'], 716),
      ...lines(['Finances'], 680),
      ...lines(['The finances paragraph gives the numbers of', 'the year and ends here as well.'], 656),
    ];
    const outline: PdfOutlineEntry[] = [
      { title: 'Overview', page: 1, children: [] },
      { title: 'Finances', page: 1, children: [] },
    ];
    const article = layoutArticle(pdf([page(1, items)], outline));
    expect(article.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(['Overview', 'Finances']);
  });

  it('records the page where a paragraph that runs over a page break goes on', () => {
    const first = page(1, lines(['A paragraph begins at the foot of the first page', 'and has not ended when the page does, so it'], 100));
    const second = page(2, lines(['goes on at the top of the second page and ends.', 'A short line.'], 700));
    const [block] = layoutArticle(pdf([first, second])).blocks;
    expect(block!.page).toBe(1);
    expect(block!.pageBreaks).toEqual([{ at: block!.text.indexOf('goes on'), page: 2 }]);
  });
});
