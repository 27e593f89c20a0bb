/**
 * The background's side of highlights: every way of saving one (a claim from the panel, the selection through
 * the context menu, the shortcut or the panel, the in-page button) ends here, where the record is made and
 * stored; the highlighter in the page only describes passages and paints. Storage failures come back as errors the
 * reader can act on, and nothing is painted that was not saved.
 */
import { createHighlight, normalizeUrl, type Highlight } from '../../highlights/index.ts';
import type { TextQuoteSelector } from '../../types.ts';
import { fromStore, listHighlights, saveHighlight } from '../storage/highlights-store.ts';
import { callHighlighter } from '../wire/messaging.ts';
import { ensureHighlighter } from './inject-page-scripts.ts';
import { fail, ok, type PagePassage, type PagePlacement, type Result } from '../wire/protocol.ts';
import type { SenderInfo } from '../wire/senders.ts';
import { isPagePassage, isPagePlacement } from '../wire/shapes.ts';

/** A key claim of the analysed page, saved as a highlight and painted. `pageUrl` is the page that was analysed. */
export async function saveClaimInTab(tabId: number, pageUrl: string, quote: TextQuoteSelector): Promise<Result<Highlight>> {
  const found = await askForPassage(tabId, () => callHighlighter(tabId, 'describeQuote', { quote }));
  if (!found.ok) return found;
  if (normalizeUrl(found.value.url) !== normalizeUrl(pageUrl)) {
    return fail('navigated', 'The tab shows another page than the one these claims were read from. Refresh, then save again.');
  }
  return savePassageInTab(tabId, found.value);
}

/** The reader's selection in the tab, saved and painted: the context menu, the shortcut and the panel call this. */
export async function saveSelectionInTab(tabId: number): Promise<Result<Highlight>> {
  const found = await askForPassage(tabId, () => callHighlighter(tabId, 'describeSelection', null));
  if (!found.ok) return found;
  return savePassageInTab(tabId, found.value);
}

async function askForPassage(tabId: number, ask: () => Promise<Result<unknown>>): Promise<Result<PagePassage>> {
  const ready = await ensureHighlighter(tabId);
  if (!ready.ok) return ready;
  const reply = await ask();
  if (!reply.ok) return reply;
  return isPagePassage(reply.value) ? ok(reply.value) : fail('failed', 'The page described the passage in a way Precis does not understand.');
}

async function savePassageInTab(tabId: number, passage: PagePassage): Promise<Result<Highlight>> {
  const saved = await savePassage(passage.url, passage);
  if (!saved.ok) return saved;
  // Saved is what counts; a page that cannot be painted now (it just reloaded) gets it on the next visit.
  await callHighlighter(tabId, 'placeHighlights', { highlights: [saved.value], replaceAll: false });
  return saved;
}

/** Make and store the record for a passage of the page at `url`. */
export function savePassage(url: string, passage: Pick<PagePassage, 'title' | 'selectors'>): Promise<Result<Highlight>> {
  const highlight = createHighlight({ url, title: passage.title, selectors: passage.selectors });
  return fromStore(() => saveHighlight(highlight));
}

/** The in-page button: the page is the sender's own, whatever the payload says. */
export function savePassageFromPage(sender: SenderInfo, passage: Pick<PagePassage, 'title' | 'selectors'>): Promise<Result<Highlight>> {
  if (!sender.url) return Promise.resolve(fail('forbidden', 'Only a page can save its own passages.'));
  return savePassage(sender.url, passage);
}

/** The saved highlights of one page (by its normalised address), oldest first. */
export async function highlightsOfPage(url: string): Promise<Result<Highlight[]>> {
  const list = await fromStore(() => listHighlights({ url }));
  return list.ok ? ok(list.value.highlights) : list;
}

/** Make the tab show exactly its stored highlights; returns which could be placed and which are orphans. */
export async function showHighlightsInTab(tabId: number): Promise<Result<PagePlacement>> {
  const ready = await ensureHighlighter(tabId);
  if (!ready.ok) return ready;
  const page = await callHighlighter(tabId, 'ping', null);
  if (!page.ok) return page;
  const highlights = await highlightsOfPage(page.value.url);
  if (!highlights.ok) return highlights;
  const reply = await callHighlighter(tabId, 'placeHighlights', { highlights: highlights.value, replaceAll: true });
  if (!reply.ok) return reply;
  return isPagePlacement(reply.value) ? ok(reply.value) : fail('failed', 'The page answered with something that is not a placement.');
}

/** Scroll the tab to a saved highlight and flash it. */
export async function revealHighlightInTab(tabId: number, id: string): Promise<Result<null>> {
  const all = await fromStore(() => listHighlights());
  if (!all.ok) return all;
  const highlight = all.value.highlights.find((h) => h.id === id);
  if (!highlight) return fail('not-found', 'This highlight no longer exists.');
  const ready = await ensureHighlighter(tabId);
  if (!ready.ok) return ready;
  return callHighlighter(tabId, 'revealHighlight', { id, selectors: highlight.selectors });
}
