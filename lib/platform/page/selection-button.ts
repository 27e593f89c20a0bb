/**
 * The small "Save highlight" button that appears next to the reader's selection while the highlighter is on
 * the page. It lives in a closed shadow root on a host marked `data-precis-ui` (left out of the page's text for
 * anchoring), positioned absolutely outside the page's flow, styled through the CSSOM (a page's CSP may refuse
 * `<style>` elements), and removed by destroy() when the highlighter is invalidated.
 */
import { selectedRange } from './page-highlights.ts';
import type { Result } from '../wire/protocol.ts';

export interface SelectionButton {
  destroy(): void;
}

export type SaveRange = (range: Range) => Promise<Result<unknown>>;

/** The host carries this attribute so tests and our own code can find it; pages never see inside it. */
export const SELECTION_BUTTON_ATTRIBUTE = 'data-precis-selection-button';

/** How long "Saved" stays before the button goes away. */
const DONE_MS = 1200;

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'absolute',
  'z-index': '2147483647',
  display: 'flex',
  'align-items': 'center',
  gap: '6px',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  'font-size': '13px',
  'line-height': '1.3',
};

const BUTTON_STYLE: Record<string, string> = {
  padding: '5px 10px',
  'border-radius': '6px',
  border: '1px solid rgba(255, 255, 255, 0.4)',
  background: '#1c1f24',
  color: '#ffffff',
  font: 'inherit',
  'font-weight': '600',
  cursor: 'pointer',
  'box-shadow': '0 2px 8px rgba(0, 0, 0, 0.35)',
};

const STATUS_STYLE: Record<string, string> = {
  padding: '4px 8px',
  'border-radius': '6px',
  background: '#1c1f24',
  color: '#ffffff',
  'max-width': '320px',
};

function applyStyle(element: HTMLElement, style: Record<string, string>): void {
  for (const [name, value] of Object.entries(style)) element.style.setProperty(name, value, 'important');
}

export function mountSelectionButton(doc: Document, save: SaveRange): SelectionButton {
  const view = doc.defaultView;
  const controller = new AbortController();
  const { signal } = controller;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const host = doc.createElement('div');
  host.setAttribute('data-precis-ui', '');
  host.setAttribute(SELECTION_BUTTON_ATTRIBUTE, '');
  applyStyle(host, HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Save highlight';
  button.title = 'Save the selected text as a highlight (Alt+Shift+H)';
  applyStyle(button, BUTTON_STYLE);
  const status = doc.createElement('span');
  status.setAttribute('role', 'status');
  applyStyle(status, STATUS_STYLE);
  status.hidden = true;
  root.append(button, status);

  let pending: Range | null = null;
  let saving = false;

  const later = (run: () => void, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const say = (text: string) => {
    status.textContent = text;
    status.hidden = text === '';
  };

  const hide = () => {
    pending = null;
    host.remove();
  };

  const show = (range: Range) => {
    pending = range.cloneRange();
    say('');
    button.hidden = false;
    button.disabled = false;
    const box = range.getBoundingClientRect();
    const scrollX = view?.scrollX ?? 0;
    const scrollY = view?.scrollY ?? 0;
    const maxLeft = (view?.innerWidth ?? box.right) + scrollX - 140;
    host.style.setProperty('top', `${Math.round(box.bottom + scrollY + 6)}px`, 'important');
    host.style.setProperty('left', `${Math.round(Math.max(scrollX, Math.min(box.right + scrollX - 60, maxLeft)))}px`, 'important');
    if (!host.isConnected) doc.documentElement.append(host);
  };

  const update = () => {
    if (saving) return;
    const range = selectedRange(doc);
    if (range && !inEditableField(range)) show(range);
    else hide();
  };

  const onSave = async () => {
    if (!pending || saving) return;
    saving = true;
    button.disabled = true;
    say('Saving…');
    const result = await save(pending).catch((error: unknown) => ({ ok: false as const, error: { message: String(error) } }));
    saving = false;
    if (signal.aborted) return;
    if (result.ok) {
      button.hidden = true;
      say('Saved');
      later(hide, DONE_MS);
    } else {
      button.disabled = false;
      say(result.error.message);
    }
  };

  // After the mouse or keys change the selection, not during a drag: the button must not chase the pointer.
  doc.addEventListener('mouseup', () => later(update, 0), { signal });
  doc.addEventListener('keyup', (event) => {
    if (event.shiftKey || event.key === 'Shift' || (event.key === 'a' && (event.ctrlKey || event.metaKey))) later(update, 0);
  }, { signal });
  doc.addEventListener('selectionchange', () => {
    if (!saving && pending && !selectedRange(doc)) hide();
  }, { signal });
  // Pressing the button must not move the page's selection away from the passage.
  button.addEventListener('mousedown', (event) => event.preventDefault(), { signal });
  button.addEventListener('click', (event) => {
    // Only the reader's own click or key press: a page script cannot save on the reader's behalf.
    if (event.isTrusted) void onSave();
  }, { signal });
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  }, { signal });

  return {
    destroy: () => {
      controller.abort();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      host.remove();
    },
  };
}

/** Text typed into a form field is the page's business, not a passage of the article. */
function inEditableField(range: Range): boolean {
  const node = range.commonAncestorContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(element?.closest('input, textarea, [contenteditable=""], [contenteditable="true"]'));
}
