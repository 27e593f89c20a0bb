/**
 * Many CMSs mark section headings as `<p><strong>Heading</strong></p>` instead of `<h2>`.
 * These rules decide when such a paragraph is a heading, so sections survive either markup.
 */
import { headingLevelOf, inlineText, tagOf } from './dom-text.ts';

/** Longer than this, a bold paragraph is an emphasised sentence rather than a heading. */
const MAX_HEADING_CHARS = 120;

/** A sentence ends with a period (or similar); a heading does not. A question mark is allowed. */
const TERMINAL_PUNCTUATION = /[.!,;:…]["”’)]*$/;

/** "Q: …" labels belong to the FAQ, with or without the "A: …" after a `<br>`: never a section. */
const QUESTION_LABEL = /^Q\s*[:.]/i;

function isBold(el: Element): boolean {
  const tag = tagOf(el);
  return tag === 'strong' || tag === 'b';
}

/** True when every visible character of `p` sits inside `<strong>` or `<b>`. */
function isAllBold(p: Element): boolean {
  let sawBold = false;
  const stack: Array<{ node: Node; bold: boolean }> = [{ node: p, bold: false }];
  while (stack.length > 0) {
    const { node, bold } = stack.pop()!;
    if (node.nodeType === 3) {
      if ((node.nodeValue ?? '').trim() === '') continue;
      if (!bold) return false;
      sawBold = true;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const inBold = bold || isBold(el);
    for (let child = el.firstChild; child; child = child.nextSibling) stack.push({ node: child, bold: inBold });
  }
  return sawBold;
}

/** `<p><strong>Short label</strong></p>`: bold only, short, one line, no terminal period, not a Q: label. */
export function isBoldOnlyHeading(p: Element): boolean {
  if (!isAllBold(p)) return false;
  const text = inlineText(p).text;
  if (text === '' || text.includes('\n') || text.length > MAX_HEADING_CHARS) return false;
  if (!/\p{L}/u.test(text)) return false;
  return !TERMINAL_PUNCTUATION.test(text) && !QUESTION_LABEL.test(text);
}

/**
 * The level given to bold-paragraph headings: one below the page's top real heading level
 * (they are usually sub-headings when real headings exist), else 2, the usual section level.
 */
export function boldHeadingLevel(root: Element): number {
  let top = 7;
  // The descendants, as `querySelectorAll('h1, …, h6')` would visit them (a walk: some DOMs compile the
  // selector on every call); an h1 cannot be topped.
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length > 0 && top > 1) {
    const el = stack.pop() as Element;
    top = Math.min(top, headingLevelOf(el) ?? 7);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return top === 7 ? 2 : Math.min(6, top + 1);
}
