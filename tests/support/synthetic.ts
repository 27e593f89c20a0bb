/**
 * Deterministic synthetic inputs for the huge-page tests and the benchmark: pages that make Readability
 * slow (flat, deep, long) and plain texts of N sentences for the claim ranker.
 */

/** Small seeded generator (mulberry32) so every run sees the same pages. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = (
  'model chip export control research team university student graduate compute memory cost policy market ' +
  'engineer company government training efficiency attention expert mixture resource budget hardware software ' +
  'network data benchmark release open source community investor analyst report growth risk rule trade'
).split(' ');

/** `count` sentences of 8–24 words drawn from a fixed vocabulary. */
export function syntheticSentences(count: number, seed = 1): string[] {
  const random = seededRandom(seed);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 8 + Math.floor(random() * 17);
    const words: string[] = [];
    for (let w = 0; w < length; w++) words.push(VOCABULARY[Math.floor(random() * VOCABULARY.length)]!);
    const sentence = words.join(' ');
    sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.');
  }
  return sentences;
}

function page(body: string, title = 'Synthetic page'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

/** Paragraphs of synthetic sentences under `sections` h2 headings. */
export function manyParagraphsPage(paragraphs: number, sections = 20, seed = 2): string {
  const sentences = syntheticSentences(paragraphs * 3, seed);
  const parts: string[] = ['<article><h1>Synthetic article</h1>'];
  for (let p = 0; p < paragraphs; p++) {
    if (p % Math.max(1, Math.floor(paragraphs / sections)) === 0) parts.push(`<h2>Part ${p}</h2>`);
    parts.push(`<p>${sentences.slice(p * 3, p * 3 + 3).join(' ')}</p>`);
  }
  parts.push('</article>');
  return page(parts.join('\n'));
}

/** `elements` sibling elements in one container: the shape that makes Readability quadratic. */
export function flatPage(elements: number, seed = 3): string {
  const sentences = syntheticSentences(Math.ceil(elements / 10), seed);
  const parts: string[] = [];
  for (let i = 0; i < elements; i++) {
    parts.push(i % 10 === 0 ? `<div>${sentences[i / 10]}</div>` : `<span>item ${i}</span>`);
  }
  return page(`<div id="content">${parts.join('')}</div>`);
}

/** An article wrapped in `depth` nested divs. */
export function deepPage(depth: number, seed = 4): string {
  const body = `<p>${syntheticSentences(40, seed).join(' ')}</p>`;
  return page('<div>'.repeat(depth) + body + '</div>'.repeat(depth));
}

/** About `bytes` of text in ordinary paragraphs. */
export function longTextPage(bytes: number, seed = 5): string {
  const sentences = syntheticSentences(Math.ceil(bytes / 110), seed);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 6) paragraphs.push(`<p>${sentences.slice(i, i + 6).join(' ')}</p>`);
  return page(`<article>${paragraphs.join('\n')}</article>`);
}
