/**
 * What the user is told about sync: last synced, changes waiting, or the error in words.
 */
import type { SyncErrorKind } from './errors.ts';

export interface SyncStatus {
  running: boolean;
  /** ISO time of the last sync that went through. */
  lastSync: string | null;
  /** Changes made here that are not on the server yet. */
  pending: number;
  error: { kind: SyncErrorKind; message: string } | null;
  /** Remote files skipped because they could not be read (left on the server). */
  problems: number;
}

export const IDLE_SYNC_STATUS: Readonly<SyncStatus> = { running: false, lastSync: null, pending: 0, error: null, problems: 0 };

function ago(iso: string, now: number): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return `on ${iso.slice(0, 10)}`;
}

const changes = (n: number) => `${n} change${n === 1 ? '' : 's'}`;

/** One or two sentences for the status line. */
export function describeSyncStatus(status: SyncStatus, enabled: boolean, now = Date.now()): string {
  if (!enabled) return status.pending > 0 ? `Sync is off. ${changes(status.pending)} will be sent when it is on.` : 'Sync is off.';
  const parts: string[] = [];
  if (status.running) parts.push('Syncing…');
  if (status.error) parts.push(`Sync failed: ${status.error.message}`);
  else if (status.lastSync) parts.push(`Last synced ${ago(status.lastSync, now)}.`);
  else if (!status.running) parts.push('Not synced yet.');
  if (status.pending > 0) parts.push(`${changes(status.pending)} waiting to be sent.`);
  else if (status.lastSync && !status.error) parts.push('Everything is up to date.');
  if (status.problems > 0) {
    parts.push(`${status.problems} file${status.problems === 1 ? '' : 's'} on the server could not be read (damaged, or from a newer Precis); ${status.problems === 1 ? 'it was' : 'they were'} left as they are.`);
  }
  return parts.join(' ');
}
