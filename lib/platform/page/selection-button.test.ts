// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountSelectionButton, SELECTION_BUTTON_ATTRIBUTE } from './selection-button.ts';

afterEach(() => {
  document.body.replaceChildren();
  document.getSelection()?.removeAllRanges();
});

const host = () => document.querySelector(`[${SELECTION_BUTTON_ATTRIBUTE}]`);

function selectWords(): void {
  const p = document.createElement('p');
  p.textContent = 'DeepSeek hires young PhD graduates from top universities.';
  document.body.append(p);
  const range = document.createRange();
  range.setStart(p.firstChild!, 15);
  range.setEnd(p.firstChild!, 34);
  document.getSelection()!.addRange(range);
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('the in-page "Save highlight" button', () => {
  it('appears next to a selection, outside the page’s flow and text, and goes with destroy()', async () => {
    const save = vi.fn(async () => ({ ok: true as const, value: null }));
    const button = mountSelectionButton(document, save);
    expect(host()).toBeNull();
    selectWords();
    document.dispatchEvent(new MouseEvent('mouseup'));
    await settle();
    const shown = host() as HTMLElement | null;
    expect(shown).not.toBeNull();
    expect(shown!.hasAttribute('data-precis-ui')).toBe(true);
    expect(shown!.parentElement).toBe(document.documentElement);
    expect(shown!.style.getPropertyValue('position')).toBe('absolute');
    // The shadow root is closed: the page cannot reach into it.
    expect(shown!.shadowRoot).toBeNull();
    expect(document.body.textContent).not.toContain('Save highlight');
    button.destroy();
    expect(host()).toBeNull();
    document.dispatchEvent(new MouseEvent('mouseup'));
    await settle();
    expect(host()).toBeNull();
  });

  it('goes away when the selection is cleared', async () => {
    const button = mountSelectionButton(document, vi.fn());
    selectWords();
    document.dispatchEvent(new MouseEvent('mouseup'));
    await settle();
    expect(host()).not.toBeNull();
    document.getSelection()!.removeAllRanges();
    document.dispatchEvent(new Event('selectionchange'));
    expect(host()).toBeNull();
    button.destroy();
  });
});
