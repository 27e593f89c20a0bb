import { describe, expect, it } from 'vitest';
import { progressText, progressValue } from './progress-text.ts';

describe('PDF reading progress', () => {
  it('counts pages read of the whole', () => {
    expect(progressText({ kind: 'reading', pagesRead: 40, pageCount: 500 })).toBe('Reading page 40 of 500');
    expect(progressValue({ kind: 'reading', pagesRead: 40, pageCount: 500 })).toEqual({ value: 40, max: 500 });
  });

  it('counts megabytes fetched, of the size the server declared', () => {
    const stage = { kind: 'fetching' as const, received: 12.5 * 1024 * 1024, total: 60 * 1024 * 1024 };
    expect(progressText(stage)).toBe('Fetching the PDF: 13 of 60 MB');
    expect(progressText({ kind: 'fetching', received: 300 * 1024, total: 2 * 1024 * 1024 })).toBe('Fetching the PDF: 0.3 of 2.0 MB');
    expect(progressValue(stage)).toEqual({ value: stage.received, max: stage.total });
  });

  it('shows an indeterminate bar when the size is unknown or was the compressed size', () => {
    expect(progressValue({ kind: 'fetching', received: 5, total: null })).toEqual({ max: 1 });
    expect(progressText({ kind: 'fetching', received: 3 * 1024 * 1024, total: 1024 * 1024 })).toBe('Fetching the PDF: 3.0 MB');
    expect(progressValue({ kind: 'fetching', received: 3, total: 1 }).value).toBeUndefined();
  });
});
