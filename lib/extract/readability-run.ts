/**
 * Readability as the engine runs it: the steps of the pinned `Readability.parse()`, in its order, on a clone of
 * the page, so that it keeps exactly the content Readability itself keeps, less three costs that cannot change
 * which content that is:
 *
 * - **the body's HTML, saved before the first attempt.** `_grabArticle` saves `body.innerHTML` to put the page
 *   back when an attempt keeps too little text and it tries again with looser rules. Serialising the whole body
 *   is one of Readability's costliest steps, and 14 of the corpus's 130 pages try again. Here the body answers
 *   that read with a placeholder, and only a page that does try again gets the real HTML: the page as it was
 *   before the first attempt, rebuilt from the original by the same preparing steps.
 * - **the last step of `parse()`** (`_postProcessContent`), which only readies the content to be shown as HTML
 *   (absolute links, unwrapped wrappers, no class names), and its unconditional debug log of the content's HTML.
 * - **the content's `textContent`**, which the engine reads its own way (blocks.ts).
 * - **three checks `_grabArticle` makes of every element it walks** (`CHECKS`), answered as Readability answers
 *   them but reading less: an element's whole text only where the answer depends on it, and its style only when
 *   it has a `style` attribute. Readability reads the text of every element first, a walk of all it holds.
 *
 * The method names are Readability's own (private) ones, so package.json pins the exact version:
 * readability-run.test.ts fingerprints their source, so an upgrade that changes any of them fails with what to
 * re-check, and checks that this gives the same content as `parse()` on pages kept in tests/fixtures/readability.
 * Should a version without one of the steps be installed anyway, the article comes from Readability's public
 * `parse()` instead, and the analysis says so in its `diagnostics`.
 */
import ReadabilityModule from '@mozilla/readability/Readability.js';
import type { ReadabilityMeta } from './metadata.ts';

/** What Readability found: its content element (a detached `<div>` of the clone) and its metadata. */
export interface ReadabilityArticle {
  content: Element;
  meta: ReadabilityMeta;
  /** Set when the article came from the public `parse()` rather than the steps: why. */
  diagnostic?: string;
}

interface Metadata {
  title?: string;
  byline?: string;
  excerpt?: string;
  siteName?: string;
  publishedTime?: string;
}

/** The parts of a Readability instance that `parse()` uses. */
interface ReadabilityInternals {
  _doc: Document;
  _metadata: Metadata;
  _articleTitle: string | null | undefined;
  _articleByline: string | null;
  _articleDir: string | null;
  _articleLang?: string | null;
  _articleSiteName: string | null;
  _unwrapNoscriptImages(doc: Document): void;
  _getJSONLD(doc: Document): Metadata;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
  _getArticleMetadata(jsonLd: Metadata): Metadata;
  _grabArticle(): Element | null;
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Element): boolean;
  _isProbablyVisible(node: Element): boolean;
  REGEXPS: { byline: RegExp };
}

/** What the public `parse()` returns when its serializer hands back the content element itself. */
interface Parsed extends Metadata {
  content: Element;
  dir: string | null;
  lang: string | null;
}

type UpstreamClass = new (
  doc: Document,
  options?: { serializer: (el: Element) => Element },
) => ReadabilityInternals & { parse(): Parsed | null };

const Upstream = ReadabilityModule as UpstreamClass;

/** The steps of `parse()` this file reproduces, by Readability's names (checked against the pinned version). */
export const READABILITY_STEPS = ['_unwrapNoscriptImages', '_getJSONLD', '_removeScripts', '_prepDocument', '_getArticleMetadata', '_grabArticle'] as const;

/**
 * The checks `_grabArticle` makes that this file answers itself (`withCheaperChecks`), by Readability's names. A
 * version without one would simply not ask it: the content stays Readability's.
 */
export const CHECKS = ['_isValidByline', '_isElementWithoutContent', '_isProbablyVisible'] as const;

/** The steps `prototype` lacks: none for the pinned version. */
export function missingSteps(prototype: object = Upstream.prototype): string[] {
  const methods = prototype as Record<string, unknown>;
  return READABILITY_STEPS.filter((step) => typeof methods[step] !== 'function');
}

const MISSING_STEPS = missingSteps();

/** What the body answers for its HTML during `_grabArticle`; no page's HTML can be this string. */
const NOT_SERIALISED = '\u0000body\u0000';

/**
 * Readability on a clone of `doc` (it mutates what it reads); `doc` is left as it was. Null when it finds
 * nothing. Throws where Readability's own `parse()` throws (documents it cannot handle). `missing`: the steps the
 * installed Readability lacks (tests name some to take the other path).
 */
export function readabilityArticle(doc: Document, missing: readonly string[] = MISSING_STEPS): ReadabilityArticle | null {
  try {
    if (missing.length === 0) return bySteps(doc);
  } catch (error) {
    // A step that throws where parse() would not (its inner workings changed) must not send the page elsewhere.
    missing = [String(error)];
  }
  const parsed = new Upstream(doc.cloneNode(true) as Document, { serializer: (el) => el }).parse();
  // parse() also returns the fields the engine does not read (textContent, length); `meta` ignores them.
  return parsed && { content: parsed.content, meta: parsed, diagnostic: `Read with Readability's parse(), not its steps: ${missing.join(', ')}` };
}

function bySteps(doc: Document): ReadabilityArticle | null {
  const run = new Upstream(doc.cloneNode(true) as Document);
  withCheaperChecks(run);
  // parse(), step by step (with its options left as they are: JSON-LD read, no element limit, no debug log).
  run._unwrapNoscriptImages(run._doc);
  const jsonLd = run._getJSONLD(run._doc);
  prepare(run);
  const metadata = run._getArticleMetadata(jsonLd);
  run._metadata = metadata;
  run._articleTitle = metadata.title;

  const content = withBodySavedOnDemand(run, doc);
  if (!content) return null;

  let excerpt = metadata.excerpt;
  if (!excerpt) {
    const paragraph = content.getElementsByTagName('p')[0];
    if (paragraph) excerpt = paragraph.textContent?.trim();
  }
  return {
    content,
    meta: {
      title: run._articleTitle,
      byline: metadata.byline || run._articleByline,
      dir: run._articleDir,
      lang: run._articleLang,
      excerpt,
      siteName: metadata.siteName || run._articleSiteName,
      publishedTime: metadata.publishedTime,
    },
  };
}

/**
 * `CHECKS`, each giving the answer of Readability's own (their sources are fingerprinted in the tests) while reading
 * less of the page. They are asked of every element `_grabArticle` walks.
 */
export function withCheaperChecks(run: ReadabilityInternals): void {
  const byline = run.REGEXPS.byline;
  // A byline is an element that looks like one and has a short text: the text is read only when it looks like one.
  run._isValidByline = (node, matchString) => {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || itemprop?.includes('author') || byline.test(matchString))) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  };
  // An element without content holds no text but white space, and no element but line breaks and rules.
  run._isElementWithoutContent = (node) =>
    node.nodeType === 1 &&
    !holdsText(node) &&
    (node.children.length === 0 ||
      node.children.length === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length);
  // An element without a `style` attribute has no display or visibility of its own to hide it.
  run._isProbablyVisible = (node) => {
    const style = node.hasAttribute('style') ? (node as HTMLElement).style : null;
    const className = (node as { className?: { includes?: (text: string) => boolean } }).className;
    return (
      (!style || (style.display !== 'none' && style.visibility !== 'hidden')) &&
      !node.hasAttribute('hidden') &&
      (!node.hasAttribute('aria-hidden') ||
        node.getAttribute('aria-hidden') !== 'true' ||
        !!(className && className.includes && className.includes('fallback-image')))
    );
  };
}

/**
 * Whether `el` holds text other than white space (`el.textContent.trim() !== ''`), found without joining its text:
 * the walk stops at the first such text, which in an element with content comes early.
 */
function holdsText(el: Element): boolean {
  let node: Node | null = el.firstChild;
  while (node) {
    const type = node.nodeType;
    if ((type === 3 || type === 4) && NOT_SPACE.test(node.nodeValue ?? '')) return true;
    let next: Node | null = type === 1 ? node.firstChild : null;
    while (!next && node && node !== el) {
      next = node.nextSibling;
      if (!next) node = node.parentNode;
    }
    node = next;
  }
  return false;
}

// `trim()` removes exactly what `\s` matches (white space and line terminators), so a text holds something else iff this matches.
const NOT_SPACE = /\S/;

/** What `parse()` does to the document before it reads it (after reading its JSON-LD, which it then removes). */
function prepare(run: ReadabilityInternals): void {
  run._removeScripts(run._doc);
  run._prepDocument();
}

/**
 * `_grabArticle`, with the body's HTML serialised only if an attempt needs the page put back. The body's own
 * `innerHTML` accessor stands in for its prototype's during the call: reading gives the placeholder, and writing
 * the placeholder back writes the body as it was then: the original page, cloned again and taken through the same
 * steps as this run's clone (`_unwrapNoscriptImages` and `prepare`), which give the same tree.
 */
function withBodySavedOnDemand(run: ReadabilityInternals, original: Document): Element | null {
  const body = run._doc.body;
  const html = body ? inheritedAccessor(body, 'innerHTML') : undefined;
  if (!body || !html?.get || !html.set) return run._grabArticle();
  let saved: string | undefined;
  const savedBody = (): string => {
    if (saved === undefined) {
      const again = new Upstream(original.cloneNode(true) as Document);
      again._unwrapNoscriptImages(again._doc);
      prepare(again);
      saved = String(html.get!.call(again._doc.body));
    }
    return saved;
  };
  try {
    Object.defineProperty(body, 'innerHTML', {
      configurable: true,
      get: () => NOT_SERIALISED,
      set: (value: string) => html.set!.call(body, value === NOT_SERIALISED ? savedBody() : value),
    });
  } catch {
    // A DOM that refuses the accessor gets Readability's own way: the body serialised up front.
    return run._grabArticle();
  }
  try {
    return run._grabArticle();
  } finally {
    delete (body as { innerHTML?: string }).innerHTML;
  }
}

/** The accessor `name` as `el`'s prototypes define it. */
function inheritedAccessor(el: object, name: string): PropertyDescriptor | undefined {
  for (let proto = Object.getPrototypeOf(el) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor;
  }
  return undefined;
}
