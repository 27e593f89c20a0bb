// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_SYNC_SETTINGS } from '../../lib/sync/settings.ts';
import { SyncSection, type SyncSectionProps } from './SyncSection.tsx';

afterEach(cleanup);

function props(overrides: Partial<SyncSectionProps> = {}): SyncSectionProps {
  return {
    draft: { ...EMPTY_SYNC_SETTINGS },
    enabled: false,
    status: 'Sync is off.',
    statusIsError: false,
    busy: null,
    message: null,
    onDraftChange: vi.fn(),
    onTest: vi.fn(),
    onEnable: vi.fn(),
    onSyncNow: vi.fn(),
    ...overrides,
  };
}

describe('SyncSection', () => {
  it('labels every field, hides the secrets, and reports typing as patches', () => {
    const p = props();
    render(<SyncSection {...p} />);
    expect((screen.getByLabelText('App password') as HTMLInputElement).type).toBe('password');
    expect((screen.getByLabelText('Encryption passphrase') as HTMLInputElement).type).toBe('password');
    fireEvent.input(screen.getByLabelText('Server address (WebDAV folder)'), { target: { value: 'https://cloud.example/dav/' } });
    expect(p.onDraftChange).toHaveBeenCalledWith({ serverUrl: 'https://cloud.example/dav/' });
    expect(screen.getByTestId('sync-status').textContent).toBe('Sync is off.');
    expect((screen.getByRole('button', { name: 'Sync now' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('locks the fields while on, and offers Sync now', () => {
    const p = props({ enabled: true, status: 'Last synced just now.' });
    render(<SyncSection {...p} />);
    expect((screen.getByLabelText('User name') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(p.onSyncNow).toHaveBeenCalled();
    fireEvent.click(screen.getByLabelText('Sync highlights'));
    expect(p.onEnable).toHaveBeenCalledWith(false);
  });

  it('shows an error status as an error, and a failed test as an alert', () => {
    render(<SyncSection {...props({ status: 'Sync failed: full.', statusIsError: true, message: { kind: 'error', text: 'Wrong password.' } })} />);
    expect(screen.getByTestId('sync-status').className).toContain('sync-error');
    expect(screen.getByRole('alert').textContent).toBe('Wrong password.');
  });
});
