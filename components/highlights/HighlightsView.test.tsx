// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlight, type Highlight } from '../../lib/highlights/index.ts';
import { HighlightsView, type HighlightsViewProps } from './index.ts';

afterEach(cleanup);

function make(id: string, url: string, exact: string, note = ''): Highlight {
  return createHighlight({
    id,
    url,
    title: `Title of ${url}`,
    note,
    selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
    now: new Date('2024-05-01T00:00:00Z'),
  });
}

const here = 'https://example.com/article';
const highlights = [
  make('a', here, 'DeepSeek trained the model for six million dollars.', 'check this figure'),
  make('b', here, 'Export controls shaped the design.'),
  make('c', 'https://example.org/other', 'A passage on another page.'),
];

function setup(overrides: Partial<HighlightsViewProps> = {}) {
  const handlers = {
    onJump: vi.fn(),
    onNoteChange: vi.fn(),
    onColorChange: vi.fn(),
    onDelete: vi.fn(),
    onUndo: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
  };
  const view = render(<HighlightsView highlights={highlights} currentUrl={`${here}#top`} {...handlers} {...overrides} />);
  return { ...handlers, view };
}

const items = () => screen.queryAllByTestId('highlight');
const texts = () => items().map((item) => item.querySelector('blockquote')!.textContent);

describe('HighlightsView', () => {
  it('shows this page by default and all pages on request', () => {
    setup();
    expect(texts()).toEqual([highlights[0]!.exact, highlights[1]!.exact]);
    fireEvent.click(screen.getByRole('button', { name: 'All pages' }));
    expect(items()).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Title of https://example.org/other' }).getAttribute('href')).toBe('https://example.org/other');
    expect(screen.getByRole('button', { name: 'All pages' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('searches quotes and notes', () => {
    setup();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search highlights' }), { target: { value: 'FIGURE' } });
    expect(texts()).toEqual([highlights[0]!.exact]);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'nothing like this' } });
    expect(items()).toHaveLength(0);
    expect(screen.getByText('No highlights match your search.')).toBeTruthy();
  });

  it('marks orphans and offers no jump for them', () => {
    const { onJump } = setup({ orphanIds: new Set(['b']) });
    const [placed, orphan] = items();
    expect(within(orphan!).getByText('Could not be placed on this page')).toBeTruthy();
    expect(within(orphan!).queryByRole('button', { name: 'Jump to passage' })).toBeNull();
    expect(within(placed!).queryByText('Could not be placed on this page')).toBeNull();
    fireEvent.click(within(placed!).getByRole('button', { name: 'Jump to passage' }));
    expect(onJump).toHaveBeenCalledWith(highlights[0]);
  });

  it('edits a note and emits it on save, not on cancel', () => {
    const { onNoteChange } = setup();
    const first = items()[0]!;
    fireEvent.click(within(first).getByRole('button', { name: 'Edit note' }));
    const box = within(first).getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
    expect(box.value).toBe('check this figure');
    fireEvent.input(box, { target: { value: 'source: the paper' } });
    fireEvent.click(within(first).getByRole('button', { name: 'Save note' }));
    expect(onNoteChange).toHaveBeenCalledWith('a', 'source: the paper');

    fireEvent.click(within(items()[1]!).getByRole('button', { name: 'Add note' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'discarded' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onNoteChange).toHaveBeenCalledTimes(1);
  });

  it('has a labelled colour radio group per highlight', () => {
    const { onColorChange } = setup();
    const first = items()[0]!;
    const yellow = within(first).getByRole('radio', { name: 'Yellow' }) as HTMLInputElement;
    expect(yellow.checked).toBe(true);
    expect(within(first).getAllByRole('radio').map((r) => r.getAttribute('aria-label'))).toEqual(['Yellow', 'Green', 'Blue', 'Pink', 'Purple']);
    fireEvent.click(within(first).getByRole('radio', { name: 'Purple' }));
    expect(onColorChange).toHaveBeenCalledWith('a', 'purple');
  });

  it('deletes with an undo affordance', () => {
    const { onDelete, onUndo, view } = setup();
    fireEvent.click(within(items()[1]!).getByRole('button', { name: /^Delete highlight/ }));
    expect(onDelete).toHaveBeenCalledWith(highlights[1]);
    view.rerender(
      <HighlightsView
        highlights={[highlights[0]!, highlights[2]!]}
        currentUrl={here}
        undoable={highlights[1]!}
        onJump={vi.fn()}
        onNoteChange={vi.fn()}
        onColorChange={vi.fn()}
        onDelete={onDelete}
        onUndo={onUndo}
        onExport={vi.fn()}
        onImport={vi.fn()}
      />,
    );
    expect(items()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledWith(highlights[1]);
  });

  it('emits export requests and the text of an imported file', async () => {
    const { onExport, onImport } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export Markdown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export Web Annotations' }));
    expect(onExport.mock.calls).toEqual([['markdown'], ['annotations']]);
    const input = screen.getByLabelText('Import JSON') as HTMLInputElement;
    const file = new File(['{"format":"precis-highlights"}'], 'h.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await vi.waitFor(() => expect(onImport).toHaveBeenCalledWith('{"format":"precis-highlights"}'));
  });

  it('renders page text as text, never as markup', () => {
    setup({ highlights: [make('x', here, '<img src=x onerror=alert(1)>', '<b>bold</b>')] });
    expect(document.querySelector('img')).toBeNull();
    expect(texts()).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('shows error messages as alerts', () => {
    setup({ message: { kind: 'error', text: 'Browser storage for highlights is full.' } });
    expect(screen.getByRole('alert').textContent).toBe('Browser storage for highlights is full.');
  });
});
