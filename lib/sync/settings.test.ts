import { describe, expect, it } from 'vitest';
import { EMPTY_SYNC_SETTINGS, originPattern, parseSyncSettings, problemWithSettings } from './settings.ts';
import { describeSyncStatus, IDLE_SYNC_STATUS } from './status.ts';

const good = { enabled: true, serverUrl: 'https://cloud.example/remote.php/dav/files/alice', username: 'alice', password: 'app-pass', passphrase: 'long enough passphrase' };

describe('sync settings', () => {
  it('reads damaged or foreign values as off and empty', () => {
    expect(parseSyncSettings(null)).toEqual(EMPTY_SYNC_SETTINGS);
    expect(parseSyncSettings({ enabled: 'yes', serverUrl: 42, username: 'bob' })).toEqual({ ...EMPTY_SYNC_SETTINGS, username: 'bob' });
    expect(parseSyncSettings(good)).toEqual(good);
  });

  it('says what is missing, in words', () => {
    expect(problemWithSettings(good)).toBeNull();
    expect(problemWithSettings({ ...good, serverUrl: '' })).toMatch(/address of your WebDAV folder/);
    expect(problemWithSettings({ ...good, serverUrl: 'ftp://x' })).toMatch(/https:\/\//);
    expect(problemWithSettings({ ...good, password: '' })).toMatch(/app password/);
    expect(problemWithSettings({ ...good, passphrase: 'short' })).toMatch(/at least 10 characters/);
  });

  it('asks for the server origin only', () => {
    expect(originPattern(good.serverUrl)).toBe('https://cloud.example/*');
    expect(originPattern('http://127.0.0.1:8080/dav/')).toBe('http://127.0.0.1:8080/*');
  });
});

describe('sync status in words', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  it('tells off, never synced, up to date, waiting and failed apart', () => {
    expect(describeSyncStatus(IDLE_SYNC_STATUS, false, now)).toBe('Sync is off.');
    expect(describeSyncStatus(IDLE_SYNC_STATUS, true, now)).toBe('Not synced yet.');
    expect(describeSyncStatus({ ...IDLE_SYNC_STATUS, lastSync: '2026-03-01T11:55:00Z' }, true, now)).toBe('Last synced 5 minutes ago. Everything is up to date.');
    expect(describeSyncStatus({ ...IDLE_SYNC_STATUS, lastSync: '2026-03-01T11:59:30Z', pending: 2 }, true, now)).toBe('Last synced just now. 2 changes waiting to be sent.');
    expect(
      describeSyncStatus({ ...IDLE_SYNC_STATUS, pending: 1, error: { kind: 'full', message: 'The storage on the sync server is full.' } }, true, now),
    ).toBe('Sync failed: The storage on the sync server is full. 1 change waiting to be sent.');
    expect(describeSyncStatus({ ...IDLE_SYNC_STATUS, lastSync: '2026-03-01T11:59:30Z', problems: 1 }, true, now)).toMatch(/1 file on the server could not be read/);
  });
});
