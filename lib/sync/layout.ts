/**
 * Where things live on the server, under the folder the user gave:
 *
 *   precis/keys.json                 the only shared file: salt, iteration count, folder id and a key check
 *                                    (no secret, no user data); written once, with If-None-Match: *
 *   precis/<device>.log.<n>          one device's changes: a segment it rewrites with
 *                                    each push until it holds enough records, then segment n + 1 opens; only that
 *                                    device writes its files, and removes its closed segments once a snapshot of
 *                                    its own covers them
 *   precis/<device>.snap.<n>         that device's whole merged state, covering its own segments up to n and the
 *                                    others' listed in it, so a new device reads one file instead of every log
 *
 * Everything sits in one folder so that one PROPFIND tells a device all that changed. Names hold only random
 * device ids and counters: nothing about the user's pages.
 */

export const FOLDER = 'precis/';
export const KEYS_NAME = 'keys.json';
export const KEYS_PATH = `${FOLDER}${KEYS_NAME}`;

export type FileKind = 'log' | 'snap';

export interface DataFile {
  name: string;
  device: string;
  kind: FileKind;
  n: number;
  etag: string | null;
}

const NAME = /^([a-z0-9]{1,64})\.(log|snap)\.(\d{1,9})$/;

export const fileName = (device: string, kind: FileKind, n: number): string => `${device}.${kind}.${n}`;
export const filePath = (name: string): string => `${FOLDER}${name}`;

/** A listed name as a data file, or null for anything else in the folder (left alone). */
export function parseFileName(name: string, etag: string | null): DataFile | null {
  const m = NAME.exec(name);
  return m ? { name, device: m[1]!, kind: m[2] as FileKind, n: Number(m[3]), etag } : null;
}
