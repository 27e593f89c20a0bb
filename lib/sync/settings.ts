/**
 * The user's sync settings: where the WebDAV folder is, the account, and the passphrase the files are encrypted
 * with. Pure checks here; the extension keeps them in browser storage (local to this browser, never exported).
 */
import { normalizeBaseUrl } from './webdav.ts';
import { SyncError } from './errors.ts';

export interface SyncSettings {
  enabled: boolean;
  /** The WebDAV folder's address, e.g. https://cloud.example/remote.php/dav/files/alice/ */
  serverUrl: string;
  username: string;
  /** An app password (Nextcloud: Settings → Security → Devices & sessions), not the account's own. */
  password: string;
  passphrase: string;
}

export const SYNC_SETTINGS_VERSION = 1;
export const MIN_PASSPHRASE = 10;

export const EMPTY_SYNC_SETTINGS: Readonly<SyncSettings> = { enabled: false, serverUrl: '', username: '', password: '', passphrase: '' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');

/** Stored settings, checked field by field; what is missing or damaged falls back to "off" and empty. */
export function parseSyncSettings(value: unknown): SyncSettings {
  if (!isObject(value)) return { ...EMPTY_SYNC_SETTINGS };
  return {
    enabled: value.enabled === true,
    serverUrl: text(value.serverUrl, 2048),
    username: text(value.username, 256),
    password: text(value.password, 1024),
    passphrase: text(value.passphrase, 1024),
  };
}

/** What keeps these settings from being used, in the user's words; null when they can be tried. */
export function problemWithSettings(settings: SyncSettings): string | null {
  if (!settings.serverUrl.trim()) return 'Enter the address of your WebDAV folder.';
  try {
    normalizeBaseUrl(settings.serverUrl);
  } catch (error) {
    return error instanceof SyncError ? error.message : 'The server address is not valid.';
  }
  if (!settings.username.trim()) return 'Enter your user name on that server.';
  if (!settings.password) return 'Enter an app password for Precis (made on the server, see the README).';
  if (settings.passphrase.length < MIN_PASSPHRASE) {
    return `Choose a passphrase of at least ${MIN_PASSPHRASE} characters: it encrypts your highlights, and every device needs the same one.`;
  }
  return null;
}

/** The host permission pattern for the server's origin, e.g. "https://cloud.example/*". */
export function originPattern(serverUrl: string): string {
  return `${normalizeBaseUrl(serverUrl).origin}/*`;
}
