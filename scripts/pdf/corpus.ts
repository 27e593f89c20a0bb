/**
 * The PDF corpus: articles from ../shared/corpus printed to PDF by Chromium, in one- and two-column CSS, with the
 * article's own text beside each file as the ground truth.
 *
 *   npm run -s pdf:corpus [-- --limit N]
 *
 * Files go to .cache/pdf-corpus/<layout>/<id>.pdf and <id>.txt (gitignored; made again only when missing).
 * Chromium prints through its DevTools printing call (the one `--print-to-pdf` uses) in one browser for the whole
 * run: a process per file would take a second or more each. The one-column layout keeps Chromium's own running
 * header and footer (date, title, address, "1/4"), so removing page furniture is part of what is measured; the
 * two-column layout puts soft hyphens in long words, so words broken across lines are too.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { corpusDir, CORPUS_MISSING, parseHtml, repoRoot } from '../../tests/support/dom.ts';

export const PDF_CORPUS_DIR = join(repoRoot, '.cache/pdf-corpus');
export const CHROMIUM = '/usr/bin/chromium';

export type Layout = 'one' | 'two';
export const LAYOUTS: Layout[] = ['one', 'two'];

export interface CorpusArticle {
  /** "readability/<page>" or "bbc/<id>". */
  id: string;
  title: string;
  /** Paragraphs, and headings as "## text" (the level in hashes). */
  paragraphs: string[];
}

const STYLE: Record<Layout, string> = {
  one: `body { font: 11pt/1.45 "DejaVu Serif", serif; margin: 0 auto; max-width: 40em; }
        h1 { font-size: 20pt; } h2 { font-size: 15pt; } h3, h4, h5, h6 { font-size: 12.5pt; } p { margin: 0 0 0.7em; }`,
  two: `body { font: 9.5pt/1.35 "DejaVu Serif", serif; margin: 0; }
        h1 { font-size: 17pt; column-span: all; } h2 { font-size: 12pt; } h3, h4, h5, h6 { font-size: 10.5pt; } article { columns: 2; column-gap: 2.2em; text-align: justify; }
        p { margin: 0; text-indent: 1.2em; } p.first { text-indent: 0; }`,
};

/** The articles of the shared corpus: Readability's expected outputs and the BBC development set. */
export function corpusArticles(): CorpusArticle[] {
  if (!corpusDir) throw new Error(CORPUS_MISSING);
  const articles: CorpusArticle[] = [];
  const readability = join(corpusDir, 'readability');
  for (const page of readdirSync(readability).sort()) {
    const expected = join(readability, page, 'expected.html');
    if (!existsSync(expected)) continue;
    const meta = JSON.parse(readFileSync(join(readability, page, 'expected-metadata.json'), 'utf8')) as { title?: string };
    const doc = parseHtml(readFileSync(expected, 'utf8'));
    const paragraphs = [...doc.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, pre, blockquote, td')]
      .filter((el) => !el.querySelector('p, li, pre, blockquote, td'))
      .map((el) => {
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        const level = /^H([1-6])$/.exec(el.tagName.toUpperCase())?.[1];
        return text && level ? `${'#'.repeat(Number(level))} ${text}` : text;
      })
      .filter((text) => text.length > 0);
    // A few test pages are only an entity or two: there is no article to print.
    if (paragraphs.join(' ').split(/\s+/).length < 30) continue;
    articles.push({ id: `readability/${page}`, title: (meta.title ?? page).trim(), paragraphs });
  }
  const bbc = join(corpusDir, 'bbc-dev');
  for (const id of readdirSync(bbc).sort()) {
    const file = join(bbc, id, 'article.txt');
    if (!existsSync(file)) continue;
    const [title = '', ...rest] = readFileSync(file, 'utf8').split('\n');
    const paragraphs = rest.join('\n').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    articles.push({ id: `bbc/${id}`, title: title.trim(), paragraphs });
  }
  return articles;
}

/** The ground truth a PDF's text is scored against: the title and the paragraphs, a blank line between. */
export function groundTruth(article: CorpusArticle): string {
  return [article.title, ...article.paragraphs.map((text) => text.replace(/^#+ /, ''))].join('\n\n');
}

export function pdfPath(layout: Layout, id: string): string {
  return join(PDF_CORPUS_DIR, layout, `${id.replace('/', '--')}.pdf`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Soft hyphens in the middle of long words, so justified columns break some of them across lines. */
function softHyphens(text: string): string {
  return text.replace(/\p{L}{10,}/gu, (word) => `${word.slice(0, 5)}&shy;${word.slice(5)}`);
}

export function articleHtml(article: CorpusArticle, layout: Layout): string {
  const para = (text: string, index: number) => {
    const heading = /^(#{1,6}) (.*)$/.exec(text);
    if (heading) return `<h${Math.max(2, heading[1]!.length)}>${escapeHtml(heading[2]!)}</h${Math.max(2, heading[1]!.length)}>`;
    const escaped = escapeHtml(text);
    return `<p${index === 0 ? ' class="first"' : ''}>${layout === 'two' ? softHyphens(escaped) : escaped}</p>`;
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(article.title)}</title>
<style>${STYLE[layout]}</style></head><body><h1>${escapeHtml(article.title)}</h1>
<article>${article.paragraphs.map(para).join('\n')}</article></body></html>`;
}

/** Prints every article missing from the cache; returns how many were printed. */
export async function renderCorpus(articles: CorpusArticle[]): Promise<number> {
  const missing = LAYOUTS.flatMap((layout) => articles.map((article) => ({ layout, article })))
    .filter(({ layout, article }) => !existsSync(pdfPath(layout, article.id)));
  if (missing.length === 0) return 0;
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  for (const layout of LAYOUTS) mkdirSync(join(PDF_CORPUS_DIR, layout), { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    for (const { layout, article } of missing) {
      await page.setContent(articleHtml(article, layout), { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'Letter',
        margin: { top: '0.8in', bottom: '0.8in', left: '0.75in', right: '0.75in' },
        displayHeaderFooter: layout === 'one',
        headerTemplate: `<div style="font-size:8pt;width:100%;text-align:center"><span class="title"></span></div>`,
        footerTemplate: `<div style="font-size:8pt;width:100%;text-align:right;padding-right:0.75in"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
      });
      writeFileSync(pdfPath(layout, article.id), pdf);
      writeFileSync(pdfPath(layout, article.id).replace(/\.pdf$/, '.txt'), groundTruth(article));
    }
  } finally {
    await browser.close();
  }
  return missing.length;
}

/** `--limit N` keeps the first N articles of each source (Readability pages, BBC), for a quicker run. */
export function limitedArticles(limit: number | undefined): CorpusArticle[] {
  const all = corpusArticles();
  if (limit === undefined) return all;
  return [...all.filter((a) => a.id.startsWith('readability/')).slice(0, limit), ...all.filter((a) => a.id.startsWith('bbc/')).slice(0, limit)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--limit');
  const limit = at >= 0 ? Number(process.argv[at + 1]) : undefined;
  const started = Date.now();
  const printed = await renderCorpus(limitedArticles(limit));
  process.stdout.write(`${printed} PDFs printed into ${PDF_CORPUS_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/**
 * One long document made of corpus articles, each a numbered section, printed in `layout` until it has about
 * `pages` pages (two columns hold ~6,500 characters a page, one column ~3,000): the benchmark's "30-page paper"
 * and "500-page book". Cached like the corpus; returns the file.
 */
export async function renderLongDocument(name: string, layout: Layout, pages: number): Promise<string> {
  const file = join(PDF_CORPUS_DIR, 'long', `${name}.pdf`);
  if (existsSync(file)) return file;
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  const perPage = layout === 'two' ? 6_500 : 3_000;
  const sections: string[] = [];
  let chars = 0;
  const articles = corpusArticles();
  for (let i = 0; chars < pages * perPage; i++) {
    const article = articles[i % articles.length]!;
    const body = article.paragraphs.filter((text) => !text.startsWith('#'));
    sections.push(`<h2>${sections.length + 1} ${escapeHtml(article.title)}</h2>\n${body.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')}`);
    chars += body.join(' ').length;
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(name)}</title>
<style>${STYLE[layout]} h2 { font-size: 11.5pt; }</style></head><body><h1>A collection of articles</h1>
<article>${sections.join('\n')}</article></body></html>`;
  mkdirSync(join(PDF_CORPUS_DIR, 'long'), { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'Letter',
      margin: { top: '0.8in', bottom: '0.8in', left: '0.75in', right: '0.75in' },
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:8pt;width:100%;text-align:center"><span class="title"></span></div>`,
      footerTemplate: `<div style="font-size:8pt;width:100%;text-align:center"><span class="pageNumber"></span></div>`,
    });
    writeFileSync(file, pdf);
  } finally {
    await browser.close();
  }
  return file;
}
