/**
 * The highlights in browser storage as the sync engine sees them (lib/sync/engine.ts's LocalHighlights): listing
 * reports entries it cannot read by id, so they are never taken for deletions, and a received change is written
 * only over the very copy it was decided against, so an edit made meanwhile is never overwritten.
 */
import { browser } from 'wxt/browser';
import { parseHighlight, type Highlight } from '../../highlights/index.ts';
import type { LocalChange, LocalHighlights } from '../../sync/engine.ts';
import { highlightHash } from '../../sync/records.ts';
import { KEY_PREFIX, keyOf, listHighlights } from './highlights-store.ts';

export const storedHighlights: LocalHighlights = {
  async list() {
    const { highlights, skipped } = await listHighlights();
    return { highlights, unreadable: skipped.map((entry) => entry.key.slice(KEY_PREFIX.length)) };
  },

  async apply(changes: LocalChange[]) {
    const keys = changes.map((change) => keyOf(change.id));
    const stored: Record<string, unknown> = await browser.storage.local.get(keys);
    const puts: Record<string, Highlight> = {};
    const removals: string[] = [];
    const skipped: string[] = [];
    for (const change of changes) {
      const raw = stored[keyOf(change.id)];
      const here = raw === undefined ? null : parseHighlight(raw);
      // An entry this version cannot read is kept as it is; so is one that changed since the sync looked.
      const unchanged = raw === undefined ? change.expectedHash === null : here !== null && highlightHash(here) === change.expectedHash;
      if (!unchanged) skipped.push(change.id);
      else if (change.next) puts[keyOf(change.id)] = change.next;
      else if (raw !== undefined) removals.push(keyOf(change.id));
    }
    if (Object.keys(puts).length > 0) await browser.storage.local.set(puts);
    if (removals.length > 0) await browser.storage.local.remove(removals);
    return { skipped };
  },
};
