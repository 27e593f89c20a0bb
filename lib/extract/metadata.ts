/**
 * Article metadata: Readability's values first, then what the page states itself (meta tags,
 * `<time datetime>`, JSON-LD), so the fallback path and pages Readability misreads still get them.
 * Empty strings count as absent everywhere.
 */
import type { ArticleMeta } from '../types.ts';
import { type PageSurvey, surveyPage } from './page-survey.ts';
import { normalizeSpaces } from './whitespace.ts';

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

/**
 * The page's meta tags by the value of their `property`, `name` or `http-equiv` (the first tag in
 * document order wins, as `querySelector` would pick it), with `content` as written. As in a selector,
 * `http-equiv` values match in any case, the others exactly.
 */
function metaIndex(metas: readonly Element[]): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const meta of metas) {
    for (const attribute of ['property', 'name', 'http-equiv']) {
      const value = meta.getAttribute(attribute);
      const key = attribute === 'http-equiv' ? value?.toLowerCase() : value;
      if (key !== null && key !== undefined && !index.has(key)) index.set(key, meta.getAttribute('content'));
    }
  }
  return index;
}

/** Objects in the page's JSON-LD blocks, `@graph` arrays flattened. Invalid JSON is skipped. */
function jsonLdObjects(scripts: readonly Element[]): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      out.push(record);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is the page's problem: the other sources still apply.
    }
  }
  return out;
}

/**
 * Where the page states its metadata, each source read on first use: most pages need only a few of
 * them once Readability has given its values.
 */
class PageSources {
  private metas: Map<string, string | null> | null = null;
  private ld: Array<Record<string, unknown>> | null = null;

  constructor(private readonly survey: PageSurvey) {}

  meta(...keys: string[]): string | null {
    this.metas ??= metaIndex(this.survey.metas);
    for (const key of keys) {
      const value = firstPresent(this.metas.get(key));
      if (value) return value;
    }
    return null;
  }

  jsonLd(key: string): string | null {
    this.ld ??= jsonLdObjects(this.survey.jsonLdScripts);
    return jsonLdString(this.ld, key);
  }

  /** `<title>` without a trailing " | Site name" / " - Site name" when what remains is substantial. */
  documentTitle(): string | null {
    const title = firstPresent(this.survey.title?.textContent);
    if (!title) return null;
    const match = /^(.*\S)\s+[|\-–—»:]\s+[^|\-–—»:]+$/.exec(title);
    return match && match[1]!.split(/\s+/).length >= 3 ? match[1]! : title;
  }

  h1(): string | null {
    return firstPresent(this.survey.h1?.textContent);
  }

  times(): string | null {
    return firstPresent(...this.survey.times.map((time) => time.getAttribute('datetime')));
  }
}

/** The first non-empty value among lazily computed ones. */
function firstOf(...values: Array<() => string | null | undefined>): string | null {
  for (const value of values) {
    const present = firstPresent(value());
    if (present) return present;
  }
  return null;
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
 * `firstParagraph` is the excerpt of last resort; `survey` is the page survey extraction already made.
 */
export function articleMetadata(
  doc: Document,
  readability: ReadabilityMeta | null,
  firstParagraph: string | null,
  survey: PageSurvey = surveyPage(doc),
): ArticleMeta {
  const page = new PageSources(survey);
  const html = doc.documentElement;
  // The page's own description first; then our first paragraph rather than Readability's
  // first <p>, which can be a bold section heading.
  const excerpt = firstOf(
    () => page.meta('description', 'og:description', 'twitter:description'),
    () =>
      firstParagraph && firstParagraph.length > MAX_EXCERPT_CHARS
        ? `${firstParagraph.slice(0, MAX_EXCERPT_CHARS).trimEnd()}…`
        : firstParagraph,
    () => readability?.excerpt,
  );
  return {
    title:
      firstOf(
        () => readability?.title,
        () => page.meta('og:title', 'twitter:title'),
        () => page.jsonLd('headline'),
        () => page.documentTitle(),
        () => page.h1(),
      ) ?? '',
    byline: firstOf(
      () => readability?.byline,
      () => page.meta('author', 'article:author'),
      () => page.jsonLd('author'),
    ),
    siteName: firstOf(
      () => readability?.siteName,
      () => page.meta('og:site_name'),
      () => page.jsonLd('publisher'),
    ),
    lang: firstOf(
      () => readability?.lang,
      () => html?.getAttribute('lang'),
      () => page.meta('content-language'),
    ),
    dir: direction(readability?.dir) ?? direction(html?.getAttribute('dir')) ?? direction(doc.body?.getAttribute('dir')),
    publishedTime: normalizePublishedTime(
      firstOf(
        () => readability?.publishedTime,
        () => page.meta('article:published_time', 'datePublished'),
        () => page.times(),
        () => page.jsonLd('datePublished'),
      ),
    ),
    excerpt,
  };
}
