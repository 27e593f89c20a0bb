/**
 * An FAQ that a script-built page gives only inside `<noscript>`.
 *
 * What the user of the live page sees: the page's script draws its FAQ from the same content the
 * `<noscript>` copy holds (that copy is the page as it reads without script), so that FAQ is the page's
 * and is reported. A parser that runs no script (linkedom in the CLI, a saved page) makes the copy part
 * of the document, where the readers find it with the rest. A browser that runs script keeps the copy as
 * one text node; it is parsed here into an inert document (DOMParser runs no script and loads nothing)
 * and read the same way, so the panel and the CLI agree. It is read only when the rest of the page gives
 * no FAQ: where the script did draw it, the drawn copy is the one the user sees.
 */
import type { FaqPair } from '../types.ts';

/** `read`: the FAQ reader for a whole document (extractFaq, passed in to keep the modules apart). */
export function noscriptFaq(noscripts: readonly Element[], read: (doc: Document) => FaqPair[]): FaqPair[] {
  if (typeof DOMParser === 'undefined') return [];
  const pairs: FaqPair[] = [];
  for (const el of noscripts) {
    const html = el.firstElementChild ? '' : (el.textContent ?? '');
    if (/<(details|dl|h[2-6]|p)\b/i.test(html)) pairs.push(...read(new DOMParser().parseFromString(html, 'text/html')));
  }
  return pairs;
}
