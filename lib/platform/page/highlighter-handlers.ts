/**
 * What the highlighter does when the background asks: scroll to a sentence and flash it, describe a passage to
 * save, or paint saved highlights (page/page-highlights.ts). Plain DOM work on the page it runs in; the wiring to
 * `browser.*` is in page/highlighter.ts.
 */
import { anchorQuote } from '../../anchoring/index.ts';
import { flash } from '../../paint/index.ts';
import type { TextQuoteSelector } from '../../types.ts';
import type { Handlers } from '../wire/dispatch.ts';
import { describeQuote, describeSelection, revealHighlight, scrollToPassage, showHighlights } from './page-highlights.ts';
import { fail, ok, type BackgroundToHighlighter, type Result } from '../wire/protocol.ts';

export function highlighterHandlers(doc: Document): Handlers<BackgroundToHighlighter> {
  return {
    ping: () => ok({ url: doc.location.href }),
    revealQuote: ({ quote }) => revealQuote(doc, quote),
    describeSelection: () => describeSelection(doc),
    describeQuote: ({ quote }) => describeQuote(doc, quote),
    placeHighlights: ({ highlights, replaceAll }) => ok(showHighlights(doc, highlights, replaceAll)),
    revealHighlight: ({ id, selectors }) => revealHighlight(doc, id, selectors),
  };
}

/** Bring the sentence to the middle of the viewport and flash it; an error when the page no longer has it. */
export function revealQuote(doc: Document, quote: TextQuoteSelector): Result<null> {
  const range = doc.body ? anchorQuote(doc.body, quote) : null;
  if (!range) return fail('not-found', 'That sentence is no longer on the page (it may have changed since it was read).');
  scrollToPassage(doc, range);
  flash(range);
  return ok(null);
}
