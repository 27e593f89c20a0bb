/**
 * The highlight record: its shape, how a new one is made, and how an unknown value (from storage
 * or an imported file, possibly malformed or hostile) becomes a trusted one or is rejected.
 */
import type { Selector, TextQuoteSelector } from '../anchoring/types.ts';
import { DEFAULT_COLOR, isHighlightColor, type HighlightColor } from './colors.ts';
import { CURRENT_VERSION, migrateToCurrent } from './migrations.ts';
import { normalizeUrl } from './url.ts';
import { parseSelectors } from './selectors-schema.ts';

/** The record's current schema version; older ones are migrated on read (see migrations.ts). */
export const SCHEMA_VERSION = CURRENT_VERSION;

export interface Highlight {
  /** Letters, digits, '-' and '_' only: it is used in storage keys and page attributes. */
  id: string;
  /** Normalised with normalizeUrl(). */
  url: string;
  title: string;
  /** ISO 8601 times. */
  created: string;
  updated: string;
  color: HighlightColor;
  note: string;
  /** The highlighted text, for display and search (the quote selector's `exact`). */
  exact: string;
  selectors: Selector[];
  schemaVersion: typeof SCHEMA_VERSION;
}

export const LIMITS = { id: 128, url: 4096, title: 1000, note: 20_000, exact: 50_000 } as const;
const ID = /^[A-Za-z0-9_-]+$/;

export function newHighlightId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export interface NewHighlight {
  url: string;
  title: string;
  selectors: Selector[];
  color?: HighlightColor;
  note?: string;
  /** For tests and imports; a fresh id otherwise. */
  id?: string;
  now?: Date;
}

export function quoteOf(selectors: Selector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function createHighlight(input: NewHighlight): Highlight {
  const time = (input.now ?? new Date()).toISOString();
  return {
    id: input.id ?? newHighlightId(),
    url: normalizeUrl(input.url),
    title: input.title.slice(0, LIMITS.title),
    created: time,
    updated: time,
    color: input.color ?? DEFAULT_COLOR,
    note: (input.note ?? '').slice(0, LIMITS.note),
    exact: quoteOf(input.selectors)?.exact ?? '',
    selectors: input.selectors,
    schemaVersion: SCHEMA_VERSION,
  };
}

const boundedString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function isoTime(v: unknown): string | null {
  if (typeof v !== 'string' || v.length > 40) return null;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function isWebUrl(url: string): boolean {
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * A trusted Highlight built field by field from `value` (older schema versions are migrated
 * first), or null when anything required is missing, of the wrong type, too long, or from a newer
 * schema. Unknown fields are dropped; an unknown colour falls back to the default.
 */
export function parseHighlight(value: unknown): Highlight | null {
  const raw = migrateToCurrent(value);
  if (!raw) return null;
  const { id, url, title, note, exact } = raw;
  if (!boundedString(id, LIMITS.id) || !ID.test(id)) return null;
  if (!boundedString(url, LIMITS.url) || !isWebUrl(url)) return null;
  if (!boundedString(title, LIMITS.title) || !boundedString(note, LIMITS.note)) return null;
  if (!boundedString(exact, LIMITS.exact)) return null;
  const created = isoTime(raw.created);
  const updated = isoTime(raw.updated);
  const selectors = parseSelectors(raw.selectors);
  if (!created || !updated || !selectors) return null;
  return {
    id,
    url: normalizeUrl(url),
    title,
    created,
    updated,
    color: isHighlightColor(raw.color) ? raw.color : DEFAULT_COLOR,
    note,
    exact,
    selectors,
    schemaVersion: SCHEMA_VERSION,
  };
}

