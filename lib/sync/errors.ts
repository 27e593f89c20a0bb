/**
 * Why a sync stopped, in the user's words, and whether trying again later can help. Messages never carry the
 * password, the passphrase or a highlight.
 */

export type SyncErrorKind =
  | 'auth' // 401/403: the user name or app password is wrong, or the account may not use this folder
  | 'passphrase' // the folder was set up with another passphrase
  | 'full' // 507
  | 'busy' // 409/412/423 that did not clear after a few tries
  | 'timeout'
  | 'offline' // no answer at all: offline, server down, wrong host
  | 'redirect' // the server sent Precis to another address
  | 'not-found' // the server address itself does not exist
  | 'server' // 5xx
  | 'protocol' // an answer that is not WebDAV, or a folder written by a newer Precis
  | 'storage'; // this browser's own storage refused

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SyncError';
  }

  /** Whether the same request may succeed later without the user changing anything. */
  get retryable(): boolean {
    return ['full', 'busy', 'timeout', 'offline', 'server', 'storage'].includes(this.kind);
  }
}

export function httpError(status: number, what: string): SyncError {
  if (status === 401 || status === 403) {
    return new SyncError(
      'auth',
      status === 401
        ? 'The server refused the user name or app password. Enter the app password again.'
        : 'The server does not let this account use the sync folder. Check the address and enter the app password again.',
      status,
    );
  }
  if (status === 507) return new SyncError('full', 'The storage on the sync server is full. Free some space there; changes wait here until then.', status);
  if (status === 409 || status === 412 || status === 423) {
    return new SyncError('busy', `The server kept reporting a conflicting change (HTTP ${status}). Precis will try again.`, status);
  }
  if (status === 404) return new SyncError('not-found', 'The server address was not found. Check the address (the WebDAV folder URL).', status);
  if (status >= 500) return new SyncError('server', `The sync server had an error (HTTP ${status}) while ${what}. Precis will try again.`, status);
  return new SyncError('protocol', `The server answered HTTP ${status} while ${what}; it may not be a WebDAV server.`, status);
}
