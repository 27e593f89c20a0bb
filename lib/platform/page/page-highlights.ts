/**
 * The content script's work on highlights, as plain DOM code on the page it runs in: describe the reader's
 * selection or a claim's sentence, paint a page's saved highlights, and bring one into view. The messaging
 * around it is in page/reader-handlers.ts and page/reader.ts.
 */
import { anchor, describe, selectorsForQuote, type Selector } from '../../anchoring/index.ts';
import type { Highlight } from '../../highlights/record.ts';
import { COLOR_ATTRIBUTE, flash, HIGHLIGHT_ATTRIBUTE, placeHighlights, recolor, unpaint } from '../../paint/index.ts';
import type { TextQuoteSelector } from '../../types.ts';
import { fail, ok, type PagePassage, type PagePlacement, type Result } from '../wire/protocol.ts';

/** The range the reader has selected in the page, unless it is empty or inside Precis's own UI. */
export function selectedRange(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!doc.body?.contains(range.commonAncestorContainer)) return null;
  return range.toString().trim() === '' ? null : range;
}

export function describeRange(doc: Document, range: Range): Result<PagePassage> {
  const selectors = doc.body ? describe(doc.body, range) : [];
  if (selectors.length === 0) return fail('no-selection', 'The selection holds no text of the page that could be saved.');
  return ok(passage(doc, selectors));
}

export function describeSelection(doc: Document): Result<PagePassage> {
  const range = selectedRange(doc);
  if (!range) return fail('no-selection', 'Select some text in the page first, then save it as a highlight.');
  return describeRange(doc, range);
}

export function describeQuote(doc: Document, quote: TextQuoteSelector): Result<PagePassage> {
  const selectors = doc.body ? selectorsForQuote(doc.body, quote) : null;
  if (!selectors) return fail('not-found', 'That sentence is no longer on the page (it may have changed since it was read).');
  return ok(passage(doc, selectors));
}

function passage(doc: Document, selectors: Selector[]): PagePassage {
  return { url: doc.location.href, title: doc.title.trim(), selectors };
}

/**
 * Paint highlights of this page. With `replaceAll` the list is the page's whole set: marks of any other
 * highlight (deleted elsewhere) are removed first, so the page shows exactly what is stored. Highlights
 * already painted are only recoloured, not painted again: repainting splits the page's text nodes anew, which
 * would disturb the reader's selection and any other script's hold on them.
 */
export function showHighlights(doc: Document, highlights: Highlight[], replaceAll: boolean): PagePlacement {
  const painted = paintedColors(doc);
  if (replaceAll) {
    const keep = new Set(highlights.map((h) => h.id));
    for (const id of painted.keys()) if (!keep.has(id)) unpaint(id, doc);
  }
  const fresh = highlights.filter((h) => !painted.has(h.id));
  for (const h of highlights) if (painted.has(h.id) && painted.get(h.id) !== h.color) recolor(h.id, h.color, doc);
  const placement = doc.body && fresh.length > 0 ? placeHighlights(doc.body, fresh) : { placed: [], orphans: fresh.map((h) => h.id) };
  const placed = new Set(placement.placed.map((p) => p.id));
  return {
    painted: highlights.filter((h) => painted.has(h.id) || placed.has(h.id)).map((h) => h.id),
    orphans: placement.orphans,
  };
}

/** The highlights painted in the page now, with their colour. */
function paintedColors(doc: Document): Map<string, string | null> {
  const colors = new Map<string, string | null>();
  for (const mark of doc.querySelectorAll(`mark[${HIGHLIGHT_ATTRIBUTE}]`)) {
    const id = mark.getAttribute(HIGHLIGHT_ATTRIBUTE) ?? '';
    if (!colors.has(id)) colors.set(id, mark.getAttribute(COLOR_ATTRIBUTE));
  }
  return colors;
}

/**
 * Scroll to a saved highlight and flash it: its painted marks when it has some, else wherever its selectors
 * find it now. An error when the text is gone from the page.
 */
export function revealHighlight(doc: Document, id: string, selectors: Selector[]): Result<null> {
  const range = paintedRange(doc, id) ?? anchoredRange(doc, selectors);
  if (!range) return fail('not-found', 'This highlight could not be found on the page any more.');
  scrollToPassage(doc, range);
  flash(range);
  return ok(null);
}

/**
 * `scrollIntoView` on the sentence's element handles scrolling containers; a long paragraph can still leave the
 * sentence itself off screen, so the window then centres the sentence's own box. Instant rather than smooth:
 * the flash draws the eye, and a smooth scroll stalls in a tab the browser is not painting.
 */
export function scrollToPassage(doc: Document, range: Range): void {
  const start = range.startContainer;
  const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
  const view = doc.defaultView;
  if (!view) return;
  const box = range.getBoundingClientRect();
  const offScreen = box.top < 0 || box.bottom > view.innerHeight;
  if (offScreen) view.scrollBy({ top: box.top - (view.innerHeight - box.height) / 2 });
}

function paintedRange(doc: Document, id: string): Range | null {
  const marks = [...doc.querySelectorAll(`mark[${HIGHLIGHT_ATTRIBUTE}]`)].filter((m) => m.getAttribute(HIGHLIGHT_ATTRIBUTE) === id);
  const first = marks[0];
  const last = marks[marks.length - 1];
  if (!first || !last) return null;
  const range = doc.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);
  return range;
}

function anchoredRange(doc: Document, selectors: Selector[]): Range | null {
  if (!doc.body) return null;
  const result = anchor(doc.body, selectors);
  return result.ok ? result.range : null;
}
