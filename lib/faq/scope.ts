/**
 * Where an FAQ may be read from. Navigation, footers, cookie banners, comment threads and link-heavy
 * sidebars are full of questions ("Do you accept cookies?", readers asking things) that are not the
 * page's FAQ, so every visible-markup reader skips them.
 */
import { descendantsWhere, hasDescendantWhere } from '../dom/query.ts';
import { classOf, tagOf, textOf } from './text.ts';

const EXCLUDED_TAGS = new Set(['NAV', 'FOOTER', 'DIALOG', 'MENU']);

const EXCLUDED_ROLES = new Set([
  'navigation', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'dialog', 'alertdialog', 'complementary',
  'comment',
]);

/** Comment threads by any name ("comments", "comment-list", "wp-comment", Disqus). */
const COMMENT_NAME = /comment|disqus|discussion/i;

/** Whole-word class or id names of page furniture. */
const FURNITURE_NAME =
  /(^|[-_\s])(nav|navbar|navigation|menu|mega-menu|breadcrumbs?|sidebar|cookies?|cookie-banner|consent|gdpr|related|related-posts|share|sharing|social|newsletter|subscribe|promo|advert|ads|popup|modal|site-footer|site-header|masthead)($|[-_\s])/i;

/** An `aside` made mostly of links is a "related" box; one made of prose may hold the FAQ. */
const LINK_HEAVY = 0.5;

const isLink = (el: Element): boolean => tagOf(el) === 'A';

function linkShare(el: Element): number {
  const total = textOf(el).length;
  if (total === 0) return 1;
  let linked = 0;
  for (const link of descendantsWhere(el, isLink)) linked += textOf(link).length;
  return linked / total;
}

/** True when this element itself (not its ancestors) is page furniture that never holds the FAQ. */
export function isFurniture(el: Element): boolean {
  const tag = tagOf(el);
  if (EXCLUDED_TAGS.has(tag)) return true;
  if (tag === 'HEADER') return !hasDescendantWhere(el, (d) => MAIN_OR_ARTICLE.has(tagOf(d)));
  if (tag === 'ASIDE') return linkShare(el) > LINK_HEAVY;
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') return false;
  // What follows reads attributes only, and most elements have none.
  if (!el.hasAttributes()) return false;
  const role = (el.getAttribute('role') ?? '').toLowerCase();
  const names = `${el.getAttribute('id') ?? ''} ${classOf(el)}`;
  const looksLikeFurniture =
    EXCLUDED_ROLES.has(role) ||
    el.getAttribute('aria-modal') === 'true' ||
    COMMENT_NAME.test(names) ||
    FURNITURE_NAME.test(names);
  // Layout wrappers carry names such as "has-sidebar" or "with-comments" yet hold the whole article.
  return looksLikeFurniture && !holdsMainContent(el);
}

const MAIN_OR_ARTICLE = new Set(['MAIN', 'ARTICLE']);
const MAIN_CONTENT = new Set(['MAIN', 'H1']);

function holdsMainContent(el: Element): boolean {
  return hasDescendantWhere(el, (d) => MAIN_CONTENT.has(tagOf(d)) || d.getAttribute('role') === 'main');
}

/**
 * Remembers, per element, whether it lies in page furniture, so that readers that query the whole
 * document (details, lists, accordions) pay for each ancestor chain once.
 */
export class Scope {
  private readonly cache = new Map<Element, boolean>();

  constructor(private readonly root: Element) {}

  excludes(el: Element): boolean {
    const known = this.cache.get(el);
    if (known !== undefined) return known;
    let excluded = false;
    if (el !== this.root && this.root.contains(el)) {
      excluded = isFurniture(el) || (el.parentElement !== null && this.excludes(el.parentElement));
    } else if (el !== this.root) {
      excluded = true;
    }
    this.cache.set(el, excluded);
    return excluded;
  }
}

/** The part of the original page to read visible FAQ markup from: its body (furniture is skipped per element). */
export function pageRoot(doc: Document): Element {
  return doc.body ?? doc.documentElement;
}
