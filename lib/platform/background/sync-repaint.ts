/**
 * After a sync changed highlights here, the pages already showing them are repainted: only tabs where the
 * highlighter already runs (injected by an earlier click) are asked. Nothing is injected, so no tab gets a script
 * it did not have and no new permission is needed; a page without the highlighter paints on its next visit.
 */
import { browser } from 'wxt/browser';
import { callHighlighter } from '../wire/messaging.ts';
import { highlightsOfPage } from './tab-highlights.ts';

/** Repaints every tab whose highlighter answers; returns the ids of the tabs repainted. */
export async function repaintOpenTabs(): Promise<number[]> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  const repainted = await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return null;
      // A tab without the highlighter has no receiver: the message fails and the tab is left alone.
      const page = await callHighlighter(id, 'ping', null).catch(() => null);
      if (!page?.ok) return null;
      const highlights = await highlightsOfPage(page.value.url);
      if (!highlights.ok) return null;
      const placed = await callHighlighter(id, 'placeHighlights', { highlights: highlights.value, replaceAll: true }).catch(() => null);
      return placed?.ok ? id : null;
    }),
  );
  return repainted.filter((id): id is number => id !== null);
}
