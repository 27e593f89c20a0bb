/**
 * What is inside a sealed data file (JSON), and the folder's key file. Everything read here came from the server
 * and is checked like any untrusted input.
 */
import { CURRENT_VERSION } from '../highlights/index.ts';
import { fromBase64, MAX_ITERATIONS, MIN_ITERATIONS, type Bytes } from './crypto.ts';
import type { FileKind } from './layout.ts';
import { parseRecord, type SyncRecord } from './records.ts';

export const PAYLOAD_FORMAT = 1;

export interface Payload {
  format: typeof PAYLOAD_FORMAT;
  kind: FileKind;
  device: string;
  n: number;
  /** Snapshots only: for each device, every log of it numbered up to this is merged into `records`. */
  covers?: Record<string, number>;
  records: SyncRecord[];
}

export type ParsedPayload = { ok: true; payload: Payload } | { ok: false; reason: 'corrupt' | 'newer' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function encodePayload(payload: Payload): Bytes {
  return new TextEncoder().encode(JSON.stringify(payload));
}

function parseCovers(value: unknown): Record<string, number> | null {
  if (value === undefined) return {};
  if (!isObject(value)) return null;
  const covers: Record<string, number> = {};
  for (const [device, n] of Object.entries(value)) {
    if (!/^[a-z0-9]{1,64}$/.test(device) || !Number.isSafeInteger(n) || (n as number) < 0) return null;
    covers[device] = n as number;
  }
  return covers;
}

/** A record whose highlight a newer Precis wrote (a schema this version does not know). */
function isNewerRecord(value: unknown): boolean {
  if (!isObject(value) || !isObject(value.highlight)) return false;
  const version = value.highlight.schemaVersion;
  return typeof version === 'number' && version > CURRENT_VERSION;
}

/** A JSON object with a numeric `format`, or why not: 'newer' when the format is beyond `current`. */
function readVersioned(bytes: Bytes, current: number): { ok: true; raw: Record<string, unknown> } | { ok: false; reason: 'corrupt' | 'newer' } {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (!isObject(raw) || typeof raw.format !== 'number') return { ok: false, reason: 'corrupt' };
  if (raw.format > current) return { ok: false, reason: 'newer' };
  return { ok: true, raw };
}

/** The payload, or why the whole file is skipped: a single unreadable record keeps the file from being merged. */
export function decodePayload(bytes: Bytes, expected: { kind: FileKind; device: string; n: number }): ParsedPayload {
  const read = readVersioned(bytes, PAYLOAD_FORMAT);
  if (!read.ok) return read;
  const { raw } = read;
  if (raw.format !== PAYLOAD_FORMAT || raw.kind !== expected.kind || raw.device !== expected.device || raw.n !== expected.n) {
    return { ok: false, reason: 'corrupt' };
  }
  const covers = parseCovers(raw.covers);
  if (!covers || !Array.isArray(raw.records)) return { ok: false, reason: 'corrupt' };
  const records: SyncRecord[] = [];
  for (const value of raw.records) {
    const record = parseRecord(value);
    if (!record) return { ok: false, reason: isNewerRecord(value) ? 'newer' : 'corrupt' };
    records.push(record);
  }
  return { ok: true, payload: { format: PAYLOAD_FORMAT, kind: expected.kind, device: expected.device, n: expected.n, covers, records } };
}

export const KEYS_FORMAT = 1;

export interface KeysFile {
  format: typeof KEYS_FORMAT;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** Base64. */
  salt: string;
  /** Random; a new id means the folder was set up again and everything must be sent again. */
  folder: string;
  /** Base64 of the folder id sealed with the key: opening it proves the passphrase. */
  check: string;
}

export type ParsedKeys = { ok: true; keys: KeysFile; salt: Bytes; check: Bytes } | { ok: false; reason: 'corrupt' | 'newer' };

export function parseKeysFile(bytes: Bytes): ParsedKeys {
  const read = readVersioned(bytes, KEYS_FORMAT);
  if (!read.ok) return read;
  const { raw } = read;
  const { iterations, salt, folder, check } = raw;
  if (raw.format !== KEYS_FORMAT || raw.kdf !== 'PBKDF2-SHA-256') return { ok: false, reason: 'corrupt' };
  if (!Number.isSafeInteger(iterations) || (iterations as number) < MIN_ITERATIONS || (iterations as number) > MAX_ITERATIONS) return { ok: false, reason: 'corrupt' };
  if (typeof salt !== 'string' || typeof folder !== 'string' || typeof check !== 'string' || !/^[a-z0-9]{8,64}$/.test(folder)) return { ok: false, reason: 'corrupt' };
  const saltBytes = fromBase64(salt);
  const checkBytes = fromBase64(check);
  if (!saltBytes || saltBytes.length < 16 || !checkBytes) return { ok: false, reason: 'corrupt' };
  return {
    ok: true,
    keys: { format: KEYS_FORMAT, kdf: 'PBKDF2-SHA-256', iterations: iterations as number, salt, folder, check },
    salt: saltBytes,
    check: checkBytes,
  };
}
