/**
 * Readability's `isProbablyReaderable` ("does this page look like an article?") scored on nodes the
 * page survey already found, so the test costs no walk of its own. The rules and thresholds are
 * Readability's (Readability-readerable.js, 0.6): visible `<p>`, `<pre>`, `<article>` and `<div>`s
 * with `<br>` children, not in an unlikely-looking container, not a paragraph inside a list item,
 * each adding √(length − 140) for its text beyond 140 characters; above 20 the page is an article.
 * readerable.test.ts checks that both verdicts agree on real pages.
 */
import { classOf } from './dom-text.ts';

const UNLIKELY_CANDIDATES =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_A_CANDIDATE = /and|article|body|column|content|main|shadow/i;

const MIN_CONTENT_LENGTH = 140;
const MIN_SCORE = 20;

/** The last `display` declared in the inline style, as the element's `style.display` reads it. */
function inlineDisplay(el: Element): string {
  const style = el.getAttribute('style');
  if (!style) return '';
  let display = '';
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0 && declaration.slice(0, colon).trim().toLowerCase() === 'display') {
      display = declaration.slice(colon + 1).replace(/!\s*important/i, '').trim().toLowerCase();
    }
  }
  return display;
}

function isVisible(el: Element): boolean {
  if (inlineDisplay(el) === 'none' || el.hasAttribute('hidden')) return false;
  // Readability keeps aria-hidden images' fallbacks (Wikipedia's math) visible.
  return el.getAttribute('aria-hidden') !== 'true' || classOf(el).includes('fallback-image');
}

function looksUnlikely(el: Element): boolean {
  const names = `${classOf(el)} ${el.getAttribute('id') ?? ''}`;
  return UNLIKELY_CANDIDATES.test(names) && !MAYBE_A_CANDIDATE.test(names);
}

/** `el.matches('li p')`, without a selector engine. */
function isParagraphInListItem(el: Element): boolean {
  if (el.localName?.toLowerCase() !== 'p') return false;
  for (let ancestor = el.parentElement; ancestor; ancestor = ancestor.parentElement) {
    if (ancestor.localName?.toLowerCase() === 'li') return true;
  }
  return false;
}

/** True when the page looks like an article; `candidates` as gathered by `surveyPage`. */
export function isReaderable(candidates: readonly Element[]): boolean {
  let score = 0;
  for (const el of candidates) {
    if (!isVisible(el) || looksUnlikely(el) || isParagraphInListItem(el)) continue;
    const length = (el.textContent ?? '').trim().length;
    if (length < MIN_CONTENT_LENGTH) continue;
    score += Math.sqrt(length - MIN_CONTENT_LENGTH);
    if (score > MIN_SCORE) return true;
  }
  return false;
}
