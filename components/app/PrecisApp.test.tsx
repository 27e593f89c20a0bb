// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisProgress, PrecisServices, Result, TabAnalysis, TabEvent } from '../../lib/platform/ui/service-types.ts';
import { sampleAnalysis } from '../../tests/support/sample-analysis.ts';
import { PrecisApp } from './PrecisApp.tsx';

afterEach(cleanup);

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** Services whose analyses the test answers by hand, in any order. */
function fakeServices(initialTab: number | null = 7) {
  const pending: Array<{ tabId: number; force: boolean; reply: Deferred<Result<TabAnalysis>>; progress?: (progress: AnalysisProgress) => void }> = [];
  let emit: (event: TabEvent) => void = () => {};
  const services: PrecisServices = {
    initialTabId: async () => initialTab,
    analyzeTab: (tabId, force, _fresh, progress) => {
      const reply = deferred<Result<TabAnalysis>>();
      pending.push({ tabId, force, reply, progress });
      return reply.promise;
    },
    revealQuote: vi.fn(async () => ({ ok: true as const, value: null })),
    saveClaim: vi.fn(async () => ({ ok: false as const, error: { code: 'unavailable' as const, message: 'Saving is off.' } })),
    copyText: vi.fn(async () => ({ ok: true as const, value: null })),
    openSidePanel: vi.fn(),
    watchTabs: (onEvent) => {
      emit = onEvent;
      return () => {};
    },
  };
  const answer = (index: number, result: Result<TabAnalysis>) => pending[index]!.reply.resolve(result);
  const analysed = (tabId: number, title = 'DeepSeek’s Model Rivals OpenAI'): Result<TabAnalysis> => {
    const analysis = sampleAnalysis();
    return { ok: true, value: { tabId, analysis: { ...analysis, meta: { ...analysis.meta, title } } } };
  };
  return { services, pending, answer, analysed, emit: (event: TabEvent) => emit(event) };
}

describe('PrecisApp', () => {
  it('shows a long PDF\'s progress, then its first claims while the rest is read, then all of them', async () => {
    const fake = fakeServices();
    render(<PrecisApp services={fake.services} layout="panel" followActiveTab={false} />);
    await waitFor(() => expect(fake.pending).toHaveLength(1));
    const report = fake.pending[0]!.progress!;
    act(() => report({ kind: 'fetching', received: 1024 * 1024, total: 4 * 1024 * 1024 }));
    expect(screen.getByRole('progressbar', { name: 'Fetching the PDF: 1.0 of 4.0 MB' })).toBeTruthy();
    act(() => report({ kind: 'reading', pagesRead: 3, pageCount: 500 }));
    const bar = screen.getByRole('progressbar', { name: 'Reading page 3 of 500' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([3, 500]);
    expect(screen.getByTestId('status').textContent).toBe('Reading the PDF…');

    const first = fake.analysed(7, 'A long report');
    if (!first.ok) throw new Error('unreachable');
    const pdf = { pageCount: 500, pagesRead: 6, notes: 0, references: 0 };
    act(() => report({ kind: 'first-claims', result: { tabId: 7, analysis: { ...first.value.analysis, pdf } }, pagesRead: 6 }));
    expect(screen.getAllByTestId('claim')).toHaveLength(3);
    expect(screen.getByTestId('reading-progress').textContent).toContain('First claims, from pages 1–6');
    act(() => report({ kind: 'reading', pagesRead: 40, pageCount: 500 }));
    expect(screen.getByRole('progressbar', { name: 'Reading page 40 of 500' })).toBeTruthy();
    expect(screen.queryByTestId('pdf-note')).toBeNull();

    fake.answer(0, { ok: true, value: { tabId: 7, analysis: { ...first.value.analysis, pdf: { ...pdf, pagesRead: 500 } } } });
    await waitFor(() => expect(screen.queryByTestId('reading-progress')).toBeNull());
    expect(screen.getByTestId('pdf-note').textContent).toContain('500 pages');
  });

  it('asks for the PDF\'s site when Firefox refused its fetch, and reads it once allowed', async () => {
    const fake = fakeServices();
    const allow = vi.fn(async () => true);
    fake.services.allowPdfSite = allow;
    render(<PrecisApp services={fake.services} layout="popup" followActiveTab={false} />);
    await waitFor(() => expect(fake.pending).toHaveLength(1));
    fake.answer(0, { ok: false, error: { code: 'needs-site', message: 'Firefox lets Precis fetch this PDF only with access to papers.example.' } });
    fireEvent.click(await screen.findByTestId('allow-site'));
    expect(allow).toHaveBeenCalledWith(7);
    await waitFor(() => expect(fake.pending).toHaveLength(2));
    fake.answer(1, fake.analysed(7, 'A paper from a site'));
    await screen.findByText('A paper from a site');
  });

  it('sends a local PDF to the side panel from the popup, which closes when a file dialog opens', async () => {
    const fake = fakeServices();
    fake.services.analyzePdfFile = vi.fn();
    render(<PrecisApp services={fake.services} layout="popup" followActiveTab={false} />);
    await waitFor(() => expect(fake.pending).toHaveLength(1));
    fake.answer(0, { ok: false, error: { code: 'local-pdf', message: 'This PDF is a file on this computer.' } });
    expect((await screen.findByTestId('status')).textContent).toContain('Open Precis in the side panel to choose it');
    expect(screen.queryByTestId('pdf-file')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open in side panel' })).toBeTruthy();
  });

  it('offers a local PDF\'s file to be chosen, and reads the chosen file', async () => {
    const fake = fakeServices();
    const chosen: string[] = [];
    const read = deferred<Result<TabAnalysis>>();
    fake.services.analyzePdfFile = (_tabId, file) => (chosen.push(file.name), read.promise);
    render(<PrecisApp services={fake.services} layout="panel" followActiveTab={false} />);
    await waitFor(() => expect(fake.pending).toHaveLength(1));
    fake.answer(0, { ok: false, error: { code: 'local-pdf', message: 'This PDF is a file on this computer.' } });
    const input = (await screen.findByTestId('pdf-file')) as HTMLInputElement;
    expect(screen.getByTestId('status').textContent).toContain('Choose the PDF file');
    const file = new File(['%PDF-1.4'], 'paper.pdf', { type: 'application/pdf' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    // The viewer reports the local PDF's load again meanwhile: the tab still shows that file, and its reading stands.
    act(() => fake.emit({ kind: 'loaded', tabId: 7 }));
    read.resolve(fake.analysed(7, 'A local paper'));
    await screen.findByText('A local paper');
    expect(chosen).toEqual(['paper.pdf']);
    expect(fake.pending).toHaveLength(1);
  });

  it('shows "Reading the page…" and then the claims beside the FAQ (popup)', async () => {
    const fake = fakeServices();
    render(<PrecisApp services={fake.services} layout="popup" followActiveTab={false} />);
    await waitFor(() => expect(fake.pending).toHaveLength(1));
    expect(screen.getByTestId('status').textContent).toBe('Reading the page…');
    // While it waits, the app is marked so that the toolbar popup opens at the height the claims will take.
    expect(document.querySelector('.app')!.classList.contains('app-waiting')).toBe(true);
    fake.answer(0, fake.analysed(7));
    await screen.findByText('DeepSeek’s Model Rivals OpenAI');
    expect(document.querySelector('.app')!.classList.contains('app-waiting')).toBe(false);
    expect(screen.getAllByTestId('claim')).toHaveLength(3);
    expect(screen.getAllByTestId('faq-answer')).toHaveLength(2);
    expect(screen.getByText('Tech Daily · Jane Writer · 4 min read')).toBeTruthy();
    expect(screen.queryByTestId('status')).toBeNull();
  });

  it('offers "Summarize anyway" for a page that is not an article, and forces the analysis', async () => {
    const fake = fakeServices();
    render(<PrecisApp services={fake.services} layout="panel" followActiveTab />);
    await waitFor(() => expect(fake.pending).toHaveLength(1));
    fake.answer(0, { ok: false, error: { code: 'not-an-article', message: 'Readability found no article.' } });
    expect((await screen.findByTestId('status')).textContent).toContain("doesn't look like an article");
    fireEvent.click(screen.getByRole('button', { name: 'Summarize anyway' }));
    expect(fake.pending[1]).toMatchObject({ tabId: 7, force: true });
  });

  it('says why a page cannot be read, and offers a retry only when one can help', async () => {
    const fake = fakeServices();
    render(<PrecisApp services={fake.services} layout="panel" followActiveTab />);
    await waitFor(() => expect(fake.pending).toHaveLength(1));
    fake.answer(0, { ok: false, error: { code: 'restricted', message: 'This is a built-in Chrome page (chrome://version).' } });
    expect((await screen.findByTestId('status')).textContent).toContain('chrome://version');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();

    fake.emit({ kind: 'activated', tabId: 8 });
    await waitFor(() => expect(fake.pending).toHaveLength(2));
    fake.answer(1, { ok: false, error: { code: 'no-access', message: 'Click the Precis toolbar button (or Refresh).' } });
    await screen.findByText(/toolbar button/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(fake.pending[2]).toMatchObject({ tabId: 8, force: false });
  });

  it('follows the active tab and drops the reply for a tab the reader left', async () => {
    const fake = fakeServices();
    render(<PrecisApp services={fake.services} layout="panel" followActiveTab />);
    await waitFor(() => expect(fake.pending).toHaveLength(1));
    fake.emit({ kind: 'activated', tabId: 9 });
    await waitFor(() => expect(fake.pending).toHaveLength(2));
    fake.answer(1, fake.analysed(9, 'The newer tab'));
    await screen.findByText('The newer tab');
    fake.answer(0, fake.analysed(7, 'The old tab'));
    await new Promise((done) => setTimeout(done, 0));
    expect(screen.queryByText('The old tab')).toBeNull();
  });

  it('stays on its tab when pinned, but takes an analysis of that tab made elsewhere', async () => {
    const fake = fakeServices();
    render(<PrecisApp services={fake.services} layout="panel" followActiveTab={false} />);
    await waitFor(() => expect(fake.pending).toHaveLength(1));
    fake.emit({ kind: 'activated', tabId: 9 });
    fake.emit({ kind: 'analyzed', tabId: 7, result: (fake.analysed(7, 'From the popup') as { value: TabAnalysis }).value });
    await screen.findByText('From the popup');
    expect(fake.pending).toHaveLength(1);
  });

  it('re-reads the shown tab when it reloads', async () => {
    const fake = fakeServices();
    render(<PrecisApp services={fake.services} layout="panel" followActiveTab />);
    await waitFor(() => expect(fake.pending).toHaveLength(1));
    fake.emit({ kind: 'loaded', tabId: 3 });
    fake.emit({ kind: 'loaded', tabId: 7 });
    await waitFor(() => expect(fake.pending).toHaveLength(2));
    expect(fake.pending[1]!.tabId).toBe(7);
  });

  it('wires the side panel tabs, jump to source, save, copy and "Open in side panel"', async () => {
    const fake = fakeServices();
    render(<PrecisApp services={fake.services} layout="panel" followActiveTab />);
    await waitFor(() => expect(fake.pending).toHaveLength(1));
    fake.answer(0, fake.analysed(7));
    await screen.findAllByTestId('claim');

    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Claims3', 'FAQ2', 'Highlights']);
    const faqPanel = document.getElementById('precis-panel-faq')!;
    expect(faqPanel.getAttribute('aria-labelledby')).toBe('precis-tab-faq');
    expect(faqPanel.hidden).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: /FAQ/ }));
    expect(faqPanel.hidden).toBe(false);
    expect(screen.getByRole('tabpanel').id).toBe('precis-panel-faq');

    const analysis = sampleAnalysis();
    fireEvent.click(screen.getAllByRole('button', { name: 'Show in page' })[0]!);
    expect(fake.services.revealQuote).toHaveBeenCalledWith(7, {
      type: 'TextQuoteSelector',
      exact: analysis.faq[0]!.question,
      prefix: '',
      suffix: '',
    });
    fireEvent.keyDown(screen.getByRole('tab', { name: /FAQ/ }), { key: 'Home' });
    expect(document.activeElement?.id).toBe('precis-tab-claims');
    fireEvent.click(screen.getByRole('button', { name: /hires young PhD graduates/ }));
    expect(fake.services.revealQuote).toHaveBeenLastCalledWith(7, analysis.claims[0]!.selector);

    fireEvent.click(screen.getAllByTestId('save-claim')[0]!);
    expect(fake.services.saveClaim).toHaveBeenCalledWith(7, analysis.url, analysis.claims[0]);
    await screen.findByText('Saving is off.');

    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(vi.mocked(fake.services.copyText).mock.calls[0]![0]).toMatch(/^# DeepSeek’s Model Rivals OpenAI\n/);
    await screen.findByText('Copied as Markdown.');
    expect(screen.queryByRole('button', { name: 'Open in side panel' })).toBeNull();
  });

  it('shows a placeholder in the Highlights tab, or what the slot renders for the page', async () => {
    const fake = fakeServices();
    const { unmount } = render(<PrecisApp services={fake.services} layout="panel" followActiveTab />);
    await waitFor(() => expect(fake.pending).toHaveLength(1));
    fake.answer(0, fake.analysed(7));
    await screen.findAllByTestId('claim');
    expect(document.getElementById('precis-panel-highlights')!.textContent).toMatch(/will appear here/);
    unmount();

    const second = fakeServices();
    render(
      <PrecisApp
        services={second.services}
        layout="panel"
        followActiveTab
        renderHighlights={({ tabId, url }) => <p data-testid="highlight">{`${tabId} ${url}`}</p>}
      />,
    );
    await waitFor(() => expect(second.pending).toHaveLength(1));
    second.answer(0, second.analysed(7));
    expect((await screen.findByTestId('highlight')).textContent).toBe('7 https://example.com/deepseek');
  });

  it('opens the side panel from the popup for the shown tab', async () => {
    const fake = fakeServices();
    render(<PrecisApp services={fake.services} layout="popup" followActiveTab={false} />);
    await waitFor(() => expect(fake.pending).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Open in side panel' }));
    expect(fake.services.openSidePanel).toHaveBeenCalledWith(7);
  });

  it('says so when the window has no tab', async () => {
    const fake = fakeServices(null);
    render(<PrecisApp services={fake.services} layout="panel" followActiveTab />);
    expect((await screen.findByTestId('status')).textContent).toContain('no tab');
  });
});
