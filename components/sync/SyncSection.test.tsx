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
    reenter: null,
    onReenter: vi.fn(),
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

  it('asks for the app password again under the status after a 401, and sends what is typed with Enter', () => {
    const p = props({ enabled: true, status: 'Sync failed: The server refused the user name or app password.', statusIsError: true, reenter: 'password' });
    render(<SyncSection {...p} />);
    const form = screen.getByTestId('sync-reenter');
    // The prompt comes right after the status line.
    expect(screen.getByTestId('sync-status').nextElementSibling).toBe(form);
    const input = screen.getByLabelText('App password', { selector: '#sync-reenter-input' }) as HTMLInputElement;
    expect(input.type).toBe('password');
    expect(input.disabled).toBe(false);
    const button = screen.getByRole('button', { name: 'Save and sync' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.input(input, { target: { value: 'new-app-password' } });
    expect(button.disabled).toBe(false);
    fireEvent.submit(form);
    expect(p.onReenter).toHaveBeenCalledWith('new-app-password');
  });

  it('asks for the passphrase after a wrong-passphrase error, and asks nothing while off or without an error', () => {
    const { unmount } = render(<SyncSection {...props({ enabled: true, statusIsError: true, reenter: 'passphrase' })} />);
    expect(screen.getByLabelText('Encryption passphrase', { selector: '#sync-reenter-input' })).toBeTruthy();
    expect(screen.getByTestId('sync-reenter').textContent).toContain('passphrase this sync folder was set up with');
    unmount();
    render(<SyncSection {...props({ enabled: false, reenter: 'password' })} />);
    expect(screen.queryByTestId('sync-reenter')).toBeNull();
  });
});
