/**
 * The content script asking the background about highlights: the page's saved ones when the script starts
 * (a revisit paints them again), and keeping a passage the reader picked with the in-page button.
 */
import { parseHighlight, type Highlight } from '../../highlights/record.ts';
import { notifyBackground } from '../wire/messaging.ts';
import { describeRange, showHighlights } from './page-highlights.ts';
import { fail, ok, type PagePlacement, type Result } from '../wire/protocol.ts';

/** Paint this page's saved highlights; the page's address is the sender's own, known to the background. */
export async function restorePageHighlights(doc: Document): Promise<Result<PagePlacement>> {
  const reply = await notifyBackground('pageHighlights', null);
  if (!reply.ok) return reply;
  const highlights = Array.isArray(reply.value) ? reply.value.map(parseHighlight).filter((h): h is Highlight => h !== null) : [];
  return ok(showHighlights(doc, highlights, true));
}

/** Save the range as a highlight and paint it once it is stored (never before: a full storage keeps nothing). */
export async function saveRange(doc: Document, range: Range): Promise<Result<Highlight>> {
  const passage = describeRange(doc, range);
  if (!passage.ok) return passage;
  const reply = await notifyBackground('savePassage', { title: passage.value.title, selectors: passage.value.selectors });
  if (!reply.ok) return reply;
  const saved = parseHighlight(reply.value);
  if (!saved) return fail('failed', 'Precis got an odd answer while saving. Reload the page and check the Highlights list.');
  showHighlights(doc, [saved], false);
  return ok(saved);
}
