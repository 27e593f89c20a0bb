// @vitest-environment happy-dom
/**
 * The panel's Highlights tab wired through PrecisApp with fake services: saving a claim marks it "Saved",
 * the list shows this page's highlights with orphans marked, and edits, deletes, undo, import and storage
 * errors go through the services and come back as messages.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlight } from '../../lib/highlights/index.ts';
import type { Highlight, HighlightServices, PrecisServices, Result, SyncServices } from '../../lib/platform/ui/service-types.ts';
import { EMPTY_SYNC_SETTINGS } from '../../lib/sync/settings.ts';
import { IDLE_SYNC_STATUS } from '../../lib/sync/status.ts';
import { sampleAnalysis } from '../../tests/support/sample-analysis.ts';
import { PrecisApp } from './PrecisApp.tsx';

afterEach(cleanup);

const analysis = sampleAnalysis();
const PAGE = analysis.url;

function stored(id: string, exact: string, url = PAGE): Highlight {
  return createHighlight({ id, url, title: 'Story', selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] });
}

function fakeHighlights(initial: Highlight[]) {
  let list = [...initial];
  let notify = () => {};
  const okay = <T,>(value: T): Result<T> => ({ ok: true, value });
  const services: HighlightServices = {
    list: vi.fn(async () => okay([...list])),
    showInTab: vi.fn(async () => okay({ painted: list.filter((h) => h.id !== 'gone').map((h) => h.id), orphans: ['gone'] })),
    reveal: vi.fn(async () => okay(null)),
    saveSelection: vi.fn(async () => ({ ok: false as const, error: { code: 'no-selection' as const, message: 'Select some text in the page first.' } })),
    update: vi.fn(async (id, patch) => {
      list = list.map((h) => (h.id === id ? { ...h, ...patch } : h));
      return okay(list.find((h) => h.id === id)!);
    }),
    remove: vi.fn(async (id) => {
      const removed = list.find((h) => h.id === id) ?? null;
      list = list.filter((h) => h.id !== id);
      return okay(removed);
    }),
    restore: vi.fn(async (h) => {
      list = [...list, h];
      return okay(h);
    }),
    importFile: vi.fn(async () => okay({ added: 2, updated: 0, unchanged: 1, skipped: 0 })),
    exportFile: vi.fn(async () => ({ ok: false as const, error: { code: 'quota' as const, message: 'Browser storage for highlights is full.' } })),
    watch: (onChange) => ((notify = onChange), () => {}),
    autoShowState: vi.fn(async () => ({ on: false, supported: true })),
    setAutoShow: vi.fn(async (on: boolean) => okay(on)),
  };
  return { services, changed: () => notify() };
}

function app(highlights: HighlightServices, saveClaim: PrecisServices['saveClaim'] = vi.fn()) {
  const services: PrecisServices = {
    initialTabId: async () => 7,
    analyzeTab: async (tabId) => ({ ok: true, value: { tabId, analysis } }),
    revealQuote: vi.fn(async () => ({ ok: true as const, value: null })),
    saveClaim,
    copyText: vi.fn(async () => ({ ok: true as const, value: null })),
    watchTabs: () => () => {},
    highlights,
  };
  render(<PrecisApp services={services} layout="panel" followActiveTab={false} />);
  return services;
}

async function openHighlightsTab(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('tab', { name: 'Highlights' }));
  return document.getElementById('precis-panel-highlights')!;
}

describe('the Highlights tab in the panel', () => {
  it('lists this page’s highlights, marks orphans, and edits, deletes and restores through the services', async () => {
    const claim = analysis.claims[0]!;
    const fake = fakeHighlights([stored('a', claim.text), stored('gone', 'A sentence edited away.'), stored('other', 'Elsewhere.', 'https://other.example/')]);
    app(fake.services);
    await screen.findAllByTestId('claim');
    const panel = await openHighlightsTab();
    await waitFor(() => expect(within(panel).getAllByTestId('highlight')).toHaveLength(2));
    await waitFor(() => expect(fake.services.showInTab).toHaveBeenCalledWith(7));
    await within(panel).findByText('Could not be placed on this page');

    // The claim already saved on this page shows as saved.
    const saved = screen.getAllByTestId('save-claim').filter((button) => button.textContent?.includes('Saved'));
    expect(saved).toHaveLength(1);

    const first = within(panel).getAllByTestId('highlight')[0]!;
    fireEvent.click(within(first).getByRole('radio', { name: 'Green' }));
    await waitFor(() => expect(fake.services.update).toHaveBeenCalledWith('a', { color: 'green' }));

    fireEvent.click(within(first).getByRole('button', { name: /^Delete highlight/ }));
    await waitFor(() => expect(within(panel).getAllByTestId('highlight')).toHaveLength(1));
    fireEvent.click(within(panel).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(within(panel).getAllByTestId('highlight')).toHaveLength(2));
    expect(fake.services.restore).toHaveBeenCalledTimes(1);
  });

  it('shows storage and selection errors to the reader', async () => {
    const fake = fakeHighlights([]);
    app(fake.services);
    await screen.findAllByTestId('claim');
    const panel = await openHighlightsTab();
    fireEvent.click(within(panel).getByRole('button', { name: 'Export JSON' }));
    expect((await within(panel).findByRole('alert')).textContent).toMatch(/storage for highlights is full/);
    fireEvent.click(within(panel).getByRole('button', { name: 'Save selection' }));
    await waitFor(() => expect(within(panel).getByRole('alert').textContent).toMatch(/Select some text/));
  });

  it('marks a claim "Saved" once the save succeeds, and reports a full storage otherwise', async () => {
    const fake = fakeHighlights([]);
    const claim = analysis.claims[1]!;
    const saveClaim = vi
      .fn<PrecisServices['saveClaim']>()
      .mockResolvedValueOnce({ ok: false, error: { code: 'quota', message: 'Browser storage for highlights is full.' } })
      .mockResolvedValueOnce({ ok: true, value: stored('new', claim.text) });
    app(fake.services, saveClaim);
    await screen.findAllByTestId('claim');
    const button = () => screen.getAllByTestId('save-claim')[analysis.sections.flatMap((s) => s.claims).indexOf(claim)]!;
    fireEvent.click(button());
    await screen.findByText('Browser storage for highlights is full.');
    expect(button().textContent).toMatch(/Save$/);
    fireEvent.click(button());
    await waitFor(() => expect(button().textContent).toMatch(/Saved/));
    expect(saveClaim).toHaveBeenLastCalledWith(7, PAGE, claim);
  });

  it('switches "show automatically" through the services, from the click', async () => {
    const fake = fakeHighlights([]);
    app(fake.services);
    await screen.findAllByTestId('claim');
    await openHighlightsTab();
    const box = await screen.findByRole('checkbox', { name: 'Show my highlights automatically' });
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(box);
    expect(fake.services.setAutoShow).toHaveBeenCalledWith(true);
    await screen.findByText('Saved highlights now appear as pages load.');
  });

  it('stays reachable, with its Sync section, on a page that cannot be analysed (chrome://, not an article)', async () => {
    for (const error of [
      { code: 'restricted' as const, message: 'This is a built-in Chrome page (chrome://version).' },
      { code: 'not-an-article' as const, message: 'Readability found no article.' },
    ]) {
      const fake = fakeHighlights([stored('a', 'Saved on an article elsewhere.', 'https://other.example/')]);
      const sync: SyncServices = {
        load: vi.fn(async () => ({ ok: true as const, value: { settings: { ...EMPTY_SYNC_SETTINGS }, status: { ...IDLE_SYNC_STATUS } } })),
        test: vi.fn(),
        enable: vi.fn(),
        disable: vi.fn(),
        syncNow: vi.fn(),
        reenter: vi.fn(),
        watchStatus: () => () => {},
      };
      const services: PrecisServices = {
        initialTabId: async () => 7,
        analyzeTab: async () => ({ ok: false, error }),
        revealQuote: vi.fn(async () => ({ ok: true as const, value: null })),
        saveClaim: vi.fn(),
        copyText: vi.fn(async () => ({ ok: true as const, value: null })),
        watchTabs: () => () => {},
        highlights: fake.services,
        sync,
      };
      const { unmount } = render(<PrecisApp services={services} layout="panel" followActiveTab={false} />);
      // Why the page cannot be read shows first, as before…
      const why = error.code === 'restricted' ? 'chrome://version' : 'article';
      await waitFor(() => expect(screen.getByTestId('status').textContent).toContain(why));
      // …and the Highlights tab is there, with every saved highlight and the Sync settings.
      const panel = await openHighlightsTab();
      expect(panel.hidden).toBe(false);
      fireEvent.click(within(panel).getByRole('button', { name: /All pages/ }));
      await waitFor(() => expect(within(panel).getAllByTestId('highlight')).toHaveLength(1));
      expect(within(panel).getByTestId('sync-status').textContent).toBe('Sync is off.');
      expect(within(panel).getByLabelText('Server address (WebDAV folder)')).toBeTruthy();
      unmount();
    }
  });
});

