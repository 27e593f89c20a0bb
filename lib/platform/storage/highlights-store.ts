/**
 * The only storage code for highlights (browser.storage.local).
 *
 * One key per highlight, `hl:<id>`: tabs saving at once each write their own key, so no write can
 * overwrite another's (there is no shared list or index to read-modify-write). Listing reads all
 * `hl:` keys. Records are validated and migrated on read; a corrupt or foreign value is skipped
 * and reported, never deleted. Every write is awaited and failures surface as a
 * HighlightsStoreError whose `kind` the UI can explain (notably 'quota').
 */
import { browser } from 'wxt/browser';
import {
  exportJson,
  exportMarkdown,
  exportWebAnnotations,
  isHighlightColor,
  LIMITS,
  mergeHighlights,
  normalizeUrl,
  parseHighlight,
  parseHighlightsFile,
  type Highlight,
  type HighlightColor,
  type HighlightExportFormat,
} from '../../highlights/index.ts';
import { StoreError, storageFailure, type StorageWords } from './storage-errors.ts';

export { fromStore } from './storage-errors.ts';

export const KEY_PREFIX = 'hl:';
export const keyOf = (id: string): string => `${KEY_PREFIX}${id}`;

export class HighlightsStoreError extends StoreError {
  override name = 'HighlightsStoreError';
}

const HIGHLIGHTS_STORAGE: StorageWords = {
  full: 'Browser storage for highlights is full. Export and delete some highlights, then try again.',
  failed: 'Highlights could not be saved or read',
};

function storageError(error: unknown): HighlightsStoreError {
  return storageFailure(HighlightsStoreError, error, HIGHLIGHTS_STORAGE);
}

async function write(items: Record<string, Highlight>): Promise<void> {
  try {
    await browser.storage.local.set(items);
  } catch (error) {
    throw storageError(error);
  }
}

async function readOne(id: string): Promise<Highlight | null> {
  let stored: Record<string, unknown>;
  try {
    stored = await browser.storage.local.get(keyOf(id));
  } catch (error) {
    throw storageError(error);
  }
  const h = parseHighlight(stored[keyOf(id)]);
  return h && h.id === id ? h : null;
}

function validated(value: unknown): Highlight {
  const h = parseHighlight(value);
  if (!h) throw new HighlightsStoreError('invalid', 'This highlight is malformed and was not saved.');
  return h;
}

export async function saveHighlight(highlight: Highlight): Promise<Highlight> {
  const h = validated(highlight);
  await write({ [keyOf(h.id)]: h });
  return h;
}

export interface HighlightPatch {
  note?: string;
  color?: HighlightColor;
}

/** Changes the note and/or colour and stamps `updated`; other fields are not editable. */
export async function updateHighlight(id: string, patch: HighlightPatch, now = new Date()): Promise<Highlight> {
  const current = await readOne(id);
  if (!current) throw new HighlightsStoreError('not-found', 'This highlight no longer exists.');
  if (patch.color !== undefined && !isHighlightColor(patch.color)) throw new HighlightsStoreError('invalid', 'Unknown highlight colour.');
  if (patch.note !== undefined && (typeof patch.note !== 'string' || patch.note.length > LIMITS.note)) {
    throw new HighlightsStoreError('invalid', `Notes are limited to ${LIMITS.note} characters.`);
  }
  const next: Highlight = {
    ...current,
    note: patch.note ?? current.note,
    color: patch.color ?? current.color,
    // Never earlier than the stored time, so the edit wins every later merge.
    updated: new Date(Math.max(now.getTime(), Date.parse(current.updated) + 1)).toISOString(),
  };
  await write({ [keyOf(id)]: next });
  return next;
}

/**
 * Removes the highlight and returns it (for "Undo"), or null when it was not there. A value this Precis cannot
 * read (corrupt, or a newer Precis's record) is left alone: it could not be given back by an undo.
 */
export async function deleteHighlight(id: string): Promise<Highlight | null> {
  const current = await readOne(id);
  if (!current) return null;
  try {
    await browser.storage.local.remove(keyOf(id));
  } catch (error) {
    throw storageError(error);
  }
  return current;
}

/** Puts back a highlight returned by deleteHighlight(). */
export async function restoreHighlight(highlight: Highlight): Promise<Highlight> {
  return saveHighlight(highlight);
}

export interface SkippedEntry {
  key: string;
  reason: string;
}

export interface HighlightList {
  /** Oldest first. */
  highlights: Highlight[];
  /** `hl:` entries that could not be read; they are left in storage untouched. */
  skipped: SkippedEntry[];
}

export async function listHighlights(opts: { url?: string } = {}): Promise<HighlightList> {
  let all: Record<string, unknown>;
  try {
    all = await browser.storage.local.get(null);
  } catch (error) {
    throw storageError(error);
  }
  const url = opts.url === undefined ? undefined : normalizeUrl(opts.url);
  const highlights: Highlight[] = [];
  const skipped: SkippedEntry[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(KEY_PREFIX)) continue;
    const h = parseHighlight(value);
    if (!h) skipped.push({ key, reason: 'not a valid highlight record (corrupt, foreign, or from a newer Precis)' });
    else if (keyOf(h.id) !== key) skipped.push({ key, reason: `record id "${h.id}" does not match its key` });
    else if (url === undefined || h.url === url) highlights.push(h);
  }
  highlights.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  return { highlights, skipped };
}

/** What an import changed; nothing is ever deleted by one. */
export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export type ImportResult = ({ ok: true } & ImportSummary) | { ok: false; error: string };

/**
 * Merges an exported JSON file into storage: new ids are added, an id already stored is replaced
 * only by a newer edit, nothing is deleted. Malformed files give `ok: false` with a message.
 */
export async function importHighlights(json: string): Promise<ImportResult> {
  const file = parseHighlightsFile(json);
  if (!file.ok) return file;
  let stored: Record<string, unknown>;
  try {
    stored = await browser.storage.local.get(file.highlights.map((h) => keyOf(h.id)));
  } catch (error) {
    throw storageError(error);
  }
  const existing: Highlight[] = [];
  const unreadable = new Set<string>();
  for (const [key, value] of Object.entries(stored)) {
    // Some implementations answer a missing key with `undefined` rather than leaving it out.
    if (value === undefined) continue;
    const h = parseHighlight(value);
    if (h && keyOf(h.id) === key) existing.push(h);
    else unreadable.add(key);
  }
  // A key holding what this Precis cannot read (corrupt, or a newer Precis's record) is never overwritten.
  const importable = file.highlights.filter((h) => !unreadable.has(keyOf(h.id)));
  const { added, updated, unchanged } = mergeHighlights(existing, importable);
  const changes = [...added, ...updated];
  if (changes.length > 0) await write(Object.fromEntries(changes.map((h) => [keyOf(h.id), h])));
  const skipped = file.skipped + file.highlights.length - importable.length;
  return { ok: true, added: added.length, updated: updated.length, unchanged, skipped };
}

export async function exportHighlights(format: HighlightExportFormat, opts: { url?: string } = {}): Promise<string> {
  const { highlights } = await listHighlights(opts);
  switch (format) {
    case 'markdown':
      return exportMarkdown(highlights);
    case 'json':
      return exportJson(highlights);
    case 'annotations':
      return exportWebAnnotations(highlights);
  }
}
