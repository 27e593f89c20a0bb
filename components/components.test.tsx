// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleAnalysis } from '../tests/support/sample-analysis.ts';
import { ClaimList } from './ClaimList.tsx';
import { FaqList } from './FaqList.tsx';
import { Header } from './Header.tsx';
import { StatusMessage } from './StatusMessage.tsx';
import { Tabs } from './Tabs.tsx';

afterEach(cleanup);

describe('ClaimList', () => {
  it('groups claims under their section headings with topic chips', () => {
    render(<ClaimList sections={sampleAnalysis().sections} onReveal={() => {}} onSave={() => {}} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['A Young Group of Geniuses Eager to Prove Themselves', 'Innovation Born out of a Crisis']);
    const claims = screen.getAllByTestId('claim');
    expect(claims).toHaveLength(3);
    expect(claims[0]!.textContent).toContain('PhD graduates');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toContain('export controls');
  });

  it('emits the claim on activation and on save', () => {
    const onReveal = vi.fn();
    const onSave = vi.fn();
    const { sections } = sampleAnalysis();
    render(<ClaimList sections={sections} onReveal={onReveal} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: /Mixture-of-Experts/ }));
    expect(onReveal).toHaveBeenCalledWith(sections[1]!.claims[1]);
    fireEvent.click(screen.getAllByTestId('save-claim')[0]!);
    expect(onSave).toHaveBeenCalledWith(sections[0]!.claims[0]);
  });

  it('renders page text as text, never as markup', () => {
    const base = sampleAnalysis();
    const evil = { ...base.claims[0]!, text: '<img src=x onerror="alert(1)">Boom' };
    const { container } = render(
      <ClaimList sections={[{ heading: '<b>x</b>', level: 2, claims: [evil] }]} onReveal={() => {}} onSave={() => {}} />,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByTestId('claim').textContent).toContain('<img src=x onerror="alert(1)">Boom');
  });

  it('says so when there are no claims', () => {
    render(<ClaimList sections={[]} onReveal={() => {}} onSave={() => {}} />);
    expect(screen.getByText(/No key claims/)).toBeTruthy();
  });
});

describe('FaqList', () => {
  it('keeps every answer in the document, collapsed under its question', () => {
    const { container } = render(<FaqList faq={sampleAnalysis().faq} onReveal={() => {}} />);
    expect(screen.getAllByTestId('faq-question').map((q) => q.textContent)).toEqual([
      'What is DeepSeek’s approach to AI research?',
      'How has DeepSeek overcome US export controls?',
    ]);
    expect(screen.getAllByTestId('faq-answer')[1]!.textContent).toBe('By optimizing its model architecture.');
    expect(container.querySelectorAll('details:not([open])')).toHaveLength(2);
  });

  it('emits the pair from "Show in page"', () => {
    const onReveal = vi.fn();
    const { faq } = sampleAnalysis();
    render(<FaqList faq={faq} onReveal={onReveal} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Show in page' })[1]!);
    expect(onReveal).toHaveBeenCalledWith(faq[1]);
  });
});

describe('Header', () => {
  it('shows the title, site, byline and reading time', () => {
    render(<Header title="A title" siteName="Site" byline="Ann" readingMinutes={4} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A title');
    expect(screen.getByText('Site · Ann · 4 min read')).toBeTruthy();
  });
});

describe('StatusMessage', () => {
  it('puts the title and message under the status hook and announces problems', () => {
    render(<StatusMessage tone="problem" title="Nope." message="Browsers don't let extensions read it." />);
    expect(screen.getByTestId('status').textContent).toBe("Nope.Browsers don't let extensions read it.");
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});

describe('Tabs', () => {
  const tabs = [
    { id: 'claims', label: 'Claims', count: 3 },
    { id: 'faq', label: 'FAQ' },
    { id: 'highlights', label: 'Highlights' },
  ] as const;

  it('marks the selected tab and keeps only it in the tab order', () => {
    render(<Tabs tabs={[...tabs]} selected="faq" onSelect={() => {}} label="Views" idPrefix="t" />);
    const buttons = screen.getAllByRole('tab');
    expect(buttons.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    expect(buttons.map((tab) => tab.tabIndex)).toEqual([-1, 0, -1]);
    expect(buttons[1]!.getAttribute('aria-controls')).toBe('t-panel-faq');
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Views');
  });

  it.each([
    ['ArrowRight', 'highlights'],
    ['ArrowLeft', 'claims'],
    ['Home', 'claims'],
    ['End', 'highlights'],
  ])('%s selects %s', (key, expected) => {
    const onSelect = vi.fn();
    render(<Tabs tabs={[...tabs]} selected="faq" onSelect={onSelect} label="Views" idPrefix="t" />);
    fireEvent.keyDown(screen.getAllByRole('tab')[1]!, { key });
    expect(onSelect).toHaveBeenCalledWith(expected);
  });

  it('wraps around at the ends', () => {
    const onSelect = vi.fn();
    render(<Tabs tabs={[...tabs]} selected="highlights" onSelect={onSelect} label="Views" idPrefix="t" />);
    fireEvent.keyDown(screen.getAllByRole('tab')[2]!, { key: 'ArrowRight' });
    expect(onSelect).toHaveBeenCalledWith('claims');
  });
});
