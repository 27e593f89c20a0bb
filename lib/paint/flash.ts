/**
 * A short-lived highlight for "jump to source": the CSS Custom Highlight API when the browser has
 * it (nothing is added to the page's DOM), else a temporary mark.
 */
import { paintHighlight, unpaint } from './paint.ts';
import { ensureHighlightStyle, FLASH_HIGHLIGHT } from './style.ts';

export const FLASH_MS = 1500;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

type HighlightConstructor = new (...ranges: Range[]) => unknown;

function customHighlights(): { registry: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightConstructor }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

let flashCount = 0;

/**
 * Highlights the range for `ms` milliseconds. Returns a function that ends the flash early
 * (e.g. when another one starts).
 */
export function flash(range: Range, ms = FLASH_MS): () => void {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return () => {};
  ensureHighlightStyle(doc);
  const api = customHighlights();
  let end: () => void;
  if (api) {
    api.registry.set(FLASH_HIGHLIGHT, new api.Highlight(range));
    end = () => api.registry.delete(FLASH_HIGHLIGHT);
  } else {
    const id = `precis-flash-${++flashCount}`;
    for (const mark of paintHighlight(range, id, 'yellow')) mark.setAttribute('data-precis-flash', '');
    end = () => unpaint(id, doc);
  }
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    end();
  };
  const timer = setTimeout(finish, ms);
  return finish;
}

/** Scrolls the start of the range to the middle of the viewport, where it can be seen. */
export function scrollToRange(range: Range): void {
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
}
