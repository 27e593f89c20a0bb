/**
 * Plain text from DOM nodes, read the way a reader sees the lines: `<br>` and block boundaries end a line,
 * whitespace collapses, and nothing that never renders as text (scripts, styles, templates, icons,
 * screen-reader-only labels) leaks in. Uses `textContent`-level APIs only, so it behaves the same in
 * browsers and in linkedom.
 */
import { classOf } from '../extract/dom-text.ts';

export { classOf };

/** Elements whose content is never reader-visible text. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'TEXTAREA']);

/** Elements that start a new line of text. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Class names sites use for text meant only for screen readers ("Toggle answer", "Expand"). */
const SCREEN_READER_ONLY = /(^|\s)(sr-only|screen-reader-text|visually-hidden|visuallyhidden|screenreader-only)(\s|$)/i;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Upper-case tag names by local name: every reader asks for them, and upper-casing allocates each time. */
const upperCaseTags = new Map<string, string>();

/** The element's tag name in upper case ("DIV", "H2"), whatever case the document wrote it in. */
export function tagOf(el: Element): string {
  const name = el.localName;
  let tag = upperCaseTags.get(name);
  if (tag === undefined) {
    tag = name.toUpperCase();
    upperCaseTags.set(name, tag);
  }
  return tag;
}

export function isSkipped(el: Element): boolean {
  return SKIPPED_TAGS.has(tagOf(el)) || SCREEN_READER_ONLY.test(classOf(el));
}

/** Collapse runs of whitespace (including no-break spaces) to one space and trim. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

function appendText(node: Node, out: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  if (isSkipped(el)) return;
  const tag = tagOf(el);
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.push('\n');
  for (let child = el.firstChild; child; child = child.nextSibling) appendText(child, out);
  if (block) out.push('\n');
}

/** Text pieces, with "\n" wherever a line ends, as lines: each collapsed, none empty. */
export function piecesToLines(pieces: readonly string[]): string[] {
  const lines: string[] = [];
  for (const raw of pieces.join('').split('\n')) {
    const line = collapseSpace(raw);
    if (line.length > 0) lines.push(line);
  }
  return lines;
}

/** The visible lines of some nodes, split at `<br>` and block boundaries, each collapsed, none empty. */
export function linesOfNodes(nodes: readonly Node[]): string[] {
  const out: string[] = [];
  for (const node of nodes) appendText(node, out);
  return piecesToLines(out);
}

export function linesOf(el: Element): string[] {
  return linesOfNodes(Array.from(el.childNodes));
}

/** The element's visible text on one line. */
export function textOf(el: Element): string {
  return linesOf(el).join(' ');
}

/** True when `wrapper` holds nothing with text besides `inner` (a page builder's wrapper around a heading). */
export function wrapsOnly(wrapper: Element, inner: Node): boolean {
  // Walk siblings one by one: materialising `childNodes` of a large container costs more than the answer.
  for (let node = wrapper.firstChild; node; node = node.nextSibling) {
    if (node !== inner && collapseSpace(node.textContent ?? '') !== '') return false;
  }
  return true;
}
