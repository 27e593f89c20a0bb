/**
 * Article metadata: Readability's values first, then what the page states itself (meta tags,
 * `<time datetime>`, JSON-LD), so the fallback path and pages Readability misreads still get them.
 * Empty strings count as absent everywhere.
 */
import type { ArticleMeta } from '../types';
import { normalizeSpaces } from './whitespace';

/** The fields of Readability's `parse()` result that feed the metadata. */
export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  dir?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
}

/** An excerpt taken from the first paragraph is cut here; the page's own description is kept whole. */
const MAX_EXCERPT_CHARS = 300;

/** The first non-empty value, trimmed; null when all are absent or blank. */
function firstPresent(...values: Array<string | null | undefined>): string | null {
  for (const value of values) {
    const trimmed = value === null || value === undefined ? '' : normalizeSpaces(value);
    if (trimmed !== '') return trimmed;
  }
  return null;
}

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[http-equiv="${key}"]`);
    const value = firstPresent(el?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

/** Objects in the page's JSON-LD blocks, `@graph` arrays flattened. Invalid JSON is skipped. */
function jsonLdObjects(doc: Document): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      out.push(record);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is the page's problem: the other sources still apply.
    }
  }
  return out;
}

function jsonLdString(objects: Array<Record<string, unknown>>, key: string): string | null {
  for (const object of objects) {
    const value = object[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    const named = Array.isArray(value) ? value[0] : value;
    if (named && typeof named === 'object') {
      const name = (named as Record<string, unknown>).name;
      if (typeof name === 'string' && name.trim() !== '') return name.trim();
    }
  }
  return null;
}

/** `<title>` without a trailing " | Site name" / " - Site name" when what remains is substantial. */
function documentTitle(doc: Document): string | null {
  const title = firstPresent(doc.querySelector('title')?.textContent);
  if (!title) return null;
  const match = /^(.*\S)\s+[|\-–—»:]\s+[^|\-–—»:]+$/.exec(title);
  return match && match[1]!.split(/\s+/).length >= 3 ? match[1]! : title;
}

/** A time with an explicit zone becomes ISO 8601; anything else is kept as the page wrote it. */
export function normalizePublishedTime(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const hasZone = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}$)/.test(value);
  const time = Date.parse(value);
  return hasZone && !Number.isNaN(time) ? new Date(time).toISOString() : value;
}

function direction(value: string | null | undefined): 'ltr' | 'rtl' | null {
  const lower = value?.trim().toLowerCase();
  return lower === 'ltr' || lower === 'rtl' ? lower : null;
}

/**
 * Metadata for the article in `doc` (the original page, not Readability's mutated clone).
 * `firstParagraph` is the excerpt of last resort.
 */
export function articleMetadata(doc: Document, readability: ReadabilityMeta | null, firstParagraph: string | null): ArticleMeta {
  const ld = jsonLdObjects(doc);
  const html = doc.documentElement;
  // The page's own description first; then our first paragraph rather than Readability's
  // first <p>, which can be a bold section heading.
  const excerpt = firstPresent(
    metaContent(doc, 'description', 'og:description', 'twitter:description'),
    firstParagraph && firstParagraph.length > MAX_EXCERPT_CHARS
      ? `${firstParagraph.slice(0, MAX_EXCERPT_CHARS).trimEnd()}…`
      : firstParagraph,
    readability?.excerpt,
  );
  return {
    title:
      firstPresent(
        readability?.title,
        metaContent(doc, 'og:title', 'twitter:title'),
        jsonLdString(ld, 'headline'),
        documentTitle(doc),
        doc.querySelector('h1')?.textContent,
      ) ?? '',
    byline: firstPresent(readability?.byline, metaContent(doc, 'author', 'article:author'), jsonLdString(ld, 'author')),
    siteName: firstPresent(readability?.siteName, metaContent(doc, 'og:site_name'), jsonLdString(ld, 'publisher')),
    lang: firstPresent(readability?.lang, html?.getAttribute('lang'), metaContent(doc, 'content-language')),
    dir: direction(readability?.dir) ?? direction(html?.getAttribute('dir')) ?? direction(doc.body?.getAttribute('dir')),
    publishedTime: normalizePublishedTime(
      firstPresent(
        readability?.publishedTime,
        metaContent(doc, 'article:published_time', 'datePublished'),
        ...Array.from(doc.querySelectorAll('time[datetime]'), (time) => time.getAttribute('datetime')),
        jsonLdString(ld, 'datePublished'),
      ),
    ),
    excerpt,
  };
}
