/**
 * The browser side of the Highlights view (HighlightServices in ui/service-types.ts). Extension pages read and
 * write highlight storage directly through storage/highlights-store.ts; anything that touches a tab (painting, jumping,
 * saving a selection) goes through the background, the one path to content scripts.
 */
import { browser } from 'wxt/browser';
import type { HighlightExportFormat, HighlightServices } from './service-types.ts';
import { autoShowState, disableAutoShow, enableAutoShow } from '../storage/auto-show.ts';
import {
  deleteHighlight,
  exportHighlights,
  fromStore,
  importHighlights,
  KEY_PREFIX,
  listHighlights,
  restoreHighlight,
  updateHighlight,
} from '../storage/highlights-store.ts';
import { callBackground } from '../wire/messaging.ts';
import { fail, ok } from '../wire/protocol.ts';

const FILES: Record<HighlightExportFormat, { extension: string; type: string }> = {
  markdown: { extension: 'md', type: 'text/markdown' },
  json: { extension: 'json', type: 'application/json' },
  annotations: { extension: 'jsonld', type: 'application/ld+json' },
};

export function createHighlightServices(doc: Document = document): HighlightServices {
  return {
    list: async () => {
      const listed = await fromStore(() => listHighlights());
      return listed.ok ? ok(listed.value.highlights) : listed;
    },
    showInTab: (tabId) => callBackground('showHighlights', { tabId }),
    reveal: (tabId, id) => callBackground('revealHighlight', { tabId, id }),
    saveSelection: (tabId) => callBackground('saveSelection', { tabId }),
    update: (id, patch) => fromStore(() => updateHighlight(id, patch)),
    remove: (id) => fromStore(() => deleteHighlight(id)),
    restore: (highlight) => fromStore(() => restoreHighlight(highlight)),
    importFile: async (text) => {
      const result = await fromStore(() => importHighlights(text));
      if (!result.ok) return result;
      const summary = result.value;
      return summary.ok ? ok(summary) : fail('bad-request', summary.error);
    },
    exportFile: async (format) => {
      const [text, listed] = await Promise.all([
        fromStore(() => exportHighlights(format)),
        fromStore(() => listHighlights()),
      ]);
      if (!text.ok) return text;
      if (!listed.ok) return listed;
      const { extension, type } = FILES[format];
      download(doc, `precis-highlights-${today()}.${extension}`, text.value, type);
      return ok({ count: listed.value.highlights.length });
    },
    watch: (onChange) => {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(KEY_PREFIX))) onChange();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    autoShowState: () => autoShowState(),
    setAutoShow: (on) => (on ? enableAutoShow() : disableAutoShow()),
  };
}

/** A file download from the extension page itself: no `downloads` permission needed. */
function download(doc: Document, filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the address is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
