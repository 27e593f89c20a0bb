/**
 * Reading the visible text of DOM elements the same way everywhere: the block walk, the
 * bold-heading rule and heading recovery all compare texts produced here.
 */
import { collapseRuns, normalizeLines, normalizeSpaces } from './whitespace.ts';

/** Elements whose text is never article text. */
export const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed',
  'button', 'input', 'select', 'textarea', 'option', 'head', 'title', 'meta', 'link',
]);

/** Elements that end the paragraph being collected and start their own. */
export const BLOCK_LEVEL = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'html',
]);

const HEADING = /^h([1-6])$/;

export function tagOf(el: Element): string {
  return el.localName?.toLowerCase() ?? el.tagName.toLowerCase();
}

/**
 * The `class` attribute as written ('' when absent). Read from the attribute node: linkedom answers
 * `getAttribute('class')` by building the element's token list and joining it again, several times
 * slower; browsers give the same string either way, and the class tests here look for substrings that
 * linkedom's tidied-up form (single spaces, no repeats) matches alike.
 */
export function classOf(el: Element): string {
  return el.getAttributeNode('class')?.value ?? '';
}

export function headingLevelOf(el: Element): number | null {
  const match = HEADING.exec(tagOf(el));
  return match ? Number(match[1]) : null;
}

/** True for elements the reader cannot see, so their text is not part of the article. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * The visible text of an inline run: `<br>` becomes "\n", source line breaks become spaces,
 * and nested block elements are flattened. Used for headings and for matching blocks to the
 * original page, so it must agree with what the block walk produces.
 */
export function inlineText(el: Element): { text: string; unlinked: string } {
  let raw = '';
  let unlinked = '';
  const stack: Array<{ node: Node; inLink: boolean }> = [{ node: el, inLink: false }];
  while (stack.length > 0) {
    const { node, inLink } = stack.pop()!;
    if (node.nodeType === 3) {
      const text = collapseRuns(node.nodeValue ?? '');
      raw += text;
      if (!inLink) unlinked += text;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const tag = tagOf(child);
    if (SKIPPED.has(tag) || isHidden(child)) continue;
    if (tag === 'br') {
      raw += '\n';
      continue;
    }
    const link = inLink || tag === 'a';
    if (child !== el && BLOCK_LEVEL.has(tag)) raw += '\n';
    // Last child first, so nodes come off the stack in document order (`childNodes` would build a list).
    for (let kid = child.lastChild; kid; kid = kid.previousSibling) stack.push({ node: kid, inLink: link });
  }
  return { text: normalizeLines(raw), unlinked: normalizeSpaces(unlinked) };
}

/**
 * The page's body. Broken markup can leave `document.body` empty while the content sits in a
 * second `<body>` (linkedom keeps both), so an empty body falls back to the whole document.
 */
export function pageBody(doc: Document): Element | null {
  if (!doc.documentElement) return null;
  const body = doc.body;
  return body && body.firstChild ? body : doc.documentElement;
}
